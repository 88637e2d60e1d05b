import {
  Attempt,
  OrgUnit,
  Person,
  Question,
  createAssignment,
  createCourse,
  createCourseTest,
  createQuestionPool,
  importQuestions,
  publishCourse,
  type Actor,
  type MikroORM,
  type QuestionInput,
} from '@adal/domain';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { AdalPage } from './browser';

const DAY_MS = 86_400_000;

// Single-choice questions with a text of their own each, so that the question on screen is
// found by its text. Kazakh and Russian are the languages a test must have (§35).
const QUESTIONS: readonly QuestionInput[] = [
  {
    kind: 'single',
    text: { kk: 'Сыйлықты қабылдамас бұрын кімге хабарлау керек?', ru: 'Кому сообщить до принятия подарка?' },
    options: [
      { text: { kk: 'Комплаенс қызметіне', ru: 'Комплаенс-службе' }, correct: true },
      { text: { kk: 'Ешкімге', ru: 'Никому' } },
      { text: { kk: 'Сыйлық берушіге', ru: 'Дарителю' } },
    ],
  },
  {
    kind: 'single',
    text: { kk: 'Мүдделер қақтығысы туралы қашан хабарлайды?', ru: 'Когда сообщают о конфликте интересов?' },
    options: [
      { text: { kk: 'Ол белгілі болған кезде', ru: 'Как только он стал известен' }, correct: true },
      { text: { kk: 'Жыл соңында', ru: 'В конце года' } },
      { text: { kk: 'Тексеру басталғанда', ru: 'Когда началась проверка' } },
    ],
  },
  {
    kind: 'single',
    text: { kk: 'Сенім телефонына кім хабарласа алады?', ru: 'Кто может обратиться на линию доверия?' },
    options: [
      { text: { kk: 'Кез келген адам', ru: 'Любой человек' }, correct: true },
      { text: { kk: 'Тек басшылар', ru: 'Только руководители' } },
      { text: { kk: 'Тек комплаенс-офицерлер', ru: 'Только комплаенс-офицеры' } },
    ],
  },
  {
    kind: 'single',
    text: { kk: 'Туысынан сатып алуға бола ма?', ru: 'Можно ли закупать у родственника?' },
    options: [
      { text: { kk: 'Жоқ, бұл мүдделер қақтығысы', ru: 'Нет, это конфликт интересов' }, correct: true },
      { text: { kk: 'Иә, баға төмен болса', ru: 'Да, если цена ниже' } },
      { text: { kk: 'Иә, басшы келіссе', ru: 'Да, если согласен руководитель' } },
    ],
  },
  {
    kind: 'single',
    text: { kk: 'Тест қанша пайызбен тапсырылады?', ru: 'С каким результатом тест сдан?' },
    options: [
      { text: { kk: 'Кемінде 60 %', ru: 'Не менее 60 %' }, correct: true },
      { text: { kk: 'Кемінде 30 %', ru: 'Не менее 30 %' } },
      { text: { kk: '100 %', ru: '100 %' } },
    ],
  },
  {
    kind: 'single',
    text: { kk: 'Пара ұсынылса не істеу керек?', ru: 'Что делать, если предложили взятку?' },
    options: [
      { text: { kk: 'Бас тартып, хабарлау', ru: 'Отказаться и сообщить' }, correct: true },
      { text: { kk: 'Үндемеу', ru: 'Промолчать' } },
      { text: { kk: 'Кейінге қалдыру', ru: 'Отложить решение' } },
    ],
  },
];

export interface StoryCourse {
  titleKk: string;
  testId: string;
  /** How many questions each attempt draws: even, so that exactly half is a possible score. */
  questionCount: number;
}

/** A demo login's person and the actor they act as. */
export async function demoPerson(
  orm: MikroORM,
  email: string,
): Promise<{ personId: string; organizationId: string; orgUnitId: string; orgUnitName: string }> {
  const em = orm.em.fork();
  const person = await em.findOneOrFail(Person, { email });
  const unit = await em.findOneOrFail(OrgUnit, { id: person.orgUnit.id });
  return {
    personId: person.id,
    organizationId: person.organization.id,
    orgUnitId: unit.id,
    orgUnitName: unit.name,
  };
}

/**
 * Gives a course a test drawing all of a small bank, as its training administrator would before
 * publishing it (a course is published only with a test that draws questions, §35.3).
 */
export async function giveCourseTest(orm: MikroORM, trainerEmail: string, courseId: string): Promise<void> {
  const { personId, organizationId } = await demoPerson(orm, trainerEmail);
  const trainer: Actor = { personId, organizationId, roles: ['employee', 'training_admin'] };
  await orm.em.fork().transactional(async (em) => {
    const pool = await createQuestionPool(em, trainer, {
      topic: 'general',
      title: { kk: 'Банк', ru: 'Банк' },
    });
    await em.flush();
    await importQuestions(em, trainer, { poolId: pool.id, questions: QUESTIONS.slice(0, 2) });
    await createCourseTest(em, trainer, { courseId, draws: [{ poolId: pool.id, count: 2 }] });
  });
}

/**
 * What the training administrator does before the story, through the use cases: a published
 * course whose test draws 4 of 6 questions with three attempts, assigned to one org unit.
 */
export async function publishStoryCourse(
  orm: MikroORM,
  trainer: Actor,
  orgUnitId: string,
  now: Date = new Date(),
): Promise<StoryCourse> {
  const titleKk = 'Адалдық сабағы';
  const questionCount = 4;
  const testId = await orm.em.fork().transactional(async (em) => {
    const { course } = await createCourse(em, trainer, {
      topic: 'general',
      title: { kk: titleKk, ru: 'Урок честности', en: 'A lesson in integrity' },
      description: {
        kk: 'Сыйлықтар, мүдделер қақтығысы, сенім телефоны.',
        ru: 'Подарки, конфликт интересов.',
      },
      lessons: [{ kind: 'link', title: { kk: 'U4', ru: 'U4' }, url: 'https://www.u4.no/' }],
    });
    const pool = await createQuestionPool(em, trainer, {
      topic: 'general',
      title: { kk: 'Адалдық', ru: 'Честность' },
      courseId: course.id,
    });
    await em.flush();
    await importQuestions(em, trainer, { poolId: pool.id, questions: QUESTIONS });
    const test = await createCourseTest(em, trainer, {
      courseId: course.id,
      draws: [{ poolId: pool.id, count: questionCount }],
      maxAttempts: 3,
      timeLimitMinutes: 20,
      reviewAllowed: true,
    });
    await publishCourse(em, trainer, { courseId: course.id }, now);
    const dueOn = new Date(now.getTime() + 30 * DAY_MS).toISOString().slice(0, 10);
    await createAssignment(
      em,
      trainer,
      { courseId: course.id, audience: 'org_units', orgUnitIds: [orgUnitId], dueOn, recurrence: 'once' },
      now,
    );
    return test.id;
  });
  return { titleKk, testId, questionCount };
}

interface KeyedQuestion {
  textKk: string;
  /** The Kazakh label of the correct option and of one wrong option, as the person sees them. */
  rightKk: string;
  wrongKk: string;
}

/**
 * The questions drawn into the person's open attempt, each with its answer key: read from the
 * database, since the browser never receives a key.
 */
async function openAttemptKeys(orm: MikroORM, personId: string, testId: string): Promise<KeyedQuestion[]> {
  const em = orm.em.fork();
  const attempt = await em.findOneOrFail(Attempt, { person: personId, test: testId, status: 'open' });
  const bank = await em.find(Question, { id: { $in: attempt.questions.map((q) => q.questionId) } });
  return attempt.questions.map((drawn) => {
    const key = bank.find((q) => q.id === drawn.questionId)?.answerKey;
    if (!key || !('optionIds' in key)) throw new Error(`no choice key for ${drawn.questionId}`);
    const right = drawn.options.find((o) => key.optionIds.includes(o.id));
    const wrong = drawn.options.find((o) => !key.optionIds.includes(o.id));
    if (!right || !wrong) throw new Error(`question ${drawn.questionId} lacks a right or a wrong option`);
    return { textKk: drawn.text.kk, rightKk: right.text.kk, wrongKk: wrong.text.kk };
  });
}

/**
 * Answers the test on screen one question at a time, `right` of them correctly and the rest
 * wrongly, then submits through the confirmation dialog. Checks accessibility on the first
 * question and on the dialog.
 */
export async function answerTest(
  adal: AdalPage,
  orm: MikroORM,
  who: { personId: string; testId: string },
  right: number,
  how: { keyboard?: boolean } = {},
): Promise<void> {
  const { page } = adal;
  // With the keyboard alone: Tab to each control and press the key a person would.
  const use = async (control: Locator, key: 'Space' | 'Enter'): Promise<void> =>
    how.keyboard ? pressByKeyboard(page, control, key) : control.click();
  const choose = async (option: Locator): Promise<void> =>
    how.keyboard ? chooseByKeyboard(page, option) : option.click();
  await page.getByRole('heading', { name: 'Тест', level: 1 }).waitFor();
  await page.locator('legend').first().waitFor();
  const keyed = await openAttemptKeys(orm, who.personId, who.testId);
  const total = keyed.length;
  await adal.checkAccessibility();
  for (let i = 0; i < total; i += 1) {
    await page.getByText(`${total} сұрақтың ${i + 1}-сі`, { exact: true }).waitFor();
    const shown = (await page.locator('legend .text').innerText()).trim();
    const question = keyed.find((q) => q.textKk === shown);
    if (!question) throw new Error(`the question on screen is not in the attempt: ${shown}`);
    const option = page.getByLabel(i < right ? question.rightKk : question.wrongKk, { exact: true });
    await choose(option);
    await expect.poll(() => option.isChecked()).toBe(true);
    if (i < total - 1) await use(page.getByRole('button', { name: 'Келесі сұрақ' }), 'Enter');
  }
  await page.getByText(`Жауап берілді: ${total} / ${total}`, { exact: true }).first().waitFor();
  await use(page.getByRole('button', { name: 'Тестті аяқтау' }), 'Enter');
  // The summary before finishing (what is unanswered or flagged), then the confirmation.
  await page.getByRole('heading', { name: 'Аяқтау алдындағы қорытынды', level: 2 }).waitFor();
  await use(page.getByRole('button', { name: 'Барлығын жіберіп, аяқтау' }), 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Тестті аяқтайсыз ба?' });
  await dialog.waitFor();
  await adal.checkAccessibility();
  await use(dialog.getByRole('button', { name: 'Аяқтап, нәтижені көру' }), 'Enter');
  await page.getByRole('heading', { name: 'Тест нәтижесі', level: 1 }).waitFor();
}

/**
 * A radio group is one Tab stop; the arrow keys move the choice within it, as in any form.
 * Tabs into the option's group, then presses the down arrow until the option is chosen.
 */
export async function chooseByKeyboard(page: Page, option: Locator): Promise<void> {
  await option.waitFor();
  const group = await option.getAttribute('name');
  const inGroup = (): Promise<boolean> =>
    page.evaluate((name) => {
      const active = document.activeElement;
      return active instanceof HTMLInputElement && active.type === 'radio' && active.name === name;
    }, group);
  for (let presses = 0; presses < 80 && !(await inGroup()); presses += 1) await page.keyboard.press('Tab');
  if (!(await inGroup())) throw new Error(`Tab never reached the group of ${option.toString()}`);
  for (let presses = 0; presses < 10 && !(await option.isChecked()); presses += 1) {
    const onOption = await option.evaluate((element) => element === document.activeElement);
    await page.keyboard.press(onOption ? 'Space' : 'ArrowDown');
  }
}

/**
 * Presses Tab until `control` has the focus (at most 80 times), then `key`: proof that a
 * person without a mouse can reach and use it.
 */
export async function pressByKeyboard(page: Page, control: Locator, key: 'Space' | 'Enter'): Promise<void> {
  await control.waitFor();
  for (let presses = 0; presses < 80; presses += 1) {
    if (await control.evaluate((element) => element === document.activeElement)) {
      await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${control.toString()}`);
}

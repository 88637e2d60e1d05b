import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { buildOrganization, buildPerson, type BuiltOrganization } from '../testing/factories.js';
import type { IOrganization } from '../org/organization.entity.js';
import type { IOrgUnit } from '../org/org-unit.entity.js';
import { Person, type IPerson } from '../org/person.entity.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import type { GivenAnswer, IAttempt } from './quiz/attempt.entity.js';
import { createAssignment } from './assignments/assignments.js';
import { saveAnswer, startAttempt, submitAttempt } from './quiz/attempts.js';
import { createCourseTest, type CreateCourseTestInput } from './authoring/course-tests.js';
import { createCourse, publishCourse } from './authoring/courses.js';
import type { ICourse } from './authoring/course.entity.js';
import type { ICourseTest } from './authoring/course-test.entity.js';
import type { LocalizedInput } from './localized-input.js';
import type { QuestionInput } from './bank/question-rows.js';
import { syncEnrolments } from './assignments/enrolment-sync.js';
import { createQuestionPool, importQuestions } from './bank/questions.js';
import { Question, type IQuestion, type IQuestionPool } from './bank/question.entity.js';

// Small factories for the training tests: they go through the use cases, as an administrator would.

export interface TrainingDatabase {
  db: TestDatabase;
  org: BuiltOrganization;
  /** The organisation's admin acting as training administrator. */
  manager: Actor;
  /** Someone who left the organisation (inactive, with a leaving day): in no current figure, enrolled by nothing. */
  leaver: IPerson;
  /** Runs `work` in a transaction of its own, as one request would. */
  inTx<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
}

/** A fresh database with one organisation whose admin manages training: the world of a training test file. */
export async function createTrainingDatabase(): Promise<TrainingDatabase> {
  const db = await createTestDatabase();
  const org = await buildOrganization(db.orm.em.fork());
  const em = db.orm.em.fork();
  const leaver = buildLeaver(em, org.organization, org.root);
  await em.flush();
  return {
    db,
    org,
    leaver,
    manager: { ...org.admin, roles: ['employee', 'training_admin'] },
    inTx: (work) => db.orm.em.fork().transactional(work),
  };
}

/** A person who left the staff on `leftOn`: no longer active, kept for past figures. The caller flushes. */
export function buildLeaver(
  em: EntityManager,
  organization: IOrganization,
  unit: IOrgUnit,
  leftOn = '2026-01-31',
): IPerson {
  const person = buildPerson(em, organization, unit, { fullName: 'Left Leaver', active: false });
  person.leftOn = leftOn;
  return person;
}

/** Marks a person as having left the staff today, as the staff directory does. */
export async function leaveStaff(orm: MikroORM, personId: string, leftOn = '2026-01-31'): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    const person = await em.findOneOrFail(Person, { id: personId });
    person.active = false;
    person.leftOn = leftOn;
  });
}

export function choiceQuestion(n: number): QuestionInput {
  return {
    kind: 'single',
    text: { kk: `Сұрақ ${n}`, ru: `Вопрос ${n}`, en: `Question ${n}` },
    options: [
      { text: { kk: 'Дұрыс', ru: 'Верно' }, correct: true },
      { text: { kk: 'Қате', ru: 'Неверно' } },
      { text: { kk: 'Білмеймін', ru: 'Не знаю' } },
    ],
    explanation: { kk: `Түсіндірме ${n}`, ru: `Пояснение ${n}`, en: `Explanation ${n}` },
  };
}

export interface BuiltCourse {
  course: ICourse;
  pool: IQuestionPool;
  test: ICourseTest;
}

/** A published course with a pool of `questions` single-choice questions and its test. */
export async function buildPublishedCourse(
  orm: MikroORM,
  manager: Actor,
  options: { questions?: number; draw?: number; title?: LocalizedInput } & Partial<
    Omit<CreateCourseTestInput, 'courseId' | 'draws'>
  > = {},
): Promise<BuiltCourse> {
  const {
    questions = 10,
    draw,
    title = { kk: 'Жалпы курс', ru: 'Общий курс', en: 'General course' },
    ...testOptions
  } = options;
  return orm.em.fork().transactional(async (em) => {
    const { course } = await createCourse(em, manager, {
      topic: 'general',
      title,
      description: { kk: 'Сипаттама', ru: 'Описание' },
      lessons: [{ kind: 'link', title: { kk: 'U4', ru: 'U4' }, url: 'https://www.u4.no/' }],
    });
    const pool = await createQuestionPool(em, manager, {
      topic: 'general',
      title: { kk: 'Банк', ru: 'Банк' },
      courseId: course.id,
    });
    await em.flush();
    await importQuestions(em, manager, {
      poolId: pool.id,
      questions: Array.from({ length: questions }, (_v, i) => choiceQuestion(i + 1)),
    });
    const test = await createCourseTest(em, manager, {
      courseId: course.id,
      draws: [{ poolId: pool.id, count: draw ?? questions }],
      ...testOptions,
    });
    await publishCourse(em, manager, { courseId: course.id });
    return { course, pool, test };
  });
}

/**
 * Assigns the course to the whole organisation, due far ahead, as its administrator would:
 * everyone in it now is enrolled, people added later by `enrolNewcomers`.
 */
export async function assignToEveryone(orm: MikroORM, manager: Actor, courseId: string): Promise<void> {
  await orm.em.fork().transactional((em) =>
    createAssignment(em, manager, {
      courseId,
      audience: 'whole_org',
      dueOn: '2099-12-31',
      recurrence: 'once',
    }),
  );
}

/** Enrols the people who joined an assignment's audience since the last sync (the background job's work). */
export async function enrolNewcomers(orm: MikroORM, organizationId: string): Promise<void> {
  await orm.em.fork().transactional((em) => syncEnrolments(em, organizationId, new Date()));
}

/** The answer key of questions, read the way only the server can. */
export async function answerKeys(
  em: EntityManager,
  questionIds: readonly string[],
): Promise<Map<string, IQuestion>> {
  const questions = await em.find(Question, { id: { $in: [...questionIds] } });
  return new Map(questions.map((q) => [q.id, q]));
}

export function rightAnswer(question: IQuestion): GivenAnswer {
  return 'optionIds' in question.answerKey
    ? { optionIds: question.answerKey.optionIds }
    : { pairs: question.answerKey.pairs };
}

export function wrongAnswer(question: IQuestion): GivenAnswer {
  const key = question.answerKey;
  if (!('optionIds' in key)) return { pairs: {} };
  const wrong = question.options.find((o) => !key.optionIds.includes(o.id));
  return { optionIds: wrong ? [wrong.id] : [] };
}

/** Saves the right answer to the first `right` drawn questions and a wrong one to the rest, one request each. */
export async function answerAttempt(
  orm: MikroORM,
  actor: Actor,
  attempt: IAttempt,
  right: number,
  now: Date = new Date(),
): Promise<void> {
  const keys = await answerKeys(
    orm.em.fork(),
    attempt.questions.map((q) => q.questionId),
  );
  for (const [i, drawn] of attempt.questions.entries()) {
    const question = keys.get(drawn.questionId);
    if (!question) throw new Error('a drawn question is missing');
    const answer = i < right ? rightAnswer(question) : wrongAnswer(question);
    await orm.em
      .fork()
      .transactional((em) =>
        saveAnswer(em, actor, { attemptId: attempt.id, questionId: drawn.questionId, answer }, now),
      );
  }
}

/** The person takes the test and answers `right` of the drawn questions correctly, then submits. */
export async function takeTest(
  orm: MikroORM,
  actor: Actor,
  testId: string,
  right: number,
  now: Date = new Date(),
): Promise<void> {
  const attempt = await orm.em.fork().transactional((em) => startAttempt(em, actor, { testId }, now));
  await answerAttempt(orm, actor, attempt, right, now);
  await orm.em.fork().transactional((em) => submitAttempt(em, actor, { attemptId: attempt.id }, now));
}

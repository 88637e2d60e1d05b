import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import { actorOf, buildOrgUnit, buildPerson, type TestDatabase } from '../../testing/index.js';
import type { IPerson } from '../../org/person.entity.js';
import { saveAnswer, startAttempt, submitAttempt } from '../quiz/attempts.js';
import { createCourseTest } from '../authoring/course-tests.js';
import { createCourse, publishCourse } from '../authoring/courses.js';
import type { CourseTopic } from '../authoring/course.entity.js';
import { createQuestionPool, importQuestions } from '../bank/questions.js';
import {
  answerKeys,
  assignToEveryone,
  choiceQuestion,
  createTrainingDatabase,
  rightAnswer,
  wrongAnswer,
  type TrainingDatabase,
} from '../training-fixtures.js';
import { knowledgeGaps } from './knowledge-gaps.js';

let db: TestDatabase;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];
let courseId: string;
let testId: string;
let financeId: string;
let legalId: string;

const MARCH = { periodFrom: '2026-03-01', periodTo: '2026-03-31' };

/** A pool of two questions on a topic, their Russian texts `<name> 1` and `<name> 2`. */
async function pool(topic: CourseTopic, name: string): Promise<string> {
  return inTx(async (em) => {
    const created = await createQuestionPool(em, manager, { topic, title: { kk: name, ru: name } });
    await em.flush();
    await importQuestions(em, manager, {
      poolId: created.id,
      questions: [1, 2].map((n) => ({
        ...choiceQuestion(n),
        text: { kk: `${name} ${n}`, ru: `${name} ${n}`, en: `${name} ${n}` },
      })),
    });
    return created.id;
  });
}

/** The person takes the test at `at`, answering wrongly exactly the questions named in `wrong`. */
async function sit(person: IPerson, at: string, wrong: readonly string[], submit = true): Promise<void> {
  const actor = actorOf(person, ['employee']);
  const now = new Date(at);
  const attempt = await inTx((em) => startAttempt(em, actor, { testId }, now));
  const keys = await answerKeys(
    db.orm.em.fork(),
    attempt.questions.map((q) => q.questionId),
  );
  for (const drawn of attempt.questions) {
    const question = keys.get(drawn.questionId);
    if (!question) throw new Error('a drawn question is missing');
    const answer = wrong.includes(question.text.ru) ? wrongAnswer(question) : rightAnswer(question);
    await inTx((em) =>
      saveAnswer(em, actor, { attemptId: attempt.id, questionId: drawn.questionId, answer }, now),
    );
  }
  if (submit) await inTx((em) => submitAttempt(em, actor, { attemptId: attempt.id }, now));
}

beforeAll(async () => {
  let org;
  ({ db, org, manager, inTx } = await createTrainingDatabase());
  const gifts = await pool('gifts', 'Подарки');
  const conflicts = await pool('conflict_of_interest', 'Конфликт');
  ({ courseId, testId } = await inTx(async (em) => {
    const { course } = await createCourse(em, manager, {
      topic: 'general',
      title: { kk: 'Курс', ru: 'Курс', en: 'Course' },
      description: { kk: 'Сипаттама', ru: 'Описание' },
      lessons: [{ kind: 'link', title: { kk: 'U4', ru: 'U4' }, url: 'https://www.u4.no/' }],
    });
    const test = await createCourseTest(em, manager, {
      courseId: course.id,
      draws: [
        { poolId: gifts, count: 2 },
        { poolId: conflicts, count: 2 },
      ],
      maxAttempts: 3,
    });
    await publishCourse(em, manager, { courseId: course.id });
    return { courseId: course.id, testId: test.id };
  }));
  const em = db.orm.em.fork();
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  finance.names = { kk: 'Қаржы', ru: 'Финансы' };
  const legal = buildOrgUnit(em, org.organization, org.root, 'Legal');
  financeId = finance.id;
  legalId = legal.id;
  const inFinance = Array.from({ length: 7 }, () =>
    buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' }),
  );
  const inLegal = Array.from({ length: 3 }, () =>
    buildPerson(em, org.organization, legal, { hiredAt: '2020-01-01' }),
  );
  await em.flush();
  await assignToEveryone(db.orm, manager, courseId);

  const [f1, f2, f3, f4, f5, early, late] = inFinance as [
    IPerson,
    IPerson,
    IPerson,
    IPerson,
    IPerson,
    IPerson,
    IPerson,
  ];
  const [l1, l2, l3] = inLegal as [IPerson, IPerson, IPerson];
  const ALL = ['Подарки 1', 'Подарки 2', 'Конфликт 1', 'Конфликт 2'];
  for (const person of [f1, f2]) await sit(person, '2026-03-10T06:00:00Z', ['Подарки 1', 'Конфликт 1']);
  for (const person of [f3, f4, f5]) await sit(person, '2026-03-10T06:00:00Z', ['Подарки 1']);
  // 20:00 UTC on 28 February is 01:00 on 1 March in Kazakhstan: in March's figures.
  await sit(early, '2026-02-28T20:00:00Z', ALL);
  // 18:00 UTC on 28 February is still 23:00 on 28 February there: not in them.
  await sit(late, '2026-02-28T18:00:00Z', ALL);
  for (const person of [l1, l2]) await sit(person, '2026-03-12T06:00:00Z', ['Подарки 1', 'Подарки 2']);
  // An attempt still open has no score yet: not counted.
  await sit(l3, '2026-03-12T06:00:00Z', ALL, false);
});

afterAll(async () => {
  await db?.drop();
});

describe('knowledge gaps (§33)', () => {
  it('gives the share of wrong answers per question, the most often missed first, and per topic', async () => {
    const report = await knowledgeGaps(db.orm.em.fork(), manager, { courseId, ...MARCH });
    // Eight closed attempts in March (Kazakhstan days), each asking the four questions.
    expect([report.attempts, report.people, report.suppressed]).toEqual([8, 8, false]);
    expect(report.total).toEqual({ asked: 32, wrong: 15, wrongPercent: 46.9 });
    expect(report.questions.map((q) => [q.text.ru, q.topic, q.asked, q.wrong, q.wrongPercent])).toEqual([
      ['Подарки 1', 'gifts', 8, 8, 100],
      // 3 of 8 each: the tie goes by the text.
      ['Конфликт 1', 'conflict_of_interest', 8, 3, 37.5],
      ['Подарки 2', 'gifts', 8, 3, 37.5],
      ['Конфликт 2', 'conflict_of_interest', 8, 1, 12.5],
    ]);
    expect(report.questions[0]?.text.en).toBe('Подарки 1');
    expect(report.questions[0]?.poolTitle.kk).toBe('Подарки');
    expect(report.topics).toEqual([
      { topic: 'gifts', questions: 2, asked: 16, wrong: 11, wrongPercent: 68.8 },
      { topic: 'conflict_of_interest', questions: 2, asked: 16, wrong: 4, wrongPercent: 25 },
    ]);
  });

  it('splits by child unit, withholding a unit where fewer than 5 people took the test', async () => {
    const report = await knowledgeGaps(db.orm.em.fork(), manager, { courseId, ...MARCH });
    expect(report.units.map((u) => [u.names.ru, u.suppressed, u.people, u.figures])).toEqual([
      ['Финансы', false, 6, { asked: 24, wrong: 11, wrongPercent: 45.8 }],
      // Legal's two people: their answers would be theirs by name.
      ['Legal', true, null, null],
    ]);
  });

  it('counts one unit’s subtree, and withholds all of a unit with fewer than 5 people tested', async () => {
    const finance = await knowledgeGaps(db.orm.em.fork(), manager, {
      courseId,
      ...MARCH,
      orgUnitId: financeId,
    });
    expect(finance.orgUnitNames.ru).toBe('Финансы');
    expect(finance.questions.map((q) => [q.text.ru, q.wrong, q.wrongPercent])).toEqual([
      ['Подарки 1', 6, 100],
      ['Конфликт 1', 3, 50],
      ['Конфликт 2', 1, 16.7],
      ['Подарки 2', 1, 16.7],
    ]);
    const legal = await knowledgeGaps(db.orm.em.fork(), manager, { courseId, ...MARCH, orgUnitId: legalId });
    expect(legal).toMatchObject({ suppressed: true, total: null, questions: [], topics: [], units: [] });
  });

  it('counts only the period’s days', async () => {
    const february = await knowledgeGaps(db.orm.em.fork(), manager, {
      courseId,
      periodFrom: '2026-02-01',
      periodTo: '2026-02-28',
    });
    expect([february.attempts, february.total]).toEqual([1, { asked: 4, wrong: 4, wrongPercent: 100 }]);
    const none = await knowledgeGaps(db.orm.em.fork(), manager, {
      courseId,
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
    });
    expect([none.attempts, none.questions, none.topics, none.units]).toEqual([0, [], [], []]);
  });

  it('refuses a period that is not two days in order', async () => {
    const em = db.orm.em.fork();
    await expect(
      knowledgeGaps(em, manager, { courseId, periodFrom: '2026-02-30', periodTo: '2026-03-31' }),
    ).rejects.toMatchObject({ messageKey: 'kernel.notADate', details: { field: 'periodFrom' } });
    await expect(
      knowledgeGaps(em, manager, { courseId, periodFrom: '2026-04-01', periodTo: '2026-03-31' }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('is read by the training managers, the first head and the auditors only', async () => {
    const employee: Actor = { ...manager, roles: ['employee'] };
    await expect(knowledgeGaps(db.orm.em.fork(), employee, { courseId, ...MARCH })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const auditor: Actor = { ...manager, roles: ['employee', 'auditor'] };
    expect((await knowledgeGaps(db.orm.em.fork(), auditor, { courseId, ...MARCH })).attempts).toBe(8);
  });
});

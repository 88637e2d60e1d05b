import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import {
  actorOf,
  buildPerson,
  concurrently,
  outcomes,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { attemptResult, getAttempt } from './attempt-views.js';
import type { IAttempt } from './attempt.entity.js';
import { saveAnswer, startAttempt, submitAttempt } from './attempts.js';
import {
  answerKeys,
  assignToEveryone,
  buildPublishedCourse,
  createTrainingDatabase,
  enrolNewcomers,
  rightAnswer,
  wrongAnswer,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';
import { AttemptFlag } from './attempt-flag.entity.js';
import { flagQuestion } from './flags.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];

beforeAll(async () => {
  ({ db, org, manager, inTx } = await createTrainingDatabase());
});

afterAll(async () => {
  await db?.drop();
});

async function publishedCourse(options: Parameters<typeof buildPublishedCourse>[2]): Promise<BuiltCourse> {
  const built = await buildPublishedCourse(db.orm, manager, options);
  await assignToEveryone(db.orm, manager, built.course.id);
  return built;
}

async function newEmployee(): Promise<Actor> {
  const em = db.orm.em.fork();
  const person = buildPerson(em, org.organization, org.root, { hiredAt: '2020-01-01' });
  await em.flush();
  await enrolNewcomers(db.orm, org.organization.id);
  return actorOf(person, ['employee']);
}

async function opened(course: BuiltCourse): Promise<{ employee: Actor; attempt: IAttempt }> {
  const employee = await newEmployee();
  const attempt = await inTx((em) => startAttempt(em, employee, { testId: course.test.id }));
  return { employee, attempt };
}

function flag(employee: Actor, attempt: IAttempt, questionId: string, flagged: boolean, now?: Date) {
  return inTx((em) => flagQuestion(em, employee, { attemptId: attempt.id, questionId, flagged }, now));
}

function questionAt(attempt: IAttempt, i: number): string {
  const id = attempt.questions[i]?.questionId;
  if (!id) throw new Error(`the attempt has no question ${i}`);
  return id;
}

describe('flagging questions of an attempt', () => {
  let course: BuiltCourse;

  beforeAll(async () => {
    course = await publishedCourse({ questions: 5, timeLimitMinutes: 30 });
  });

  it('keeps a flag on the server, so that a reload (a fresh read, the resumed attempt) shows it', async () => {
    const { employee, attempt } = await opened(course);
    const first = questionAt(attempt, 0);
    await flag(employee, attempt, first, true);
    const view = await getAttempt(db.orm.em.fork(), employee, attempt.id);
    expect(view.questions.filter((q) => q.flagged).map((q) => q.questionId)).toEqual([first]);
    const resumed = await inTx((em) => startAttempt(em, employee, { testId: course.test.id }));
    expect(resumed.id).toBe(attempt.id);
    expect(resumed.flags.getItems().map((f) => f.question.id)).toEqual([first]);
  });

  it('clears a flag, and flagging twice leaves one flag', async () => {
    const { employee, attempt } = await opened(course);
    const first = questionAt(attempt, 0);
    await flag(employee, attempt, first, true);
    await flag(employee, attempt, first, true);
    expect(await db.orm.em.fork().count(AttemptFlag, { attempt: attempt.id })).toBe(1);
    await flag(employee, attempt, first, false);
    const view = await getAttempt(db.orm.em.fork(), employee, attempt.id);
    expect(view.questions.some((q) => q.flagged)).toBe(false);
  });

  it('tells answered questions from unanswered ones, an emptied answer counting as none', async () => {
    const { employee, attempt } = await opened(course);
    const keys = await answerKeys(db.orm.em.fork(), [questionAt(attempt, 0), questionAt(attempt, 1)]);
    const first = keys.get(questionAt(attempt, 0));
    if (!first) throw new Error('no key');
    await inTx((em) =>
      saveAnswer(em, employee, { attemptId: attempt.id, questionId: first.id, answer: rightAnswer(first) }),
    );
    await inTx((em) =>
      saveAnswer(em, employee, {
        attemptId: attempt.id,
        questionId: questionAt(attempt, 1),
        answer: { optionIds: [] },
      }),
    );
    const view = await getAttempt(db.orm.em.fork(), employee, attempt.id);
    expect(view.questions.map((q) => q.answered)).toEqual([true, false, false, false, false]);
  });

  it('refuses a flag on a question the attempt does not hold, another person’s attempt, or a closed one', async () => {
    const { employee, attempt } = await opened(course);
    await expect(flag(employee, attempt, course.pool.id, true)).rejects.toBeInstanceOf(ValidationError);
    const other = await newEmployee();
    await expect(flag(other, attempt, questionAt(attempt, 0), true)).rejects.toBeInstanceOf(NotFoundError);
    const late = new Date(Date.now() + 31 * 60_000);
    await expect(flag(employee, attempt, questionAt(attempt, 0), true, late)).rejects.toThrow(/time limit/);
    await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    await expect(flag(employee, attempt, questionAt(attempt, 0), true)).rejects.toBeInstanceOf(ConflictError);
  });

  it('keeps every flag set at once from several devices, and one row for a question flagged many times at once', async () => {
    const { employee, attempt } = await opened(course);
    const settled = await concurrently(db.orm, 10, (em, i) =>
      flagQuestion(em, employee, {
        attemptId: attempt.id,
        questionId: questionAt(attempt, i % 5),
        flagged: true,
      }),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    expect(await db.orm.em.fork().count(AttemptFlag, { attempt: attempt.id })).toBe(5);
  });

  it('refuses the flags that come after the submission, which closes the attempt whatever was flagged', async () => {
    const { employee, attempt } = await opened(course);
    const settled = await concurrently(db.orm, 6, async (em, i) => {
      if (i === 5) return submitAttempt(em, employee, { attemptId: attempt.id });
      await flagQuestion(em, employee, {
        attemptId: attempt.id,
        questionId: questionAt(attempt, i),
        flagged: true,
      });
      return null;
    });
    expect(settled[5]?.status).toBe('fulfilled');
    for (const refused of outcomes(settled.slice(0, 5)).rejected) {
      expect(refused).toBeInstanceOf(ConflictError);
    }
  });
});

describe('the review after submitting', () => {
  async function submitted(course: BuiltCourse): Promise<{ employee: Actor; attempt: IAttempt }> {
    const { employee, attempt } = await opened(course);
    const keys = await answerKeys(
      db.orm.em.fork(),
      attempt.questions.map((q) => q.questionId),
    );
    // The first question right, the second wrong, the others left without an answer.
    for (const [i, answer] of [rightAnswer, wrongAnswer].entries()) {
      const key = keys.get(questionAt(attempt, i));
      if (!key) throw new Error('no key');
      await inTx((em) =>
        saveAnswer(em, employee, { attemptId: attempt.id, questionId: key.id, answer: answer(key) }),
      );
    }
    await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    return { employee, attempt };
  }

  it('shows each question with the answer given, whether it scored, the right answer and its explanation', async () => {
    const course = await publishedCourse({ questions: 4, reviewAllowed: true });
    const { employee, attempt } = await submitted(course);
    const result = await attemptResult(db.orm.em.fork(), employee, attempt.id);
    const keys = await answerKeys(
      db.orm.em.fork(),
      attempt.questions.map((q) => q.questionId),
    );
    expect(result.review?.map((r) => r.questionId)).toEqual(attempt.questions.map((q) => q.questionId));
    expect(result.review?.map((r) => r.correct)).toEqual([true, false, false, false]);
    const [right, wrong, blank] = result.review ?? [];
    expect(right?.given).toEqual(rightAnswer(keys.get(questionAt(attempt, 0))!));
    expect(wrong?.given).toEqual(wrongAnswer(keys.get(questionAt(attempt, 1))!));
    expect(blank?.given).toBeNull();
    expect(wrong?.rightAnswer).toEqual(keys.get(questionAt(attempt, 1))?.answerKey);
    expect(wrong?.explanation?.en).toMatch(/^Explanation \d+$/);
    expect(result.scorePercent).toBe(25);
  });

  it('gives only the score and the verdict when the test does not allow the review', async () => {
    const course = await publishedCourse({ questions: 4, reviewAllowed: false });
    const { employee, attempt } = await submitted(course);
    const result = await attemptResult(db.orm.em.fork(), employee, attempt.id);
    expect(result.review).toBeNull();
    expect(result.wrongQuestionIds).toBeNull();
    expect(result.passed).toBe(false);
    expect(result.scorePercent).toBe(25);
  });
});

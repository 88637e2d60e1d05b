import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { verifyAuditChain } from '../../audit/verify-audit-chain.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import { actorOf, buildPerson, type BuiltOrganization, type TestDatabase } from '../../testing/index.js';
import { attemptResult, attemptView, getAttempt } from './attempt-views.js';
import { Attempt, type IAttempt } from './attempt.entity.js';
import { closeExpiredAttempts, saveAnswer, startAttempt, submitAttempt } from './attempts.js';
import { Certificate } from '../certificates/certificate.entity.js';
import { Question } from '../bank/question.entity.js';
import { verifyCertificate } from '../certificates/certificates.js';
import { editCourseContent, publishCourse } from '../authoring/courses.js';
import {
  answerAttempt,
  assignToEveryone,
  buildPublishedCourse,
  createTrainingDatabase,
  enrolNewcomers,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';

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

/** A published course assigned to everyone in the organisation. */
async function publishedCourse(options: Parameters<typeof buildPublishedCourse>[2]): Promise<BuiltCourse> {
  const built = await buildPublishedCourse(db.orm, manager, options);
  await assignToEveryone(db.orm, manager, built.course.id);
  return built;
}

/** An employee enrolled in every course assigned so far. */
async function newEmployee(): Promise<Actor> {
  const em = db.orm.em.fork();
  const person = buildPerson(em, org.organization, org.root, { hiredAt: '2020-01-01' });
  await em.flush();
  await enrolNewcomers(db.orm, org.organization.id);
  return actorOf(person, ['employee']);
}

/** The answers saved to an attempt, as its owner sees them. */
async function savedAnswers(actor: Actor, attemptId: string): Promise<Record<string, unknown>> {
  return (await getAttempt(db.orm.em.fork(), actor, attemptId)).answers;
}

/** Answers the first `right` questions correctly and the others wrongly. */
function answer(actor: Actor, attempt: IAttempt, right: number, now?: Date): Promise<void> {
  return answerAttempt(db.orm, actor, attempt, right, now);
}

async function reload(id: string): Promise<IAttempt> {
  return db.orm.em.fork().findOneOrFail(Attempt, { id });
}

describe('taking a test', () => {
  let built: BuiltCourse;

  beforeAll(async () => {
    built = await publishedCourse({ questions: 12, draw: 10, maxAttempts: 2 });
  });

  it('draws N questions from the pool, snapshots them without the answer key and records the pass mark', async () => {
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    expect(attempt.questions).toHaveLength(10);
    expect(new Set(attempt.questions.map((q) => q.questionId)).size).toBe(10);
    expect(attempt.passMark).toBe(60);
    const view = attemptView(attempt);
    expect(JSON.stringify(view)).not.toMatch(/answerKey|correct/i);
    expect(view.questions[0]?.options).toHaveLength(3);
  });

  it('resumes the open attempt instead of starting a second one', async () => {
    const employee = await newEmployee();
    const first = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    await answer(employee, first, 3);
    const again = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    expect(again.id).toBe(first.id);
    const view = await getAttempt(db.orm.em.fork(), employee, first.id);
    expect(Object.keys(view.answers)).toHaveLength(10);
    expect(await db.orm.em.fork().count(Attempt, { person: employee.personId })).toBe(1);
  });

  it('scores on the server: 50 % fails, a retake with 60 % passes and issues a verifiable certificate', async () => {
    const employee = await newEmployee();
    const first = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    await answer(employee, first, 5);
    const failed = await inTx((em) => submitAttempt(em, employee, { attemptId: first.id }));
    expect(failed).toMatchObject({ scorePercent: 50, passed: false, passMark: 60, certificateCode: null });

    const second = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    expect(second.id).not.toBe(first.id);
    expect(second.number).toBe(2);
    await answer(employee, second, 6);
    const passed = await inTx((em) => submitAttempt(em, employee, { attemptId: second.id }));
    expect(passed).toMatchObject({ scorePercent: 60, passed: true });
    expect(passed.certificateCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const verified = await verifyCertificate(db.orm.em.fork(), (passed.certificateCode ?? '').toLowerCase());
    expect(verified).toMatchObject({ scorePercent: 60, courseTitle: { ru: 'Общий курс' } });
    expect(verified?.personName).toMatch(/^Person /);
    expect(await verifyCertificate(db.orm.em.fork(), 'AAAA-BBBB-CCCC')).toBeNull();
  });

  it('shows which answers were wrong after submission, never before', async () => {
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    await expect(attemptResult(db.orm.em.fork(), employee, attempt.id)).rejects.toBeInstanceOf(ConflictError);
    await answer(employee, attempt, 8);
    await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    const result = await attemptResult(db.orm.em.fork(), employee, attempt.id);
    expect(result.scorePercent).toBe(80);
    expect(result.wrongQuestionIds).toEqual(attempt.questions.slice(8).map((q) => q.questionId));
    expect(result.certificateCode).not.toBeNull();
  });

  it('answers a second submission of the same attempt with the stored result and changes nothing', async () => {
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    await answer(employee, attempt, 10);
    const first = await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    const before = await reload(attempt.id);
    const again = await inTx((em) =>
      submitAttempt(em, employee, { attemptId: attempt.id }, new Date(Date.now() + 60_000)),
    );
    expect(again).toEqual(first);
    const after = await reload(attempt.id);
    expect(after.submittedAt).toEqual(before.submittedAt);
    expect(await db.orm.em.fork().count(Certificate, { attempt: attempt.id })).toBe(1);
    expect(await db.orm.em.fork().count(AuditEvent, { entityId: attempt.id })).toBe(2);
  });

  it('refuses an answer to a submitted attempt', async () => {
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    const drawn = attempt.questions[0];
    await expect(
      inTx((em) =>
        saveAnswer(em, employee, {
          attemptId: attempt.id,
          questionId: drawn?.questionId ?? '',
          answer: { optionIds: [drawn?.options[0]?.id ?? ''] },
        }),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already closed/) });
    expect(await savedAnswers(employee, attempt.id)).toEqual({});
  });

  it('refuses to start a test of a course the person is not enrolled in', async () => {
    const em = db.orm.em.fork();
    const outsider = buildPerson(em, org.organization, org.root);
    await em.flush();
    const employee = actorOf(outsider, ['employee']);
    await expect(inTx((tx) => startAttempt(tx, employee, { testId: built.test.id }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await db.orm.em.fork().count(Attempt, { person: employee.personId })).toBe(0);
  });

  it('refuses an answer to a question that is not in the attempt', async () => {
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    const drawn = new Set(attempt.questions.map((q) => q.questionId));
    const bank = await db.orm.em.fork().find(Question, { pool: built.pool.id });
    const notDrawn = bank.find((q) => !drawn.has(q.id))?.id;
    expect(notDrawn).toBeDefined();
    await expect(
      inTx((em) =>
        saveAnswer(em, employee, {
          attemptId: attempt.id,
          questionId: notDrawn ?? 'x',
          answer: { optionIds: [] },
        }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      inTx((em) =>
        saveAnswer(em, employee, {
          attemptId: attempt.id,
          questionId: attempt.questions[0]?.questionId ?? '',
          answer: { optionIds: ['not-an-option'] },
        }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await savedAnswers(employee, attempt.id)).toEqual({});
  });

  it('overwrites an earlier answer to the same question', async () => {
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    const drawn = attempt.questions[0];
    const [first, second] = drawn?.options ?? [];
    for (const option of [first, second]) {
      await inTx((em) =>
        saveAnswer(em, employee, {
          attemptId: attempt.id,
          questionId: drawn?.questionId ?? '',
          answer: { optionIds: [option?.id ?? ''] },
        }),
      );
    }
    expect(await savedAnswers(employee, attempt.id)).toEqual({
      [drawn?.questionId ?? '']: { optionIds: [second?.id] },
    });
  });

  it('hides another person’s attempt', async () => {
    const owner = await newEmployee();
    const other = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, owner, { testId: built.test.id }));
    await expect(getAttempt(db.orm.em.fork(), other, attempt.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(inTx((em) => submitAttempt(em, other, { attemptId: attempt.id }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses an attempt past the maximum number of attempts', async () => {
    const employee = await newEmployee();
    for (let i = 0; i < 2; i += 1) {
      const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
      await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    }
    await expect(inTx((em) => startAttempt(em, employee, { testId: built.test.id }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await db.orm.em.fork().count(Attempt, { person: employee.personId })).toBe(2);
  });

  it('records the start and the submission on the audit trail', async () => {
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    const events = await db.orm.em
      .fork()
      .find(AuditEvent, { entityId: attempt.id }, { orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['training.attempt_started', 'training.attempt_submitted']);
    expect((await verifyAuditChain(db.orm.em.fork(), org.organization.id)).ok).toBe(true);
  });
});

describe('random draw', () => {
  /** The drawn question ids and, per question, its options in the order shown, of one new attempt. */
  async function drawOnce(testId: string): Promise<{ questions: string; options: string[] }> {
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId }));
    return {
      questions: attempt.questions.map((q) => q.questionId).join(','),
      options: attempt.questions.map((q) => q.options.map((o) => o.id).join(',')),
    };
  }

  /** Each question's options in the order the bank stores them. */
  async function bankOrder(poolId: string): Promise<Set<string>> {
    const bank = await db.orm.em.fork().find(Question, { pool: poolId });
    return new Set(bank.map((q) => q.options.map((o) => o.id).join(',')));
  }

  // Twelve attempts drawing 5 of 12: the chance that a random draw repeats itself every time is negligible.
  it('draws a different set of questions for different attempts and shuffles their options', async () => {
    const built = await publishedCourse({ questions: 12, draw: 5 });
    const draws = [];
    for (let i = 0; i < 12; i += 1) draws.push(await drawOnce(built.test.id));
    expect(new Set(draws.map((d) => d.questions)).size).toBeGreaterThan(1);
    const stored = await bankOrder(built.pool.id);
    const shown = draws.flatMap((d) => d.options);
    expect(shown).toHaveLength(60);
    expect(shown.filter((order) => !stored.has(order)).length).toBeGreaterThan(0);
  });

  it('keeps the options in the bank’s order when the test does not shuffle', async () => {
    const built = await publishedCourse({ questions: 4, shuffle: false });
    const stored = await bankOrder(built.pool.id);
    const { options } = await drawOnce(built.test.id);
    expect(options).toHaveLength(4);
    expect(options.every((order) => stored.has(order))).toBe(true);
  });
});

describe('time limit', () => {
  it('is enforced by the server: answers and submission after the deadline are refused, the attempt expires', async () => {
    const built = await publishedCourse({ questions: 5, timeLimitMinutes: 10 });
    const employee = await newEmployee();
    const start = new Date('2026-03-02T09:00:00Z');
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }, start));
    expect(attempt.deadline).toEqual(new Date('2026-03-02T09:10:00Z'));
    await answer(employee, attempt, 5, new Date('2026-03-02T09:05:00Z'));

    const late = new Date('2026-03-02T09:11:00Z');
    const firstQuestion = attempt.questions[0]?.questionId ?? '';
    await expect(
      inTx((em) =>
        saveAnswer(
          em,
          employee,
          { attemptId: attempt.id, questionId: firstQuestion, answer: { optionIds: [] } },
          late,
        ),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }, late)),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await reload(attempt.id)).status).toBe('open');

    // The background job closes it with the answers saved in time.
    const closed = await inTx((em) => closeExpiredAttempts(em, org.organization.id, late));
    expect(closed).toBe(1);
    const expired = await reload(attempt.id);
    expect(expired).toMatchObject({ status: 'expired', scorePercent: 100, passed: true });
    expect(expired.submittedAt).toEqual(attempt.deadline);
  });

  it('closes an expired open attempt when the person starts again', async () => {
    const built = await publishedCourse({ questions: 5, timeLimitMinutes: 10 });
    const employee = await newEmployee();
    const first = await inTx((em) =>
      startAttempt(em, employee, { testId: built.test.id }, new Date('2026-03-02T09:00:00Z')),
    );
    const second = await inTx((em) =>
      startAttempt(em, employee, { testId: built.test.id }, new Date('2026-03-02T10:00:00Z')),
    );
    expect(second.id).not.toBe(first.id);
    expect(await reload(first.id)).toMatchObject({ status: 'expired', scorePercent: 0, passed: false });
  });
});

describe('course versions', () => {
  it('makes a new version when a published course is edited; finished attempts keep the version they took', async () => {
    const built = await publishedCourse({ questions: 3 });
    const employee = await newEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    const lessons = [
      { kind: 'text' as const, title: { kk: 'Жаңа', ru: 'Новый' }, body: { kk: 'Мәтін', ru: 'Текст' } },
    ];
    const draft = await inTx((em) => editCourseContent(em, manager, { courseId: built.course.id, lessons }));
    expect(draft.number).toBe(2);
    expect(draft.status).toBe('draft');
    const again = await inTx((em) => editCourseContent(em, manager, { courseId: built.course.id, lessons }));
    expect(again.id).toBe(draft.id);
    const published = await inTx((em) => publishCourse(em, manager, { courseId: built.course.id }));
    expect(published.number).toBe(2);

    const finished = await db.orm.em
      .fork()
      .findOneOrFail(Attempt, { id: attempt.id }, { populate: ['courseVersion'] });
    expect(finished.courseVersion.number).toBe(1);
    expect(finished.courseVersion.status).toBe('retired');
    // §35.4: the employee started on version 1 and has not passed: the next attempt stays on it.
    const next = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    expect(next.courseVersion.number).toBe(1);
    const newcomer = await newEmployee();
    const fresh = await inTx((em) => startAttempt(em, newcomer, { testId: built.test.id }));
    expect(fresh.courseVersion.id).toBe(published.id);
    await expect(
      inTx((em) => publishCourse(em, manager, { courseId: built.course.id })),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

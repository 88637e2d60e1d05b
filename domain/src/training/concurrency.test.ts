import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Actor } from '../kernel/actor.js';
import { ConflictError, ValidationError } from '../kernel/errors.js';
import {
  actorOf,
  buildOrgUnit,
  buildPerson,
  concurrently,
  outcomes,
  type BuiltOrganization,
  type TestDatabase,
} from '../testing/index.js';
import { Assignment, Enrolment } from './assignments/assignment.entity.js';
import {
  deactivateTrainingAssignment,
  editTrainingAssignment,
  extendTrainingDueDate,
  sendTrainingReminderNow,
} from './assignment-changes/assignment-changes.js';
import { TrainingReminder } from './assignments/reminder.entity.js';
import { claimReminders, dueReminders, markReminderSent } from './assignments/reminders.js';
import { kazakhstanDay } from '../kernel/kazakhstan-time.js';
import { addCalendarDays } from '../kernel/working-days.js';
import { createAssignment } from './assignments/assignments.js';
import { getAttempt } from './quiz/attempt-views.js';
import { Attempt, type IAttempt } from './quiz/attempt.entity.js';
import { AttemptAnswer } from './quiz/attempt-answer.entity.js';
import { closeExpiredAttempts, saveAnswer, startAttempt, submitAttempt } from './quiz/attempts.js';
import { Certificate } from './certificates/certificate.entity.js';
import { CourseTest } from './authoring/course-test.entity.js';
import { CourseVersion } from './authoring/course.entity.js';
import { createCourseTest } from './authoring/course-tests.js';
import { createCourse, editCourseContent, publishCourse, type LessonInput } from './authoring/courses.js';
import { syncEnrolments } from './assignments/enrolment-sync.js';
import { createQuestionPool, importQuestions } from './bank/questions.js';
import {
  answerAttempt,
  answerKeys,
  assignToEveryone,
  buildPublishedCourse,
  choiceQuestion,
  createTrainingDatabase,
  enrolNewcomers,
  rightAnswer,
  type BuiltCourse,
  type TrainingDatabase,
} from './training-fixtures.js';

// Each rule that reads and then writes, fired many times at once on PostgreSQL (`concurrently`
// releases the transactions together, so that their reads overlap).

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

async function publishedCourse(
  options: Parameters<typeof buildPublishedCourse>[2] = {},
): Promise<BuiltCourse> {
  const built = await buildPublishedCourse(db.orm, manager, options);
  await assignToEveryone(db.orm, manager, built.course.id);
  return built;
}

async function enrolledEmployee(): Promise<Actor> {
  const em = db.orm.em.fork();
  const person = buildPerson(em, org.organization, org.root);
  await em.flush();
  await enrolNewcomers(db.orm, org.organization.id);
  return actorOf(person, ['employee']);
}

function auditCount(action: string, entityId: string): Promise<number> {
  return db.orm.em.fork().count(AuditEvent, { action, entityId });
}

function lessons(count: number): LessonInput[] {
  return Array.from({ length: count }, (_v, i) => ({
    kind: 'link' as const,
    title: { kk: `Сабақ ${i + 1}`, ru: `Урок ${i + 1}` },
    url: `https://www.u4.no/${i + 1}`,
  }));
}

describe('an attempt taken from many requests at once', () => {
  let course: BuiltCourse;

  beforeAll(async () => {
    course = await publishedCourse({ questions: 10 });
  });

  async function openAttempt(): Promise<{ employee: Actor; attempt: IAttempt }> {
    const employee = await enrolledEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: course.test.id }));
    return { employee, attempt };
  }

  it('keeps all ten answers saved at once, and scores every one of them', async () => {
    const { employee, attempt } = await openAttempt();
    const keys = await answerKeys(
      db.orm.em.fork(),
      attempt.questions.map((q) => q.questionId),
    );
    const settled = await concurrently(db.orm, 10, async (em, i) => {
      const questionId = attempt.questions[i]?.questionId ?? '';
      const key = keys.get(questionId);
      if (!key) throw new Error('a drawn question has no key');
      await saveAnswer(em, employee, { attemptId: attempt.id, questionId, answer: rightAnswer(key) });
    });
    expect(outcomes(settled).rejected).toEqual([]);
    const saved = (await getAttempt(db.orm.em.fork(), employee, attempt.id)).answers;
    expect(Object.keys(saved).sort()).toEqual(attempt.questions.map((q) => q.questionId).sort());
    const result = await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    expect(result.scorePercent).toBe(100);
  });

  it('scores every answer acknowledged while the attempt is submitted, and refuses the ones that come too late', async () => {
    const { employee, attempt } = await openAttempt();
    const keys = await answerKeys(
      db.orm.em.fork(),
      attempt.questions.map((q) => q.questionId),
    );
    const settled = await concurrently(db.orm, 11, async (em, i) => {
      if (i === 10) return submitAttempt(em, employee, { attemptId: attempt.id });
      const questionId = attempt.questions[i]?.questionId ?? '';
      const key = keys.get(questionId);
      if (!key) throw new Error('a drawn question has no key');
      await saveAnswer(em, employee, { attemptId: attempt.id, questionId, answer: rightAnswer(key) });
      return null;
    });
    const submission = settled[10];
    expect(submission?.status).toBe('fulfilled');
    const saves = settled.slice(0, 10);
    const acknowledged = saves.filter((s) => s.status === 'fulfilled').length;
    for (const refused of outcomes(saves).rejected) {
      expect(refused).toBeInstanceOf(ConflictError);
      expect((refused as ConflictError).message).toMatch(/already closed/);
    }
    // Each question is worth 10 %: every acknowledged right answer counted, no refused one.
    expect(submission?.status === 'fulfilled' && submission.value?.scorePercent).toBe(acknowledged * 10);
  });

  it('keeps one answer when the same save is sent four times at once, as a browser retries', async () => {
    const { employee, attempt } = await openAttempt();
    const [question] = attempt.questions;
    if (!question) throw new Error('the attempt drew no question');
    const key = (await answerKeys(db.orm.em.fork(), [question.questionId])).get(question.questionId);
    if (!key) throw new Error('a drawn question has no key');
    const settled = await concurrently(db.orm, 4, (em) =>
      saveAnswer(em, employee, {
        attemptId: attempt.id,
        questionId: question.questionId,
        answer: rightAnswer(key),
      }),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    expect(await db.orm.em.fork().count(AttemptAnswer, { attempt: attempt.id })).toBe(1);
    const result = await inTx((em) => submitAttempt(em, employee, { attemptId: attempt.id }));
    // One right answer of ten, counted once.
    expect(result.scorePercent).toBe(10);
  });

  it('scores an attempt submitted twice at once on either side of its deadline once, or not at all', async () => {
    const timed = await publishedCourse({ questions: 4, timeLimitMinutes: 1 });
    const employee = await enrolledEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: timed.test.id }));
    const deadline = attempt.deadline?.getTime() ?? Number.NaN;
    await answerAttempt(db.orm, employee, attempt, 4);
    const settled = await concurrently(db.orm, 2, (em, i) =>
      submitAttempt(em, employee, { attemptId: attempt.id }, new Date(deadline + (i === 0 ? -1 : 1))),
    );
    const { fulfilled, rejected } = outcomes(settled);
    // The one in time scores it; the late one either finds it scored or is refused as late.
    expect(fulfilled.length).toBeGreaterThanOrEqual(1);
    for (const result of fulfilled) expect(result).toEqual(fulfilled[0]);
    for (const refused of rejected) expect(refused).toBeInstanceOf(ConflictError);
    expect(fulfilled[0]).toMatchObject({ scorePercent: 100, passed: true });
    expect(await auditCount('training.attempt_submitted', attempt.id)).toBe(1);
    expect(await db.orm.em.fork().count(Certificate, { attempt: attempt.id })).toBe(1);
  });

  it('scores a failing attempt submitted eight times at once once, and answers every caller alike', async () => {
    const { employee, attempt } = await openAttempt();
    await answerAttempt(db.orm, employee, attempt, 5);
    const settled = await concurrently(db.orm, 8, (em) =>
      submitAttempt(em, employee, { attemptId: attempt.id }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    expect(fulfilled).toHaveLength(8);
    for (const result of fulfilled) expect(result).toEqual(fulfilled[0]);
    expect(fulfilled[0]).toMatchObject({ scorePercent: 50, passed: false, certificateCode: null });
    expect(await auditCount('training.attempt_submitted', attempt.id)).toBe(1);
  });

  it('issues one certificate for a passing attempt submitted eight times at once', async () => {
    const { employee, attempt } = await openAttempt();
    await answerAttempt(db.orm, employee, attempt, 10);
    const settled = await concurrently(db.orm, 8, (em) =>
      submitAttempt(em, employee, { attemptId: attempt.id }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    const codes = new Set(fulfilled.map((result) => result.certificateCode));
    expect(codes.size).toBe(1);
    expect([...codes][0]).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await db.orm.em.fork().count(Certificate, { attempt: attempt.id })).toBe(1);
    expect(await auditCount('training.attempt_submitted', attempt.id)).toBe(1);
  });

  it('opens one attempt when a person starts the test eight times at once', async () => {
    const employee = await enrolledEmployee();
    const settled = await concurrently(db.orm, 8, (em) =>
      startAttempt(em, employee, { testId: course.test.id }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    expect(new Set(fulfilled.map((attempt) => attempt.id)).size).toBe(1);
    expect(await db.orm.em.fork().count(Attempt, { person: employee.personId })).toBe(1);
  });
});

describe('an attempt whose time ran out, closed from many places at once', () => {
  let course: BuiltCourse;
  const start = new Date('2026-03-02T09:00:00Z');
  const late = new Date('2026-03-02T10:00:00Z');

  beforeAll(async () => {
    course = await publishedCourse({ questions: 5, timeLimitMinutes: 10 });
  });

  async function expiredAttempt(right: number): Promise<{ employee: Actor; attempt: IAttempt }> {
    const employee = await enrolledEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: course.test.id }, start));
    await answerAttempt(db.orm, employee, attempt, right, new Date('2026-03-02T09:05:00Z'));
    return { employee, attempt };
  }

  it('is closed once, with one certificate, when the job runs four times at once', async () => {
    const { attempt } = await expiredAttempt(5);
    const settled = await concurrently(db.orm, 4, (em) =>
      closeExpiredAttempts(em, org.organization.id, late),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    expect(fulfilled.reduce((sum, closed) => sum + closed, 0)).toBe(1);
    expect(await auditCount('training.attempt_expired', attempt.id)).toBe(1);
    expect(await db.orm.em.fork().count(Certificate, { attempt: attempt.id })).toBe(1);
  });

  it('is closed once when its owner starts again while the job runs', async () => {
    const { employee, attempt } = await expiredAttempt(5);
    const settled = await concurrently(db.orm, 4, async (em, i) => {
      if (i === 0) await startAttempt(em, employee, { testId: course.test.id }, late);
      else await closeExpiredAttempts(em, org.organization.id, late);
    });
    expect(outcomes(settled).rejected).toEqual([]);
    expect(await auditCount('training.attempt_expired', attempt.id)).toBe(1);
    expect(await db.orm.em.fork().count(Certificate, { attempt: attempt.id })).toBe(1);
    const attempts = await db.orm.em.fork().find(Attempt, { person: employee.personId });
    expect(attempts.map((a) => a.status).sort()).toEqual(['expired', 'open']);
  });

  it("keeps each enrolment's standing equal to its attempts when a submission, starts and the job race", async () => {
    const employee = await enrolledEmployee();
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: course.test.id }, start));
    await answerAttempt(db.orm, employee, attempt, 5, new Date('2026-03-02T09:05:00Z'));
    const during = new Date('2026-03-02T09:06:00Z');
    const settled = await concurrently(db.orm, 6, async (em, i) => {
      if (i === 0) await submitAttempt(em, employee, { attemptId: attempt.id }, during);
      else if (i % 2 === 1) await startAttempt(em, employee, { testId: course.test.id }, during);
      else await closeExpiredAttempts(em, org.organization.id, late);
    });
    // No deadlock among them (each takes the enrolments first, lockStanding), and what the
    // triggers kept is what the attempts say now.
    expect(outcomes(settled).rejected).toEqual([]);
    const rows = await db.orm.em.getConnection().execute<Record<string, unknown>[]>(
      `select e.standing_attempts = s.attempts as attempts, e.standing_passed = s.passed as passed,
              e.standing_submitted = s.submitted as submitted,
              e.standing_open_until is not distinct from s.open_until as open_until, s.passed as really_passed
         from enrolment e cross join lateral enrolment_standing(e.person_id, e.course_id, e.window_start) s
        where e.person_id = ? and e.course_id = ?`,
      [employee.personId, course.course.id],
    );
    expect(rows).toEqual([
      { attempts: true, passed: true, submitted: true, open_until: true, really_passed: true },
    ]);
  });
});

describe('course authoring from many requests at once', () => {
  it('gives a course one test when its test is created four times at once', async () => {
    const { courseId, poolId } = await inTx(async (em) => {
      const { course } = await createCourse(em, manager, {
        topic: 'gifts',
        title: { kk: 'Сыйлықтар', ru: 'Подарки' },
        description: { kk: 'Сипаттама', ru: 'Описание' },
        lessons: lessons(1),
      });
      const pool = await createQuestionPool(em, manager, {
        topic: 'gifts',
        title: { kk: 'Банк', ru: 'Банк' },
      });
      await em.flush();
      await importQuestions(em, manager, { poolId: pool.id, questions: [choiceQuestion(1)] });
      return { courseId: course.id, poolId: pool.id };
    });
    const settled = await concurrently(db.orm, 4, (em) =>
      createCourseTest(em, manager, { courseId, draws: [{ poolId, count: 1 }] }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(3);
    for (const refused of rejected) expect(refused).toBeInstanceOf(ConflictError);
    expect(await db.orm.em.fork().count(CourseTest, { course: courseId })).toBe(1);
  });

  it('makes one new draft when a published course is edited six times at once', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    const settled = await concurrently(db.orm, 6, (em, i) =>
      editCourseContent(em, manager, { courseId: course.id, lessons: lessons(i + 1) }),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    const versions = await db.orm.em
      .fork()
      .find(CourseVersion, { course: course.id }, { orderBy: { number: 'asc' } });
    expect(versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'published'],
      [2, 'draft'],
    ]);
  });

  it('publishes a draft once when it is published six times at once', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    await inTx((em) => editCourseContent(em, manager, { courseId: course.id, lessons: lessons(2) }));
    const settled = await concurrently(db.orm, 6, (em) =>
      publishCourse(em, manager, { courseId: course.id }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    for (const refused of rejected) expect(refused).toBeInstanceOf(ConflictError);
    expect(await auditCount('training.course_published', course.id)).toBe(2);
    const published = await db.orm.em.fork().find(CourseVersion, { course: course.id, status: 'published' });
    expect(published.map((v) => v.number)).toEqual([2]);
  });

  it('never changes a version once published: an edit racing the publication makes a new draft', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    await inTx((em) => editCourseContent(em, manager, { courseId: course.id, lessons: lessons(1) }));
    const settled = await concurrently(db.orm, 6, (em, i) =>
      i === 0
        ? publishCourse(em, manager, { courseId: course.id })
        : editCourseContent(em, manager, { courseId: course.id, lessons: lessons(i + 1) }),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    // The trail in the order of commits: no edit of version 2 is recorded after its publication.
    const trail = await db.orm.em
      .fork()
      .find(AuditEvent, { entityId: course.id }, { orderBy: { seq: 'asc' } });
    const publication = trail.findIndex(
      (e) => e.action === 'training.course_published' && e.data['version'] === 2,
    );
    expect(publication).toBeGreaterThan(0);
    const editsAfter = trail.slice(publication + 1).filter((e) => e.action === 'training.course_edited');
    expect(editsAfter.map((e) => e.data['version'])).not.toContain(2);
    const published = await db.orm.em.fork().findOneOrFail(CourseVersion, { course: course.id, number: 2 });
    const lastEditOfIt = trail
      .slice(0, publication)
      .filter((e) => e.action === 'training.course_edited' && e.data['version'] === 2)
      .at(-1);
    expect(published.lessons).toHaveLength(Number(lastEditOfIt?.data['lessons']));
  });
});

describe('assignments and enrolment from many requests at once', () => {
  it('assigns a course to an audience once when the same assignment is made four times at once', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    const em = db.orm.em.fork();
    const unit = buildOrgUnit(em, org.organization, org.root, 'Treasury');
    const people = [buildPerson(em, org.organization, unit), buildPerson(em, org.organization, unit)];
    await em.flush();
    const settled = await concurrently(db.orm, 4, (tx) =>
      createAssignment(tx, manager, {
        courseId: course.id,
        audience: 'org_units',
        orgUnitIds: [unit.id],
        dueOn: '2099-06-30',
        recurrence: 'once',
      }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    for (const refused of rejected) expect(refused).toBeInstanceOf(ConflictError);
    for (const person of people) {
      expect(await db.orm.em.fork().count(Enrolment, { person: person.id, course: course.id })).toBe(1);
    }
  });

  it('enrols each newcomer once when the sync runs four times at once', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    const em = db.orm.em.fork();
    const unit = buildOrgUnit(em, org.organization, org.root, 'Audit');
    await em.flush();
    await inTx((tx) =>
      createAssignment(tx, manager, {
        courseId: course.id,
        audience: 'org_units',
        orgUnitIds: [unit.id],
        dueOn: '2099-12-31',
        recurrence: 'yearly',
      }),
    );
    const newcomers = [1, 2, 3].map(() => buildPerson(em, org.organization, unit));
    await em.flush();
    const settled = await concurrently(db.orm, 4, (tx) =>
      syncEnrolments(tx, org.organization.id, new Date()),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    for (const person of newcomers) {
      expect(await db.orm.em.fork().count(Enrolment, { person: person.id, course: course.id })).toBe(1);
    }
  });
});

describe('assignment changes from many requests at once', () => {
  async function financeAssignment(): Promise<{ assignmentId: string; people: string[]; legalId: string }> {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    const em = db.orm.em.fork();
    const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
    const legal = buildOrgUnit(em, org.organization, org.root, 'Legal');
    const people = [buildPerson(em, org.organization, finance), buildPerson(em, org.organization, finance)];
    buildPerson(em, org.organization, legal);
    await em.flush();
    const { assignment } = await inTx((tx) =>
      createAssignment(tx, manager, {
        courseId: course.id,
        audience: 'org_units',
        orgUnitIds: [finance.id],
        dueOn: '2099-06-30',
        recurrence: 'once',
      }),
    );
    return { assignmentId: assignment.id, people: people.map((p) => p.id), legalId: legal.id };
  }

  it('leaves no open enrolment when the assignment is deactivated while it is edited', async () => {
    const { assignmentId, legalId } = await financeAssignment();
    const settled = await concurrently(db.orm, 4, (em, i) =>
      i === 0
        ? deactivateTrainingAssignment(em, manager, assignmentId)
        : editTrainingAssignment(em, manager, assignmentId, {
            audience: 'org_units',
            orgUnitIds: [legalId],
            dueOn: '2099-06-30',
          }),
    );
    expect(settled[0]?.status).toBe('fulfilled');
    for (const refused of outcomes(settled).rejected) expect(refused).toBeInstanceOf(ConflictError);
    const check = db.orm.em.fork();
    expect((await check.findOneOrFail(Assignment, { id: assignmentId })).active).toBe(false);
    expect(await check.count(Enrolment, { assignment: assignmentId, withdrawnAt: null })).toBe(0);
    expect(await auditCount('training.assignment_deactivated', assignmentId)).toBe(1);
  });

  it('extends once when the same extension is asked twice at once, keeping the first due date', async () => {
    const { assignmentId, people } = await financeAssignment();
    const settled = await concurrently(db.orm, 2, (em) =>
      extendTrainingDueDate(em, manager, { assignmentId, personIds: people, dueOn: '2099-09-30' }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toEqual([{ extended: 2 }]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toBeInstanceOf(ValidationError);
    const rows = await db.orm.em.fork().find(Enrolment, { assignment: assignmentId });
    expect(rows.map((e) => [e.dueOn, e.extendedFrom])).toEqual([
      ['2099-09-30', '2099-06-30'],
      ['2099-09-30', '2099-06-30'],
    ]);
    expect(await auditCount('training.due_date_extended', assignmentId)).toBe(1);
  });

  it('mails each person once when a reminder is sent by hand while the daily job runs', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    const em = db.orm.em.fork();
    const unit = buildOrgUnit(em, org.organization, org.root, 'Soon');
    const people = [buildPerson(em, org.organization, unit), buildPerson(em, org.organization, unit)];
    await em.flush();
    // Due in three days: the job's "due soon" reminder applies today.
    const dueOn = addCalendarDays(kazakhstanDay(new Date()), 3);
    const { assignment } = await inTx((tx) =>
      createAssignment(tx, manager, {
        courseId: course.id,
        audience: 'org_units',
        orgUnitIds: [unit.id],
        dueOn,
        recurrence: 'once',
      }),
    );
    const settled = await concurrently(db.orm, 4, async (tx, i) => {
      if (i === 0) return (await sendTrainingReminderNow(tx, manager, assignment.id)).count;
      const now = new Date();
      const claimed = await claimReminders(tx, await dueReminders(tx, org.organization.id, now), now);
      for (const reminder of claimed) markReminderSent(tx, reminder, now);
      return claimed.filter((reminder) => people.some((p) => p.id === reminder.personId)).length;
    });
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    expect(fulfilled.reduce((sum, mailed) => sum + mailed, 0)).toBe(people.length);
    for (const person of people) {
      expect(
        await db.orm.em
          .fork()
          .count(TrainingReminder, { enrolment: { assignment: assignment.id, person: person.id } }),
      ).toBe(1);
    }
  });

  it('reminds each person once when "send a reminder now" is clicked four times at once', async () => {
    const { assignmentId, people } = await financeAssignment();
    const settled = await concurrently(db.orm, 4, (em) => sendTrainingReminderNow(em, manager, assignmentId));
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    expect(fulfilled.reduce((sum, sent) => sum + sent.count, 0)).toBe(people.length);
    expect(await db.orm.em.fork().count(TrainingReminder, { enrolment: { assignment: assignmentId } })).toBe(
      people.length,
    );
  });
});

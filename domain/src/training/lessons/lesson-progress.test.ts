import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import {
  actorOf,
  buildPerson,
  concurrently,
  outcomes,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { startAttempt } from '../quiz/attempts.js';
import {
  editCourseContent,
  publishCourse,
  publishedVersion,
  type LessonInput,
} from '../authoring/courses.js';
import { myAssignments } from '../assignments/my-assignments.js';
import {
  assignToEveryone,
  buildPublishedCourse,
  createTrainingDatabase,
  enrolNewcomers,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';
import { LessonProgress } from './lesson-progress.entity.js';
import { markLessonDone } from './lesson-progress.js';

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

const LESSONS: LessonInput[] = [
  {
    kind: 'text',
    title: { kk: 'Кіріспе', ru: 'Введение' },
    body: { kk: '<p>Мәтін</p>', ru: '<p>Текст</p>' },
  },
  { kind: 'file', title: { kk: 'Жадынама', ru: 'Памятка' }, url: 'https://example.org/memo.pdf' },
  { kind: 'link', title: { kk: 'U4', ru: 'U4' }, url: 'https://www.u4.no/' },
];

/** A published course of three lessons with its test, assigned to everyone; its lesson ids. */
async function courseWithLessons(
  lessonsRequiredBeforeTest: boolean,
): Promise<{ built: BuiltCourse; lessonIds: string[] }> {
  const built = await buildPublishedCourse(db.orm, manager, { questions: 3, lessonsRequiredBeforeTest });
  await inTx(async (em) => {
    await editCourseContent(em, manager, { courseId: built.course.id, lessons: LESSONS });
    await publishCourse(em, manager, { courseId: built.course.id });
  });
  await assignToEveryone(db.orm, manager, built.course.id);
  const version = await publishedVersion(db.orm.em.fork(), built.course.id);
  return { built, lessonIds: version?.lessons.map((lesson) => lesson.id) ?? [] };
}

async function newEmployee(): Promise<Actor> {
  const em = db.orm.em.fork();
  const person = buildPerson(em, org.organization, org.root, { hiredAt: '2020-01-01' });
  await em.flush();
  await enrolNewcomers(db.orm, org.organization.id);
  return actorOf(person, ['employee']);
}

function done(actor: Actor, courseId: string, lessonId: string) {
  return inTx((em) => markLessonDone(em, actor, { courseId, lessonId }));
}

async function mine(actor: Actor, courseId: string) {
  const found = (await myAssignments(db.orm.em.fork(), actor)).find((a) => a.courseId === courseId);
  if (!found) throw new Error('the course is not assigned');
  return found;
}

describe('lesson completion', () => {
  it('counts the lessons done of the published version: "1 of 3", then all', async () => {
    const { built, lessonIds } = await courseWithLessons(false);
    const employee = await newEmployee();
    expect(await mine(employee, built.course.id)).toMatchObject({ lessonsTotal: 3, doneLessonIds: [] });
    const standing = await done(employee, built.course.id, lessonIds[1]!);
    expect(standing).toEqual({ total: 3, doneLessonIds: [lessonIds[1]], remaining: 2 });
    for (const id of lessonIds) await done(employee, built.course.id, id);
    const after = await mine(employee, built.course.id);
    expect([...after.doneLessonIds].sort()).toEqual([...lessonIds].sort());
    // Someone else's progress is theirs alone.
    expect((await mine(await newEmployee(), built.course.id)).doneLessonIds).toEqual([]);
  });

  it('records a lesson on the audit trail the first time only', async () => {
    const { built, lessonIds } = await courseWithLessons(false);
    const employee = await newEmployee();
    await done(employee, built.course.id, lessonIds[0]!);
    await done(employee, built.course.id, lessonIds[0]!);
    const events = await db.orm.em
      .fork()
      .find(AuditEvent, { action: 'training.lesson_done', entityId: built.course.id });
    expect(events).toHaveLength(1);
  });

  it('refuses a lesson the published version does not hold, and a course the person is not enrolled in', async () => {
    const { built } = await courseWithLessons(false);
    const employee = await newEmployee();
    await expect(done(employee, built.course.id, built.pool.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(done(employee, built.course.id, 'not-an-id')).rejects.toBeInstanceOf(NotFoundError);
    const unassigned = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    const version = await publishedVersion(db.orm.em.fork(), unassigned.course.id);
    await expect(done(employee, unassigned.course.id, version!.lessons[0]!.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('keeps a person who started on version 1 on its lessons when version 2 is published', async () => {
    const { built, lessonIds } = await courseWithLessons(false);
    const employee = await newEmployee();
    await done(employee, built.course.id, lessonIds[0]!);
    await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    await inTx(async (em) => {
      await editCourseContent(em, manager, { courseId: built.course.id, lessons: LESSONS.slice(2) });
      await publishCourse(em, manager, { courseId: built.course.id });
    });
    const v1 = { lessonsTotal: 3, doneLessonIds: [lessonIds[0]] };
    expect(await mine(employee, built.course.id)).toMatchObject(v1);
    const standing = await done(employee, built.course.id, lessonIds[1]!);
    expect(standing).toEqual({ total: 3, doneLessonIds: [lessonIds[0], lessonIds[1]], remaining: 1 });
    // A newcomer takes version 2: its one lesson, and none of version 1's.
    const newcomer = await newEmployee();
    expect(await mine(newcomer, built.course.id)).toMatchObject({ lessonsTotal: 1, doneLessonIds: [] });
    await expect(done(newcomer, built.course.id, lessonIds[1]!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('writes one row, and one audit event, for a lesson marked done from many requests at once', async () => {
    const { built, lessonIds } = await courseWithLessons(false);
    const employee = await newEmployee();
    const settled = await concurrently(db.orm, 8, (em) =>
      markLessonDone(em, employee, { courseId: built.course.id, lessonId: lessonIds[0]! }),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    expect(await db.orm.em.fork().count(LessonProgress, { person: employee.personId })).toBe(1);
    expect(
      await db.orm.em
        .fork()
        .count(AuditEvent, { action: 'training.lesson_done', actorPersonId: employee.personId }),
    ).toBe(1);
  });
});

describe('a test that asks for the lessons first', () => {
  it('refuses to start, naming how many lessons are left, until every lesson is done', async () => {
    const { built, lessonIds } = await courseWithLessons(true);
    const employee = await newEmployee();
    expect(await mine(employee, built.course.id)).toMatchObject({
      lessonsRequiredBeforeTest: true,
      canStartAttempt: false,
    });
    await done(employee, built.course.id, lessonIds[0]!);
    const refusal = await inTx((em) => startAttempt(em, employee, { testId: built.test.id })).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).messageKey).toBe('training.attempt.lessonsFirst');
    expect((refusal as ConflictError).params).toEqual({ remaining: 2, total: 3 });
    await done(employee, built.course.id, lessonIds[1]!);
    await done(employee, built.course.id, lessonIds[2]!);
    expect((await mine(employee, built.course.id)).canStartAttempt).toBe(true);
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    expect(attempt.status).toBe('open');
  });

  it('lets a test without the requirement start before any lesson is done', async () => {
    const { built } = await courseWithLessons(false);
    const employee = await newEmployee();
    expect((await mine(employee, built.course.id)).canStartAttempt).toBe(true);
    const attempt = await inTx((em) => startAttempt(em, employee, { testId: built.test.id }));
    expect(attempt.status).toBe('open');
  });
});

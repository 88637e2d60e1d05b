import type { EntityManager } from '@mikro-orm/postgresql';
import { Enrolment } from '../assignments/assignment.entity.js';
import { Attempt, type IAttempt } from '../quiz/attempt.entity.js';
import { CourseVersion, type ICourseVersion, type TestSnapshot } from './course.entity.js';
import type { ICourseTest } from './course-test.entity.js';

/**
 * The version a person is in the middle of: that of their first attempt of the cycle, unless they
 * passed in it (then they finished, and a new start takes the version published now).
 */
function startedVersion(attempts: readonly IAttempt[]): ICourseVersion | null {
  if (attempts.length === 0 || attempts.some((attempt) => attempt.passed === true)) return null;
  return attempts[0]!.courseVersion;
}

/**
 * §35.4: a course is republished while people take it; whoever started the course in the
 * current cycle (an attempt at its test since the cycle began) and has not passed it yet
 * finishes on the version they started — its lessons and its test — and people who start
 * afterwards get the version published now. Null while the course has never been published and
 * the person has not started it.
 */
export async function versionTakenBy(
  em: EntityManager,
  input: { personId: string; courseId: string; since: Date | null },
): Promise<ICourseVersion | null> {
  return versionTakenIn(em, input.courseId, await attemptsAtCourse(em, input));
}

/**
 * The person's attempts at the course's tests since `since` (all of them when null), oldest first,
 * each with the version it was taken on.
 */
export function attemptsAtCourse(
  em: EntityManager,
  input: { personId: string; courseId: string; since: Date | null },
): Promise<IAttempt[]> {
  return em.find(
    Attempt,
    {
      person: input.personId,
      test: { course: input.courseId },
      ...(input.since ? { startedAt: { $gte: input.since } } : {}),
    },
    { orderBy: { startedAt: 'asc', number: 'asc' }, populate: ['courseVersion'] },
  );
}

/** versionTakenBy, for the attempts of the cycle already read (attemptsAtCourse, oldest first). */
export async function versionTakenIn(
  em: EntityManager,
  courseId: string,
  attemptsOfCycle: readonly IAttempt[],
): Promise<ICourseVersion | null> {
  return (
    startedVersion(attemptsOfCycle) ??
    (await em.findOne(CourseVersion, { course: courseId, status: 'published' }))
  );
}

/** The test's settings a version was published with, or the test's own for older versions. */
export function testSettingsOf(version: ICourseVersion, test: ICourseTest): TestSnapshot {
  return (
    version.test ?? {
      draws: test.draws,
      shuffle: test.shuffle,
      timeLimitMinutes: test.timeLimitMinutes ?? null,
      maxAttempts: test.maxAttempts,
      passMark: test.passMark,
      reviewAllowed: test.reviewAllowed,
    }
  );
}

/**
 * The versions whose lessons each of the courses shows the person: the one they started on in
 * the current cycle of their enrolment, else the published one (see versionTakenBy).
 */
export async function lessonVersionsFor(
  em: EntityManager,
  personId: string | null,
  courseIds: readonly string[],
): Promise<Map<string, ICourseVersion>> {
  const found = new Map<string, ICourseVersion>();
  for (const version of await em.find(CourseVersion, {
    course: { $in: [...courseIds] },
    status: 'published',
  })) {
    found.set(version.course.id, version);
  }
  if (!personId || courseIds.length === 0) return found;
  const enrolments = await em.find(
    Enrolment,
    { person: personId, course: { $in: [...courseIds] } },
    { orderBy: { dueOn: 'desc', id: 'asc' } },
  );
  const started = await em.find(
    Attempt,
    { person: personId, test: { course: { $in: [...courseIds] } } },
    { orderBy: { startedAt: 'asc', number: 'asc' }, populate: ['courseVersion', 'test'] },
  );
  for (const courseId of courseIds) {
    const enrolment = enrolments.find((e) => e.course.id === courseId);
    if (!enrolment) continue;
    const since = enrolment.windowStart ?? null;
    const version = startedVersion(
      started.filter(
        (attempt) => attempt.test.course.id === courseId && (!since || attempt.startedAt >= since),
      ),
    );
    if (version) found.set(courseId, version);
  }
  return found;
}

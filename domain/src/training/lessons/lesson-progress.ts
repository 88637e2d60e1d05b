import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { Enrolment } from '../assignments/assignment.entity.js';
import { Course, type ICourseVersion } from '../authoring/course.entity.js';
import { getCourse } from '../authoring/courses.js';
import { versionTakenBy } from '../authoring/version-pinning.js';
import { LessonProgress } from './lesson-progress.entity.js';

/** How far a person is through the lessons of one course version. */
export interface LessonStanding {
  total: number;
  doneLessonIds: string[];
  remaining: number;
}

/** The lessons of the version the person has done, and how many are left. */
export async function lessonStanding(
  em: EntityManager,
  personId: string,
  version: Pick<ICourseVersion, 'id' | 'lessons'>,
): Promise<LessonStanding> {
  const rows = await em.find(
    LessonProgress,
    { person: personId, courseVersion: version.id },
    { fields: ['lessonId'] },
  );
  const done = new Set(rows.map((row) => row.lessonId));
  const doneLessonIds = version.lessons.filter((lesson) => done.has(lesson.id)).map((lesson) => lesson.id);
  return {
    total: version.lessons.length,
    doneLessonIds,
    remaining: version.lessons.length - doneLessonIds.length,
  };
}

/**
 * §35.4: records that the acting person has done a lesson of the course version they take (the
 * one they started on in this cycle, else the one published now — see versionTakenBy): opened a
 * file or a link, started a video, read a text to its end. Doing it again changes nothing; only
 * the first time is on the audit trail. Refused to a person not enrolled in the course (§68:
 * people take the courses assigned to them), and for a lesson that version does not hold.
 */
export async function markLessonDone(
  em: EntityManager,
  actor: Actor,
  input: { courseId: string; lessonId: string },
  now: Date = new Date(),
): Promise<LessonStanding> {
  const course = await getCourse(em, actor, input.courseId);
  const enrolment = await em.findOne(
    Enrolment,
    { person: actor.personId, course: course.id },
    { fields: ['id', 'windowStart'], orderBy: { dueOn: 'desc', id: 'asc' } },
  );
  if (!enrolment) throw ForbiddenError.because('training.lesson.notEnrolled');
  // Shared with other people's progress, never alongside a publication: the version read here
  // stays the one the person takes until the row is written.
  await lockRow(em, Course, course.id, 'share');
  const version = await versionTakenBy(em, {
    personId: actor.personId,
    courseId: course.id,
    since: enrolment.windowStart ?? null,
  });
  if (!version) throw ConflictError.because('training.course.notPublished', { courseId: course.id });
  const lesson = isUuid(input.lessonId) ? version.lessons.find((l) => l.id === input.lessonId) : undefined;
  if (!lesson) throw NotFoundError.forId('Lesson', input.lessonId);
  // One row however many requests mark the lesson at once: the unique key settles the race, and
  // only the request that wrote the row records it.
  const inserted = await em.execute<{ id: string }[]>(
    `insert into lesson_progress (id, organization_id, person_id, course_version_id, lesson_id, done_at)
     values (?, ?, ?, ?, ?, ?)
     on conflict (person_id, course_version_id, lesson_id) do nothing
     returning id`,
    [newId(), actor.organizationId, actor.personId, version.id, lesson.id, now],
  );
  if (inserted.length > 0) {
    await recordAudit(em, actor, {
      organizationId: actor.organizationId,
      action: 'training.lesson_done',
      entityType: 'Course',
      entityId: course.id,
      data: { version: version.number, lessonId: lesson.id, kind: lesson.kind },
    });
  }
  return lessonStanding(em, actor.personId, version);
}

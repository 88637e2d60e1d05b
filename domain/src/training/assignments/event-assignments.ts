import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Course } from '../authoring/course.entity.js';
import { publishedVersion } from '../authoring/courses.js';
import { Assignment, type IAssignment } from './assignment.entity.js';
import { enrolAudience } from './enrolment-sync.js';

/** A course another part of the suite assigns to named people because something happened. */
export interface EventAssignmentInput {
  courseId: string;
  personIds: readonly string[];
  dueOn: string;
  /** What assigned it, kept with the assignment: e.g. `conflict_of_interest:<case id>`. */
  trigger: string;
}

/** A course people can be assigned by an event: published, of the organisation. */
export interface AssignableCourse {
  id: string;
  title: LocalizedText;
  topic: string;
}

/** The organisation's published courses, by title: what an event may assign. */
export async function assignableCourses(
  em: EntityManager,
  organizationId: string,
): Promise<AssignableCourse[]> {
  const rows = await em.execute<{ id: string; title: LocalizedText; topic: string }[]>(
    `select c.id, c.title, c.topic from course c
      where c.organization_id = ? and exists (
        select 1 from course_version v where v.course_id = c.id and v.status = 'published')
      order by c.title->>'ru', c.id`,
    [organizationId],
  );
  return rows.map((row) => ({ id: row.id, title: row.title, topic: row.topic }));
}

/**
 * Event-triggered training (§15.4, §19): assigns a published course to named people, due on a
 * day from today on, and enrols them at once. The caller answers for who may — a measure decided
 * on a conflict of interest, say — so no training role is asked for here; the trail records the
 * trigger and the actor.
 */
export async function assignCourseForEvent(
  em: EntityManager,
  actor: Actor,
  input: EventAssignmentInput,
  now: Date,
): Promise<{ assignment: IAssignment; enrolled: number }> {
  const course = isUuid(input.courseId)
    ? await em.findOne(Course, { id: input.courseId, organization: actor.organizationId })
    : null;
  if (!course || !(await publishedVersion(em, course.id)))
    throw NotFoundError.forId('Course', input.courseId);
  const dueOn: CalendarDay | null = parseCalendarDay(input.dueOn);
  const today = kazakhstanDay(now);
  if (!dueOn || dueOn < today)
    throw ValidationError.because('training.assignment.eventDueOn', { field: 'dueOn', today });
  const personIds = [...new Set(input.personIds)];
  const assignment = em.create(Assignment, {
    id: newId(),
    organization: actor.organizationId,
    course,
    audience: 'people',
    orgUnitIds: [],
    personIds,
    trigger: input.trigger,
    role: null,
    newHireMonths: null,
    dueOn,
    recurrence: 'once',
    active: true,
    createdBy: actor.personId,
  });
  const enrolled = await enrolAudience(em, assignment, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.assignment_created',
    entityType: 'Assignment',
    entityId: assignment.id,
    data: { courseId: course.id, audience: 'people', personIds, dueOn, trigger: input.trigger, enrolled },
  });
  return { assignment, enrolled };
}

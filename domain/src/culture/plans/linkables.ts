import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { assignableCourses } from '../../training/assignments/event-assignments.js';
import { TrainingSession } from '../../training/sessions/session.entity.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';

/** A published course a test activity may take its results from (§35.3). */
export interface LinkableCourse {
  id: string;
  title: LocalizedText;
}

/** A training session a classroom activity may record its attendance in. */
export interface LinkableSession {
  id: string;
  topic: LocalizedText;
  plannedOn: CalendarDay;
}

/**
 * The organisation's published courses, for the activity's course picker. The planners link them
 * without reading training's records (the ethics commissioner holds no training role), so only a
 * course's name is given.
 */
export async function cultureLinkableCourses(em: EntityManager, actor: Actor): Promise<LinkableCourse[]> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'draft the culture plan');
  const courses = await assignableCourses(em, actor.organizationId);
  return courses.map((course) => ({ id: course.id, title: course.title }));
}

/** The year's training sessions not cancelled, by day, for the activity's session picker. */
export async function cultureLinkableSessions(
  em: EntityManager,
  actor: Actor,
  year: number,
): Promise<LinkableSession[]> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'draft the culture plan');
  const sessions = await em.find(
    TrainingSession,
    {
      organization: actor.organizationId,
      status: { $ne: 'cancelled' },
      plannedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
    },
    { orderBy: { plannedOn: 'asc', createdAt: 'asc' } },
  );
  return sessions.map((session) => ({
    id: session.id,
    topic: session.topic,
    plannedOn: toDay(session.plannedOn),
  }));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { COMPLETION_READERS, TRAINING_MANAGERS } from '../../training/training-roles.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import { TrainingSession, type SessionStatus } from '../../training/sessions/session.entity.js';
import { summariseSessions } from '../../training/sessions/sessions.js';
import { checkYear } from './filing.js';
import { FINANCIAL_READERS } from './financial-roles.js';

/** §29: one of the first head's explanatory meetings on publishing declaration data, as Training records it. */
export interface DeclarationMeeting {
  /** The training session's id: Training plans it, records who came, and marks it held. */
  sessionId: string;
  status: SessionStatus;
  /** The day it was held, or, until then, the day it is planned for. */
  day: CalendarDay;
  attended: number;
  absent: number;
}

export interface DeclarationMeetings {
  meetings: DeclarationMeeting[];
  /** At least one was held in the year: §29 recommends the event once a year. */
  held: boolean;
  /** The viewer plans training sessions, so may plan the meeting (Training's managers). */
  viewerPlans: boolean;
  /** The viewer may open Training's session pages (its readers); HR, for one, may not. */
  viewerOpens: boolean;
}

/**
 * §29: the first head's meetings for all employees explaining the publication of declaration
 * data in `year` — the training sessions of kind `declaration_meeting` held, or planned, that
 * year — with their attendance counts, and whether one was held.
 */
export async function declarationMeetings(
  em: EntityManager,
  actor: Actor,
  year: number,
): Promise<DeclarationMeetings> {
  requireAnyRole(actor, FINANCIAL_READERS, "read the first head's declaration meetings");
  checkYear(year);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const sessions = await em.find(
    TrainingSession,
    {
      organization: actor.organizationId,
      kind: 'declaration_meeting',
      $or: [{ heldOn: { $gte: from, $lte: to } }, { heldOn: null, plannedOn: { $gte: from, $lte: to } }],
    },
    { orderBy: { plannedOn: 'asc', id: 'asc' } },
  );
  const meetings = (await summariseSessions(em, sessions)).map(({ session, attended, absent }) => ({
    sessionId: session.id,
    status: session.status,
    day: session.heldOn ?? session.plannedOn,
    attended,
    absent,
  }));
  return {
    meetings,
    held: meetings.some((meeting) => meeting.status === 'held'),
    viewerPlans: hasAnyRole(actor, TRAINING_MANAGERS),
    viewerOpens: hasAnyRole(actor, COMPLETION_READERS),
  };
}

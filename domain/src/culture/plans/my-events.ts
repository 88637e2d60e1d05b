import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addCalendarDays, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { audienceCondition } from '../../training/assignments/audience.js';
import { CultureActivity, type ActivityKind, type ActivityStatus } from './culture-activity.entity.js';

/** An activity of the approved plan that the person is in the audience of. */
export interface CultureEvent {
  activityId: string;
  planYear: number;
  kind: ActivityKind;
  title: string;
  description: string | null;
  deadline: CalendarDay;
  status: ActivityStatus;
  heldOn: CalendarDay | null;
}

/** How far back a held event stays on the list, and how far ahead one is shown. */
const RECENT_DAYS = 30;
const AHEAD_DAYS = 90;

/**
 * §35, §68: the events of the organisation's approved plans the person is invited to — their
 * audience takes them in as training's assignments take people in — from a month back to three
 * months ahead, cancelled ones left out.
 */
export async function myCultureEvents(em: EntityManager, actor: Actor, now: Date): Promise<CultureEvent[]> {
  const today = kazakhstanDay(now);
  const candidates = await em.find(
    CultureActivity,
    {
      organization: actor.organizationId,
      status: { $ne: 'cancelled' },
      deadline: { $gte: addCalendarDays(today, -RECENT_DAYS), $lte: addCalendarDays(today, AHEAD_DAYS) },
      // What is carried out is an approved version: an approved plan, or one amended after approval.
      plan: {
        $or: [
          { status: { $in: ['approved', 'in_execution'] } },
          { version: { $gt: 1 }, status: { $ne: 'closed' } },
        ],
      },
    },
    { populate: ['plan'], orderBy: { deadline: 'asc' } },
  );
  if (candidates.length === 0) return [];
  // One round trip: each candidate's own audience condition, on the person alone.
  const bound: unknown[] = [];
  const checks = candidates.map((activity) => {
    const audience = audienceCondition(activity, today);
    bound.push(activity.id, ...audience.params, actor.personId);
    return `select cast(? as uuid) as id where exists (select 1 from person p
        join org_unit u on u.id = p.org_unit_id left join position pos on pos.id = p.position_id
        where ${audience.sql} and p.id = ?)`;
  });
  const rows = await em.execute<{ id: string }[]>(checks.join(' union all '), bound);
  const invited = new Set(rows.map((row) => row.id));
  return candidates
    .filter((activity) => invited.has(activity.id))
    .map((activity) => ({
      activityId: activity.id,
      planYear: activity.plan.year,
      kind: activity.kind,
      title: activity.title,
      description: activity.description ?? null,
      deadline: toDay(activity.deadline),
      status: activity.status,
      heldOn: activity.heldOn ? toDay(activity.heldOn) : null,
    }));
}

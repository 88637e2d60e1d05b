import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addCalendarDays } from '../../kernel/working-days.js';
import type { WorkItem, WorkUrgency } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import {
  ConflictOfInterestCase,
  type ConflictCaseStatus,
  type IConflictOfInterestCase,
} from './conflict-of-interest-case.entity.js';
import { CONFLICT_CONCLUDERS, CONFLICT_DECIDERS, CONFLICT_TRANSFER_RECORDERS } from './conflict-roles.js';
import { openStep } from './conflict-view.js';

const PLUGIN = 'declarations';
/** How many cases of a kind the home page names; the rest are one item with their count. */
export const CONFLICTS_NAMED_PER_KIND = 5;
/** A step due within this many calendar days is "due soon". */
const DUE_SOON_DAYS = 2;

function urgencyOf(dueOn: string | null, today: string): WorkUrgency {
  if (!dueOn) return 'waiting';
  if (today > dueOn) return 'overdue';
  return dueOn <= addCalendarDays(today, DUE_SOON_DAYS) ? 'due_soon' : 'upcoming';
}

const DUE_FIELD: Record<Exclude<ConflictCaseStatus, 'settled'>, keyof IConflictOfInterestCase> = {
  awaiting_forward: 'forwardDueOn',
  awaiting_conclusion: 'concludeDueOn',
  awaiting_decision: 'decideDueOn',
  awaiting_transfer: 'transferDueOn',
};

/** One kind: the actor's cases at one step, the most urgent named, the rest counted. */
async function kindItems(
  em: EntityManager,
  actor: Actor,
  kind: string,
  status: Exclude<ConflictCaseStatus, 'settled'>,
  where: FilterQuery<IConflictOfInterestCase>,
  now: Date,
): Promise<WorkItem[]> {
  const today = kazakhstanDay(now);
  // A party to a case takes no step on it (§15), so it is never their work.
  const filter = {
    $and: [
      where,
      { organization: actor.organizationId, status },
      { notifier: { $ne: actor.personId } },
      { $or: [{ relatedEmployee: null }, { relatedEmployee: { $ne: actor.personId } }] },
    ],
  } as FilterQuery<IConflictOfInterestCase>;
  const [rows, total] = await em.findAndCount(ConflictOfInterestCase, filter, {
    orderBy: [{ [DUE_FIELD[status]]: 'asc' }, { number: 'asc' }],
    limit: CONFLICTS_NAMED_PER_KIND,
  });
  const items: WorkItem[] = rows.map((row) => {
    const { dueOn } = openStep(row);
    return {
      id: `${PLUGIN}:${kind}:${row.id}`,
      plugin: PLUGIN,
      kind,
      subject: { kk: row.number, ru: row.number, en: row.number },
      urgency: urgencyOf(dueOn, today),
      dueAt: null,
      dueOn,
      path: `/declarations/conflicts/${row.id}`,
      count: null,
    };
  });
  if (total > rows.length) {
    const last = rows.at(-1);
    items.push({
      id: `${PLUGIN}:${kind}_more`,
      plugin: PLUGIN,
      kind: `${kind}_more`,
      subject: null,
      urgency: last ? urgencyOf(openStep(last).dueOn, today) : 'upcoming',
      dueAt: null,
      dueOn: null,
      path: '/declarations/conflicts',
      count: total - rows.length,
    });
  }
  return items;
}

/**
 * My work (§15): the notifications a manager is to forward, those the responsible unit is to
 * conclude on, the decisions of the first head or the named deputy, and the transfers to record.
 */
export const CONFLICT_WORK = {
  context: 'declarations.conflicts',
  async items(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
    const items: WorkItem[] = [];
    items.push(
      ...(await kindItems(
        em,
        actor,
        'conflict_to_forward',
        'awaiting_forward',
        { forwardOwner: actor.personId },
        now,
      )),
    );
    if (hasAnyRole(actor, CONFLICT_CONCLUDERS))
      items.push(...(await kindItems(em, actor, 'conflict_to_conclude', 'awaiting_conclusion', {}, now)));
    const decides = hasAnyRole(actor, CONFLICT_DECIDERS)
      ? { $or: [{ deputy: actor.personId }, { deputy: null }] }
      : { deputy: actor.personId };
    items.push(...(await kindItems(em, actor, 'conflict_to_decide', 'awaiting_decision', decides, now)));
    if (hasAnyRole(actor, CONFLICT_TRANSFER_RECORDERS))
      items.push(...(await kindItems(em, actor, 'conflict_transfer_due', 'awaiting_transfer', {}, now)));
    return items;
  },
};

registerWorkProvider(CONFLICT_WORK);

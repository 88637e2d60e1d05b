import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addCalendarDays, addMonths } from '../../kernel/working-days.js';
import { lastEndedQuarter } from '../../kernel/quarters.js';
import { ConflictQuarterlyAnalysis } from './conflict-quarterly-analysis.entity.js';
import { type WorkItem, type WorkUrgency, dayUrgency } from '../../work/work-item.js';
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
  return dayUrgency(dueOn || null, today, DUE_SOON_DAYS);
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
 * §14: the quarterly analysis of the quarter that ended, until it is marked reviewed; due by the
 * end of the quarter after it.
 */
async function quarterlyAnalysisItem(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  const quarter = lastEndedQuarter(now);
  const reviewed = await em.count(ConflictQuarterlyAnalysis, {
    organization: actor.organizationId,
    quarter,
    reviewedAt: { $ne: null },
  });
  if (reviewed > 0) return [];
  const today = kazakhstanDay(now);
  // The last day of the quarter running now, the one after the quarter analysed.
  const quarterStart = `${today.slice(0, 5)}${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const dueOn = addCalendarDays(addMonths(quarterStart, 3), -1);
  return [
    {
      id: `${PLUGIN}:conflict_quarterly_analysis:${quarter}`,
      plugin: PLUGIN,
      kind: 'conflict_quarterly_analysis',
      subject: quarterWords(quarter),
      urgency: urgencyOf(dueOn, today) === 'upcoming' ? 'waiting' : urgencyOf(dueOn, today),
      dueAt: null,
      dueOn,
      // The analysis page opens on the quarter that ended, where its matches are reviewed.
      path: '/declarations/conflicts/analysis',
      count: null,
    },
  ];
}

/** `2026-Q3` as people say it: "2026 жылғы 3-тоқсан", "3-й квартал 2026 года", "Q3 2026". */
function quarterWords(quarter: string): { kk: string; ru: string; en: string } {
  const [year, q] = quarter.split('-Q');
  return { kk: `${year} жылғы ${q}-тоқсан`, ru: `${q}-й квартал ${year} года`, en: `Q${q} ${year}` };
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
    if (hasAnyRole(actor, CONFLICT_CONCLUDERS)) items.push(...(await quarterlyAnalysisItem(em, actor, now)));
    return items;
  },
};

registerWorkProvider(CONFLICT_WORK);

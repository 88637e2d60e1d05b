import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../kernel/actor.js';
import type { LocalizedText } from '../kernel/locale.js';
import type { WorkItem, WorkUrgency } from '../work/work-item.js';
import { registerWorkProvider } from '../work/work-registry.js';
import { casesAwaitingAlternateHandler } from './cases/awaiting-alternate.js';
import { alternateHandlerOf } from './cases/case-handler.js';
import { casesShownWhole } from './cases/case-list.js';
import { formatCaseNumber } from './cases/case-number.js';
import { hotlineDashboard } from './reports/dashboard.js';
import { countFlaggedHrActionsNotFinal } from './protection/hr-actions.js';
import { HotlineReport, type IHotlineReport } from './cases/hotline-report.entity.js';
import { pendingDisclosureDecisions } from './identity/identity.js';
import { listOpenRecommendations } from './recommendations/recommendations.js';
import {
  ALTERNATE_HANDLER_APPOINTERS,
  HOTLINE_DASHBOARD_READERS,
  HOTLINE_INVESTIGATORS,
  HOTLINE_MANAGERS,
  HOTLINE_OVERSIGHT,
} from './hotline-roles.js';
import { HR_OFFICERS, PROTECTION_READERS, PROTECTION_TASK_OWNERS } from './protection/protection-roles.js';
import { HotlineProtectionTask } from './protection/hotline-protection-task.entity.js';
import { kazakhstanDay } from '../kernel/kazakhstan-time.js';

const PLUGIN = 'hotline';
const HOUR_MS = 3_600_000;
/** A check whose deadline is this near is "due soon" on the home page. */
const PROCESSING_DUE_SOON_DAYS = 3;
/**
 * How many cases of each kind the home page names, most urgent first; the others of the kind are
 * one item with their count, which links to the queue. However long the queue, the home page
 * reads a count and this many rows per kind.
 */
export const CASES_NAMED_PER_KIND = 5;

/** A case number reads the same in every language. */
function caseNumber(number: string): LocalizedText {
  return { kk: number, ru: number, en: number };
}

function item(kind: string, ref: string, fields: Omit<WorkItem, 'id' | 'plugin' | 'kind'>): WorkItem {
  return { id: `${PLUGIN}:${kind}:${ref}`, plugin: PLUGIN, kind, ...fields };
}

/** §69: the first response is due within 24 hours of receipt: never less than due soon. */
function acknowledgementUrgency(report: CaseRow, now: Date): WorkUrgency {
  return report.acknowledgeBy.getTime() < now.getTime() ? 'overdue' : 'due_soon';
}

function processingUrgency(report: CaseRow, now: Date): WorkUrgency {
  const left = report.processBy.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= PROCESSING_DUE_SOON_DAYS * 24 * HOUR_MS ? 'due_soon' : 'upcoming';
}

type CaseRow = Pick<IHotlineReport, 'id' | 'number' | 'receivedAt' | 'acknowledgeBy' | 'processBy'>;

/** One kind of case item: which cases, in what order (the most urgent first), and how urgent and due each is. */
interface CaseKind {
  kind: string;
  /** The kind of the item that counts the cases not named. */
  more: string;
  where: FilterQuery<IHotlineReport>;
  deadline: 'acknowledgeBy' | 'processBy';
  urgency(report: CaseRow, now: Date): WorkUrgency;
}

/**
 * The kind's most urgent cases, each an item, and one more item counting the rest: two bounded
 * queries, a count and a page of `CASES_NAMED_PER_KIND` + 1 rows (the one past the page tells the
 * rest's urgency).
 */
async function caseKindItems(em: EntityManager, kind: CaseKind, now: Date): Promise<WorkItem[]> {
  const [rows, total] = await em.findAndCount(HotlineReport, kind.where, {
    orderBy: [{ [kind.deadline]: 'asc' }, { number: 'asc' }],
    limit: CASES_NAMED_PER_KIND + 1,
  });
  const named = rows.slice(0, CASES_NAMED_PER_KIND).map((report) =>
    item(kind.kind, report.id, {
      subject: caseNumber(formatCaseNumber(report.number, report.receivedAt)),
      urgency: kind.urgency(report, now),
      dueAt: report[kind.deadline],
      dueOn: null,
      path: `/hotline/cases/${report.id}`,
      count: null,
    }),
  );
  const firstOfRest = rows[CASES_NAMED_PER_KIND];
  if (!firstOfRest) return named;
  return [
    ...named,
    item(kind.more, 'all', {
      subject: null,
      // Ordered by the deadline, so the first of the rest is the most urgent of them.
      urgency: kind.urgency(firstOfRest, now),
      dueAt: null,
      dueOn: null,
      path: '/hotline',
      count: total - named.length,
    }),
  ];
}

/**
 * §69: the cases the actor handles, as their queue shows them (number and deadlines, no
 * content): to acknowledge within 24 hours, to triage, and — for whoever runs a check, the
 * investigator and the alternate handler — its processing deadline. The compliance head, who
 * sees every case, is shown only the checks already past it.
 */
async function caseItems(
  em: EntityManager,
  actor: Actor,
  now: Date,
  alternate: boolean,
): Promise<WorkItem[]> {
  const head = hasAnyRole(actor, HOTLINE_MANAGERS);
  if (!head && !alternate && !hasAnyRole(actor, HOTLINE_INVESTIGATORS)) return [];
  const open: FilterQuery<IHotlineReport> = {
    $and: [await casesShownWhole(em, actor), { status: { $ne: 'closed' } }],
  };
  const acknowledged = { $and: [open, { acknowledgedAt: { $ne: null } }] };
  const kinds: CaseKind[] = [
    {
      kind: 'case_to_acknowledge',
      more: 'more_cases_to_acknowledge',
      where: { $and: [open, { acknowledgedAt: null }] },
      deadline: 'acknowledgeBy',
      urgency: acknowledgementUrgency,
    },
    ...(head
      ? [
          {
            kind: 'case_to_triage',
            more: 'more_cases_to_triage',
            where: { $and: [acknowledged, { scope: 'pending' as const }] },
            deadline: 'processBy' as const,
            urgency: () => 'waiting' as const,
          },
        ]
      : []),
    {
      kind: 'case_deadline',
      more: 'more_case_deadlines',
      where: head
        ? { $and: [acknowledged, { scope: { $ne: 'pending' as const } }, { processBy: { $lt: now } }] }
        : acknowledged,
      deadline: 'processBy',
      urgency: processingUrgency,
    },
  ];
  // One after the other: they share this provider's entity manager.
  const items: WorkItem[] = [];
  for (const kind of kinds) items.push(...(await caseKindItems(em, kind, now)));
  return items;
}

/** The disclosure requests waiting for the actor's decision (four eyes, ADR 008), as the queue's panel lists them. */
async function disclosureItems(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  return (await pendingDisclosureDecisions(em, actor)).map((request) =>
    item('disclosure_request', request.id, {
      subject: caseNumber(request.caseNumber),
      urgency: 'waiting',
      dueAt: null,
      dueOn: null,
      path: '/hotline',
      count: null,
    }),
  );
}

/** §69: recommendations of the actor's cases past their due date, monitored until done. */
async function recommendationItems(
  em: EntityManager,
  actor: Actor,
  now: Date,
  alternate: boolean,
): Promise<WorkItem[]> {
  if (!alternate && !hasAnyRole(actor, [...HOTLINE_MANAGERS, ...HOTLINE_OVERSIGHT])) return [];
  return (await listOpenRecommendations(em, actor, { overdueOnly: true }, now)).map((r) =>
    item('recommendation_overdue', r.id, {
      subject: caseNumber(r.caseNumber),
      urgency: 'overdue',
      dueAt: null,
      dueOn: r.dueOn,
      path: `/hotline/cases/${r.caseId}`,
      count: null,
    }),
  );
}

/**
 * ADR 008: cases that name a compliance head wait for the first head to name an alternate
 * handler. A count as the dashboard shows it: null for 1 to 4.
 */
async function alternateHandlerItems(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, ALTERNATE_HANDLER_APPOINTERS)) return [];
  const waiting = await casesAwaitingAlternateHandler(em, actor);
  if (waiting.count === 0) return [];
  return [
    item('alternate_handler_needed', 'all', {
      subject: null,
      urgency: 'overdue',
      dueAt: null,
      dueOn: null,
      path: '/hotline/settings',
      count: waiting.count,
    }),
  ];
}

/**
 * §69: those who oversee the hotline through aggregates (first head, board, auditors) see how
 * many cases are past their 24 hours, a count as the dashboard shows it, never a case.
 */
async function overdueSummaryItems(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (hasAnyRole(actor, HOTLINE_MANAGERS) || !hasAnyRole(actor, HOTLINE_DASHBOARD_READERS)) return [];
  const overdue = (await hotlineDashboard(em, actor, {}, now)).overdueAcknowledgements;
  if (overdue.count === 0) return [];
  return [
    item('cases_overdue_summary', 'all', {
      subject: null,
      urgency: 'overdue',
      dueAt: null,
      dueOn: null,
      path: '/hotline/dashboard',
      count: overdue.count,
    }),
  ];
}

/** §40.1: HR actions against protected people, flagged and not yet final, for HR and the compliance head. */
async function hrActionItems(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, [...HR_OFFICERS, ...PROTECTION_READERS])) return [];
  const waiting = await countFlaggedHrActionsNotFinal(em, actor);
  if (waiting === 0) return [];
  return [
    item('hr_actions_flagged', 'all', {
      subject: null,
      urgency: 'waiting',
      dueAt: null,
      dueOn: null,
      path: '/hotline/protection',
      count: waiting,
    }),
  ];
}

/**
 * ISO 37002 §8.4: the protection tasks the actor owns that are past their review date, each an
 * item (an owner holds few; the page lists them all).
 */
async function protectionTaskItems(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, PROTECTION_TASK_OWNERS)) return [];
  const overdue = await em.find(
    HotlineProtectionTask,
    {
      organization: actor.organizationId,
      owner: actor.personId,
      completedAt: null,
      reviewOn: { $lt: kazakhstanDay(now) },
    },
    { populate: ['report'], orderBy: { reviewOn: 'asc', id: 'asc' }, limit: CASES_NAMED_PER_KIND },
  );
  return overdue.map((task) =>
    item('protection_task_overdue', task.id, {
      subject: caseNumber(formatCaseNumber(task.report.number, task.report.receivedAt)),
      urgency: 'overdue',
      dueAt: null,
      dueOn: task.reviewOn,
      path: '/hotline/protection',
      count: null,
    }),
  );
}

export const HOTLINE_WORK = {
  context: PLUGIN,
  async items(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
    // The alternate handler may hold any role (ADR 008): asked once, for every part below.
    const alternate = (await alternateHandlerOf(em, actor.organizationId)) === actor.personId;
    // One after the other: they share this provider's entity manager and its identity map.
    return [
      ...(await caseItems(em, actor, now, alternate)),
      ...(await disclosureItems(em, actor)),
      ...(await recommendationItems(em, actor, now, alternate)),
      ...(await alternateHandlerItems(em, actor)),
      ...(await overdueSummaryItems(em, actor, now)),
      ...(await hrActionItems(em, actor)),
      ...(await protectionTaskItems(em, actor, now)),
    ];
  },
};

registerWorkProvider(HOTLINE_WORK);

import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../kernel/actor.js';
import type { LocalizedText } from '../kernel/locale.js';
import type { WorkItem, WorkUrgency } from '../work/work-item.js';
import { registerWorkProvider } from '../work/work-registry.js';
import { casesAwaitingAlternateHandler } from './awaiting-alternate.js';
import { alternateHandlerOf } from './case-handler.js';
import { listHotlineCases, MAX_CASE_PAGE } from './case-list.js';
import type { HotlineCaseSummary } from './case-summary.js';
import { hotlineDashboard } from './dashboard.js';
import { listHrActions } from './hr-actions.js';
import { pendingDisclosureDecisions } from './identity.js';
import { listOpenRecommendations } from './recommendations.js';
import {
  ALTERNATE_HANDLER_APPOINTERS,
  HOTLINE_DASHBOARD_READERS,
  HOTLINE_INVESTIGATORS,
  HOTLINE_MANAGERS,
  HOTLINE_OVERSIGHT,
} from './hotline-roles.js';
import { HR_OFFICERS, PROTECTION_READERS } from './protection-roles.js';

const PLUGIN = 'hotline';
const HOUR_MS = 3_600_000;
/** A check whose deadline is this near is "due soon" on the home page. */
const PROCESSING_DUE_SOON_DAYS = 3;

/** A case number reads the same in every language. */
function caseNumber(number: string): LocalizedText {
  return { kk: number, ru: number, en: number };
}

function item(kind: string, ref: string, fields: Omit<WorkItem, 'id' | 'plugin' | 'kind'>): WorkItem {
  return { id: `${PLUGIN}:${kind}:${ref}`, plugin: PLUGIN, kind, ...fields };
}

/** Every case the queue shows the actor in full (withheld rows tell nothing to act on), a page at a time. */
async function visibleCases(em: EntityManager, actor: Actor, now: Date): Promise<HotlineCaseSummary[]> {
  const cases: HotlineCaseSummary[] = [];
  for (let offset = 0; ; offset += MAX_CASE_PAGE) {
    const page = await listHotlineCases(em, actor, { offset, limit: MAX_CASE_PAGE }, now);
    for (const row of page.items) if (!row.withheld) cases.push(row);
    if (offset + MAX_CASE_PAGE >= page.total) return cases;
  }
}

/** §69: the first response is due within 24 hours of receipt: never less than due soon. */
function acknowledgementUrgency(summary: HotlineCaseSummary): WorkUrgency {
  return summary.overdueAcknowledgement ? 'overdue' : 'due_soon';
}

function processingUrgency(summary: HotlineCaseSummary, now: Date): WorkUrgency {
  const left = summary.processBy.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= PROCESSING_DUE_SOON_DAYS * 24 * HOUR_MS ? 'due_soon' : 'upcoming';
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
  return (await visibleCases(em, actor, now)).flatMap((summary): WorkItem[] => {
    if (summary.status === 'closed') return [];
    const path = `/hotline/cases/${summary.id}`;
    const subject = caseNumber(summary.number);
    if (!summary.acknowledgedAt) {
      const urgency = acknowledgementUrgency(summary);
      return [
        item('case_to_acknowledge', summary.id, {
          subject,
          urgency,
          dueAt: summary.acknowledgeBy,
          dueOn: null,
          path,
          count: null,
        }),
      ];
    }
    if (head && summary.scope === 'pending') {
      return [
        item('case_to_triage', summary.id, {
          subject,
          urgency: 'waiting',
          dueAt: summary.processBy,
          dueOn: null,
          path,
          count: null,
        }),
      ];
    }
    const urgency = processingUrgency(summary, now);
    if (head && urgency !== 'overdue') return [];
    return [
      item('case_deadline', summary.id, {
        subject,
        urgency,
        dueAt: summary.processBy,
        dueOn: null,
        path,
        count: null,
      }),
    ];
  });
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
  const waiting = (await listHrActions(em, actor, { flaggedOnly: true })).filter((a) => a.status !== 'final');
  if (waiting.length === 0) return [];
  return [
    item('hr_actions_flagged', 'all', {
      subject: null,
      urgency: 'waiting',
      dueAt: null,
      dueOn: null,
      path: '/hotline/protection',
      count: waiting.length,
    }),
  ];
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
    ];
  },
};

registerWorkProvider(HOTLINE_WORK);

import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { isHotlineManager } from './case-access.js';
import { alternateHandlerOf, caseHandlings, casesNaming, escalatedCaseIds } from './case-handler.js';
import { parseCaseNumber } from './case-number.js';
import { normalizeLabels } from './case-marking.js';
import { caseOrder, type HotlineCaseSort } from './case-sort.js';
import { assigneesOf, caseSummary, withheldSummary, type HotlineQueueItem } from './case-summary.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import {
  HotlineReport,
  type HotlineCategory,
  type HotlineChannel,
  type HotlinePriority,
  type HotlineScope,
  type HotlineStatus,
  type IHotlineReport,
} from './hotline-report.entity.js';
import { HOTLINE_INVESTIGATORS, HOTLINE_MANAGERS, HOTLINE_OVERSIGHT } from '../hotline-roles.js';

export interface HotlineCaseFilter {
  status?: HotlineStatus | null;
  category?: HotlineCategory | null;
  scope?: HotlineScope | null;
  channel?: HotlineChannel | null;
  priority?: HotlinePriority | null;
  /** Cases that carry every one of these labels. */
  labels?: readonly string[] | null;
  /** Only cases whose acknowledgement is overdue (§69: 24 hours). */
  overdueOnly?: boolean | null;
  /** A case number: "HL-2026-0012", "0012" or "12". */
  search?: string | null;
  assignedToMe?: boolean | null;
  /** Newest first when absent. */
  sort?: HotlineCaseSort | null;
  offset?: number | null;
  limit?: number | null;
}

export const DEFAULT_CASE_PAGE = 25;
export const MAX_CASE_PAGE = 100;

/** Who the actor is to the queue, and which cases it shows them whole. */
interface QueueScope {
  /** A compliance head: the whole queue, the cases that name a compliance head withheld. */
  head: boolean;
  /** The cases assigned to the actor that do not name them. */
  assigned: string[];
  /** The cases the actor works on: assigned to them, or run by them as the alternate handler. */
  whole: Set<string>;
  /** The cases a head sees only as a withheld row (ADR 008). */
  withheld: Set<string>;
}

async function queueScope(em: EntityManager, actor: Actor): Promise<QueueScope> {
  const head = isHotlineManager(actor);
  const investigator = hasAnyRole(actor, HOTLINE_INVESTIGATORS);
  const alternate = (await alternateHandlerOf(em, actor.organizationId)) === actor.personId;
  if (!head && !investigator && !alternate) {
    requireAnyRole(
      actor,
      [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS, ...HOTLINE_OVERSIGHT],
      'see hotline cases',
    );
  }
  const named = await casesNaming(em, actor.personId);
  const escalated = head || alternate ? await escalatedCaseIds(em, actor.organizationId) : new Set<string>();
  const assigned = investigator
    ? (
        await em.find(
          HotlineCaseAssignment,
          { investigator: actor.personId, unassignedAt: null, organization: actor.organizationId },
          { fields: ['report'] },
        )
      )
        .map((a) => a.report.id)
        .filter((id) => !named.has(id))
    : [];
  const whole = new Set([...assigned, ...(alternate ? [...escalated].filter((id) => !named.has(id)) : [])]);
  const withheld = new Set(head ? [...escalated].filter((id) => !whole.has(id)) : []);
  return { head, assigned, whole, withheld };
}

/**
 * The cases the actor's queue shows whole (a withheld row tells nothing to act on), as a
 * condition on `HotlineReport`, for the home page to count and pick from in SQL.
 */
export async function casesShownWhole(em: EntityManager, actor: Actor): Promise<FilterQuery<IHotlineReport>> {
  const { head, whole, withheld } = await queueScope(em, actor);
  if (!head) return { organization: actor.organizationId, id: { $in: [...whole] } };
  return withheld.size > 0
    ? { organization: actor.organizationId, id: { $nin: [...withheld] } }
    : { organization: actor.organizationId };
}

/**
 * The hotline queue, newest first unless sorted otherwise, no content. A compliance head sees every case of the
 * organisation — those that name a compliance head only as a withheld row (number, date,
 * status, who handles it: ADR 008), and never through a filter on what they are about; an
 * investigator the cases assigned to them; the alternate handler the cases that name a
 * compliance head. Nobody sees a case that names them, except as that withheld row.
 */
export async function listHotlineCases(
  em: EntityManager,
  actor: Actor,
  filter: HotlineCaseFilter = {},
  now: Date = new Date(),
): Promise<{ total: number; items: HotlineQueueItem[] }> {
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? DEFAULT_CASE_PAGE;
  const scope = await queueScope(em, actor);
  if (!Number.isInteger(offset) || offset < 0)
    throw ValidationError.because('kernel.offset', { field: 'offset' });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CASE_PAGE) {
    throw ValidationError.because('kernel.pageSize', { field: 'limit', max: MAX_CASE_PAGE });
  }
  const where: FilterQuery<IHotlineReport> & Record<string, unknown> = { organization: actor.organizationId };
  if (filter.status) where.status = filter.status;
  if (filter.category) where.category = filter.category;
  if (filter.scope) where.scope = filter.scope;
  if (filter.channel) where.channel = filter.channel;
  if (filter.priority) where.priority = filter.priority;
  const labels = filter.labels?.length ? normalizeLabels(filter.labels) : [];
  if (labels.length > 0) where.labels = { $contains: labels };
  if (filter.overdueOnly) {
    where.acknowledgedAt = null;
    where.status = filter.status && filter.status !== 'closed' ? filter.status : { $ne: 'closed' };
    where.acknowledgeBy = { $lt: now };
  }
  const search = filter.search?.trim();
  if (search) {
    const number = parseCaseNumber(search);
    if (number === null) return { total: 0, items: [] };
    where.number = number;
  }
  const wholeQueue = scope.head && !filter.assignedToMe;
  const withheld = wholeQueue ? scope.withheld : new Set<string>();
  if (!wholeQueue) {
    where.id = { $in: filter.assignedToMe ? scope.assigned : [...scope.whole] };
  } else if (
    withheld.size > 0 &&
    (filter.category ||
      filter.scope ||
      filter.overdueOnly ||
      filter.channel ||
      filter.priority ||
      labels.length > 0)
  ) {
    // A filter on what a case is about would tell a withheld case's category or deadlines.
    where.id = { $nin: [...withheld] };
  }
  const [reports, total] = await em.findAndCount(HotlineReport, where, {
    orderBy: caseOrder(filter.sort, withheld, now),
    offset,
    limit,
  });
  const ids = reports.map((r) => r.id);
  const [assignees, handlings] = await Promise.all([
    assigneesOf(
      em,
      ids.filter((id) => !withheld.has(id)),
    ),
    caseHandlings(em, actor.organizationId, ids),
  ]);
  return {
    total,
    items: reports.map((r): HotlineQueueItem => {
      const handledBy = handlings.get(r.id)?.handledBy ?? 'compliance';
      return withheld.has(r.id)
        ? { ...withheldSummary(r, handledBy), withheld: true }
        : { ...caseSummary(r, assignees.get(r.id) ?? [], handledBy, now), withheld: false };
    }),
  };
}

/** How many of the organisation's labels a suggestion list offers. */
export const MAX_LABEL_SUGGESTIONS = 50;

/**
 * The labels in use on the cases the actor's queue shows whole, most used first, for a handler
 * typing a label: a label only a withheld case carries is not offered (ADR 008).
 */
export async function caseLabelSuggestions(em: EntityManager, actor: Actor): Promise<string[]> {
  const { head, whole, withheld } = await queueScope(em, actor);
  const [scope, ids] = head
    ? ['not (r.id = any(cast(? as uuid[])))', withheld]
    : ['r.id = any(cast(? as uuid[]))', whole];
  const rows = await em.execute<{ label: string }[]>(
    `select l.label from hotline_report r, unnest(r.labels) as l(label)
      where r.organization_id = cast(? as uuid) and ${scope}
      group by l.label order by count(*) desc, l.label limit ?`,
    [actor.organizationId, `{${[...ids].join(',')}}`, MAX_LABEL_SUGGESTIONS],
  );
  return rows.map((r) => r.label);
}

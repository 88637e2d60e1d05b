import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import { isHotlineManager } from './case-access.js';
import { parseCaseNumber } from './case-number.js';
import { assigneesOf, caseSummary, type HotlineCaseSummary } from './case-summary.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import {
  HotlineReport,
  type HotlineCategory,
  type HotlineScope,
  type HotlineStatus,
  type IHotlineReport,
} from './hotline-report.entity.js';
import { HOTLINE_INVESTIGATORS, HOTLINE_MANAGERS } from './hotline-roles.js';

export interface HotlineCaseFilter {
  status?: HotlineStatus | null;
  category?: HotlineCategory | null;
  scope?: HotlineScope | null;
  /** Only cases whose acknowledgement is overdue (§69: 24 hours). */
  overdueOnly?: boolean | null;
  /** A case number: "HL-2026-0012", "0012" or "12". */
  search?: string | null;
  assignedToMe?: boolean | null;
  offset?: number | null;
  limit?: number | null;
}

export const DEFAULT_CASE_PAGE = 25;
export const MAX_CASE_PAGE = 100;

/**
 * The hotline queue: the compliance head sees every case of the organisation, an investigator
 * the cases assigned to them. Newest first; no content.
 */
export async function listHotlineCases(
  em: EntityManager,
  actor: Actor,
  filter: HotlineCaseFilter = {},
  now: Date = new Date(),
): Promise<{ total: number; items: HotlineCaseSummary[] }> {
  requireAnyRole(actor, [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS], 'see hotline cases');
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? DEFAULT_CASE_PAGE;
  if (!Number.isInteger(offset) || offset < 0)
    throw ValidationError.because('The offset is a whole number from 0');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CASE_PAGE) {
    throw ValidationError.because(`Ask for 1 to ${MAX_CASE_PAGE} cases at a time`);
  }
  const where: FilterQuery<IHotlineReport> & Record<string, unknown> = { organization: actor.organizationId };
  if (filter.status) where.status = filter.status;
  if (filter.category) where.category = filter.category;
  if (filter.scope) where.scope = filter.scope;
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
  if (!isHotlineManager(actor) || filter.assignedToMe) {
    const mine = await em.find(
      HotlineCaseAssignment,
      { investigator: actor.personId, unassignedAt: null, organization: actor.organizationId },
      { fields: ['report'] },
    );
    where.id = { $in: mine.map((a) => a.report.id) };
  }
  const [reports, total] = await em.findAndCount(HotlineReport, where, {
    orderBy: { receivedAt: 'desc', number: 'desc' },
    offset,
    limit,
  });
  const assignees = await assigneesOf(
    em,
    reports.map((r) => r.id),
  );
  return { total, items: reports.map((r) => caseSummary(r, assignees.get(r.id) ?? [], now)) };
}

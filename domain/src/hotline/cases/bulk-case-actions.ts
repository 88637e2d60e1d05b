import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { DomainError, ValidationError, type MessageParams } from '../../kernel/errors.js';
import type { ErrorMessageKey } from '../../kernel/error-messages.js';
import { isUuid } from '../../org/org-queries.js';
import { HOTLINE_MANAGERS } from '../hotline-roles.js';
import { caseForHandler } from './case-access.js';
import { assignHotlineCase } from './case-assignment.js';
import { applyCaseLabels, normalizeLabels } from './case-marking.js';
import { formatCaseNumber } from './case-number.js';
import { HotlineReport } from './hotline-report.entity.js';

export const MAX_BULK_CASES = 100;

/** What became of one case of a bulk action: done, or why not, as the case alone would say it. */
export interface BulkCaseResult {
  caseId: string;
  /** Null for an id that is no case of the organisation. */
  number: string | null;
  done: boolean;
  error: { code: DomainError['code']; messageKey: ErrorMessageKey; params: MessageParams } | null;
}

/**
 * Runs `change` on each case, one after another in id order (two bulk actions on the same cases
 * lock them in the same order and never wait crosswise). Each change checks all its rules before
 * it writes, so a refused case is left as it was while the others go ahead: all or nothing per
 * case. Only a domain refusal is reported per case; any other failure fails the whole request.
 */
async function eachCase(
  em: EntityManager,
  actor: Actor,
  caseIds: readonly string[],
  change: (id: string) => Promise<void>,
): Promise<BulkCaseResult[]> {
  requireAnyRole(actor, HOTLINE_MANAGERS, 'act on several hotline cases at once');
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) throw ValidationError.because('hotline.bulk.noCases', { field: 'caseIds' });
  if (ids.length > MAX_BULK_CASES) {
    throw ValidationError.because('hotline.bulk.tooMany', { field: 'caseIds', max: MAX_BULK_CASES });
  }
  const found = await em.find(
    HotlineReport,
    { id: { $in: ids.filter(isUuid) }, organization: actor.organizationId },
    { fields: ['number', 'receivedAt'] },
  );
  const numbers = new Map(found.map((r) => [r.id, formatCaseNumber(r.number, r.receivedAt)]));
  const results = new Map<string, BulkCaseResult>();
  for (const id of [...ids].sort()) {
    // The compliance head sees every case's number in the queue, withheld rows included (ADR 008).
    const number = numbers.get(id) ?? null;
    try {
      await change(id);
      results.set(id, { caseId: id, number, done: true, error: null });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.set(id, {
        caseId: id,
        number,
        done: false,
        error: { code: error.code, messageKey: error.messageKey, params: error.params },
      });
    }
  }
  return ids.map((id) => results.get(id)!);
}

/**
 * The compliance head assigns several cases to the same investigators. Each case goes through
 * the rule of one case (assignHotlineCase): its manager only, open, never to a person the report
 * names or anyone in their reporting line (§69) — a case where that fails stays as it was and
 * says why.
 */
export function bulkAssignHotlineCases(
  em: EntityManager,
  actor: Actor,
  caseIds: readonly string[],
  investigatorIds: readonly string[],
  now: Date = new Date(),
): Promise<BulkCaseResult[]> {
  return eachCase(em, actor, caseIds, async (id) => {
    await assignHotlineCase(em, actor, id, investigatorIds, now);
  });
}

/** Adds labels to several cases (those the compliance head handles), each case locked and on the trail. */
export function bulkLabelHotlineCases(
  em: EntityManager,
  actor: Actor,
  caseIds: readonly string[],
  labels: readonly string[],
): Promise<BulkCaseResult[]> {
  const adding = normalizeLabels(labels);
  if (adding.length === 0) throw ValidationError.because('hotline.label.empty', { field: 'labels' });
  return eachCase(em, actor, caseIds, async (id) => {
    const { report } = await caseForHandler(em, actor, id, 'label hotline cases', 'change');
    await applyCaseLabels(em, actor, report, [...report.labels, ...adding]);
  });
}

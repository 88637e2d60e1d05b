import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditChainVerification, type IAuditChainVerification } from './audit-chain-verification.entity.js';
import type { AuditChainReport } from './verify-audit-chain.js';

/** Keeps the outcome of a whole verification of the organisation's chain, in place of the previous one. */
export async function recordAuditChainVerification(
  em: EntityManager,
  organizationId: string,
  report: AuditChainReport,
  at: Date,
): Promise<void> {
  await em.upsert(AuditChainVerification, {
    organizationId,
    verifiedAt: at,
    ok: report.ok,
    problem: report.problem ?? null,
    brokenAtSeq: report.brokenAtSeq ?? null,
  });
}

/** The outcome of the latest whole verification of the organisation's chain, or null before the first. */
export function latestAuditChainVerification(
  em: EntityManager,
  organizationId: string,
): Promise<IAuditChainVerification | null> {
  return em.findOne(AuditChainVerification, { organizationId }, { refresh: true });
}

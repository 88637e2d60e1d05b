import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { formatCaseNumber } from './case-number.js';
import { HotlineReport } from './hotline-report.entity.js';
import { hotlineSettings } from '../hotline-settings.js';

const DAY_MS = 86_400_000;

function yearsBefore(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/**
 * Issue 4 §4: closed cases are purged after the retention period (default 5 years) — the
 * only way a case is ever deleted. Messages, files, notes, assignments, named people,
 * recommendations and disclosures go with it (ON DELETE CASCADE). The audit trail keeps
 * that the case existed and was purged, by number only. Runs inside the caller's transaction.
 */
export async function purgeExpiredHotlineCases(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<number> {
  const { retentionYears } = await hotlineSettings(em, organizationId);
  const expired = await em.find(
    HotlineReport,
    { organization: organizationId, status: 'closed', closedAt: { $lt: yearsBefore(now, retentionYears) } },
    { fields: ['id', 'number', 'receivedAt', 'closedAt'] },
  );
  if (expired.length === 0) return 0;
  for (const report of expired) {
    await recordAudit(em, null, {
      organizationId,
      action: 'hotline.case_purged',
      entityType: 'HotlineReport',
      entityId: report.id,
      data: { number: formatCaseNumber(report.number, report.receivedAt), retentionYears },
    });
  }
  await em.flush();
  await em.nativeDelete(HotlineReport, { id: { $in: expired.map((r) => r.id) } });
  for (const report of expired) em.getUnitOfWork().unsetIdentity(report);
  return expired.length;
}

/**
 * Issue 4 §4 (after GlobaLeaks): a receipt stops working once the reporter has not followed up
 * for the idle period (default 90 days); the case itself is kept. §41.1: never while the case is
 * open — the idle time counts from closing, or from a later visit. Runs inside the caller's transaction.
 */
export async function expireReporterAccess(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<number> {
  const { reporterAccessIdleDays } = await hotlineSettings(em, organizationId);
  const idleBefore = new Date(now.getTime() - reporterAccessIdleDays * DAY_MS);
  const idle = await em.find(
    HotlineReport,
    {
      organization: organizationId,
      status: 'closed',
      reporterAccessExpiredAt: null,
      closedAt: { $lt: idleBefore },
      reporterLastSeenAt: { $lt: idleBefore },
    },
    { fields: ['id', 'number', 'receivedAt'] },
  );
  if (idle.length === 0) return 0;
  await em.nativeUpdate(
    HotlineReport,
    { id: { $in: idle.map((r) => r.id) } },
    { reporterAccessExpiredAt: now },
  );
  for (const report of idle) {
    await recordAudit(em, null, {
      organizationId,
      action: 'hotline.reporter_access_expired',
      entityType: 'HotlineReport',
      entityId: report.id,
      data: { number: formatCaseNumber(report.number, report.receivedAt), idleDays: reporterAccessIdleDays },
    });
  }
  return idle.length;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { ERROR_MESSAGES } from '../../kernel/error-messages.js';
import { HotlineReport, type IHotlineReport } from '../cases/hotline-report.entity.js';
import { hotlineSettings } from '../hotline-settings.js';
import type { HotlineKeyring } from '../crypto/keyring.js';
import { normalizeReceipt, receiptHash } from '../crypto/receipt.js';

const DAY_MS = 86_400_000;

/** Issue 4 §2: one answer for a wrong, an unknown and an expired receipt, with no details. */
export const UNKNOWN_RECEIPT_MESSAGE = ERROR_MESSAGES['hotline.reporter.unknownReceipt'];

/** NOT_FOUND with the one fixed message: nothing tells a wrong receipt from an expired one. */
export class UnknownReceiptError extends NotFoundError {
  constructor() {
    super('hotline.reporter.unknownReceipt');
  }
}

/**
 * The report a receipt opens, for the reporter. A malformed receipt is a typing mistake
 * (VALIDATION); an unknown one, or one whose access expired after the idle time, is NOT_FOUND
 * with the same message either way.
 */
export async function reportByReceipt(
  em: EntityManager,
  keyring: HotlineKeyring,
  receipt: string,
  now: Date,
): Promise<IHotlineReport> {
  const digits = normalizeReceipt(typeof receipt === 'string' ? receipt : '');
  if (!digits) {
    throw ValidationError.because('hotline.reporter.receiptShape', {
      field: 'receipt',
    });
  }
  const report = await em.findOne(HotlineReport, { receiptHash: receiptHash(keyring, digits) });
  if (!report || report.reporterAccessExpiredAt) throw new UnknownReceiptError();
  // Between runs of the expiry job, an idle receipt is already refused.
  const { reporterAccessIdleDays } = await hotlineSettings(em, report.organization.id);
  if (reporterAccessLapsed(report, reporterAccessIdleDays, now)) throw new UnknownReceiptError();
  return report;
}

/**
 * §41.1: the reporter keeps the right to follow their report while the case is open, so an open
 * case's receipt never lapses. The idle time counts from closing (or from the reporter's last visit
 * after it): a reporter who waited months for the outcome still gets the full idle period to read it.
 */
export function reporterAccessLapsed(
  report: Pick<IHotlineReport, 'status' | 'closedAt' | 'reporterLastSeenAt'>,
  idleDays: number,
  now: Date,
): boolean {
  if (report.status !== 'closed' || !report.closedAt) return false;
  const idleFrom = Math.max(report.closedAt.getTime(), report.reporterLastSeenAt.getTime());
  return now.getTime() - idleFrom > idleDays * DAY_MS;
}

/** Records the follow-up for the idle-time expiry; a direct update, so it holds whether or not the caller flushes. */
export async function markReporterSeen(em: EntityManager, report: IHotlineReport, now: Date): Promise<void> {
  await em.nativeUpdate(HotlineReport, { id: report.id }, { reporterLastSeenAt: now });
  report.reporterLastSeenAt = now;
}

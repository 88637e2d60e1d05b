import {
  generateQuarterlyReport,
  quarterlyReportMail,
  quarterlyReportRecipients,
  scheduledQuarterDue,
  acknowledgementAlertMails,
  dueAcknowledgementAlerts,
  expireReporterAccess,
  markAlertSent,
  Organization,
  purgeExpiredHotlineCases,
  type MikroORM,
} from '@adal/domain';
import type { EnqueueMail } from './training-jobs.js';

/**
 * Applies the hotline's retention (issue 4 §4, §69 personal data protection): closed cases past
 * the organisation's retention period are purged, and receipts idle for too long stop opening
 * their report. One transaction per organisation, so one failure holds back no other.
 */
export async function applyHotlineRetention(
  orm: MikroORM,
  now: Date,
): Promise<{ purged: number; expired: number }> {
  const organizations = await orm.em
    .fork()
    .find(Organization, {}, { fields: ['id'], orderBy: { id: 'asc' } });
  let purged = 0;
  let expired = 0;
  for (const { id } of organizations) {
    await orm.em.fork().transactional(async (em) => {
      purged += await purgeExpiredHotlineCases(em, id, now);
      expired += await expireReporterAccess(em, id, now);
    });
  }
  return { purged, expired };
}

/**
 * Queues the e-mails of the acknowledgement alerts due now (§69: first feedback within 24 hours).
 * An alert is recorded in the transaction that queues its mails: both happen or neither does, and
 * an alert already recorded is not selected again. Returns the number of mails queued.
 */
export async function queueAcknowledgementAlerts(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMail,
): Promise<number> {
  const organizations = await orm.em
    .fork()
    .find(Organization, {}, { fields: ['id'], orderBy: { id: 'asc' } });
  let queued = 0;
  for (const { id } of organizations) {
    queued += await orm.em.fork().transactional(async (em) => {
      let mails = 0;
      for (const alert of await dueAcknowledgementAlerts(em, id, now)) {
        markAlertSent(em, alert, now);
        for (const mail of acknowledgementAlertMails(alert, appUrl)) {
          await enqueue(em, mail);
          mails += 1;
        }
      }
      return mails;
    });
  }
  return queued;
}

/**
 * Generates each organisation's quarterly hotline report once a quarter has ended and queues its
 * e-mail to the first heads and board members (§69, §60.4), in the transaction that keeps it:
 * the report and its mails happen together or not at all. Returns the number of reports made.
 */
export async function queueQuarterlyReports(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMail,
): Promise<number> {
  const organizations = await orm.em
    .fork()
    .find(Organization, {}, { fields: ['id'], orderBy: { id: 'asc' } });
  let made = 0;
  for (const { id } of organizations) {
    made += await orm.em.fork().transactional(async (em) => {
      const quarter = await scheduledQuarterDue(em, id, now);
      if (!quarter) return 0;
      const report = await generateQuarterlyReport(em, null, id, quarter, now);
      for (const recipient of await quarterlyReportRecipients(em, id)) {
        await enqueue(em, quarterlyReportMail(report, recipient, appUrl));
      }
      return 1;
    });
  }
  return made;
}

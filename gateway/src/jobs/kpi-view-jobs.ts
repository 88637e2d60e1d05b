import { claimKpiViewMailing, dueKpiViewIds, kpiViewMail, viewExport, type MikroORM } from '@adal/domain';
import { viewFile } from '../kpi-files/view-export.js';
import { organizationIds } from './organization-ids.js';
import type { EnqueueMail } from './training-jobs.js';

/**
 * §69, §74 (issue 16): each KPI view scheduled monthly or quarterly is mailed once its period has
 * ended, as its PDF, to each recipient who may still read it, computed with that recipient's own
 * rights and in their language. A view is claimed (its period marked sent, under its row lock) in
 * the transaction that queues its mails, one view per transaction: both happen or neither does,
 * a restart or a second gateway finds it sent, and one view that fails holds back no other.
 * Returns the number of mails queued.
 */
export async function queueKpiViewMails(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMail,
): Promise<number> {
  let queued = 0;
  for (const organizationId of await organizationIds(orm)) {
    for (const viewId of await dueKpiViewIds(orm.em.fork(), organizationId, now)) {
      queued += await orm.em.fork().transactional(async (em) => {
        const mailing = await claimKpiViewMailing(em, organizationId, viewId, now);
        if (!mailing) return 0;
        for (const recipient of mailing.recipients) {
          const exported = await viewExport(
            em,
            recipient.actor,
            viewId,
            mailing.filters,
            'pdf',
            now,
            'kpi_view.mailed',
          );
          const file = await viewFile(exported, 'pdf', recipient.locale, now);
          await enqueue(em, {
            ...kpiViewMail(mailing, recipient, appUrl),
            attachments: [
              {
                fileName: file.fileName,
                contentType: file.contentType,
                contentBase64: Buffer.from(file.bytes).toString('base64'),
              },
            ],
          });
        }
        return mailing.recipients.length;
      });
    }
  }
  return queued;
}

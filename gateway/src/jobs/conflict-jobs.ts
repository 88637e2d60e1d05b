import { claimConflictNotices, conflictNoticeMails, type MikroORM } from '@adal/domain';
import { organizationIds } from './organization-ids.js';
import type { EnqueueMail } from './training-jobs.js';

/**
 * §15.2–§15.6: each morning, the reminders of the conflict-of-interest steps due today and the
 * escalations of those overdue since yesterday. Recorded on their cases in the transaction that
 * queues their mails: both happen or neither does, and each is sent once. Returns the mails queued.
 */
export async function queueConflictNotices(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMail,
): Promise<number> {
  let queued = 0;
  for (const organizationId of await organizationIds(orm)) {
    queued += await orm.em.fork().transactional(async (em) => {
      let mails = 0;
      for (const notice of await claimConflictNotices(em, organizationId, now)) {
        for (const mail of conflictNoticeMails(notice, appUrl)) {
          await enqueue(em, mail);
          mails += 1;
        }
      }
      return mails;
    });
  }
  return queued;
}

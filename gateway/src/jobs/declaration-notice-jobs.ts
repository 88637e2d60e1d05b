import {
  claimConflictNotices,
  claimGiftHandOverNotices,
  conflictNoticeMails,
  giftHandOverMails,
  type EntityManager,
  type MikroORM,
  type PlainMail,
} from '@adal/domain';
import { organizationIds } from './organization-ids.js';
import type { EnqueueMail } from './training-jobs.js';

/**
 * Each organisation's notices due now, recorded where they belong in the transaction that queues
 * their mails: both happen or neither does, and each is sent once. Returns the mails queued.
 */
async function queueClaimedMails(
  orm: MikroORM,
  enqueue: EnqueueMail,
  claim: (em: EntityManager, organizationId: string) => Promise<PlainMail[]>,
): Promise<number> {
  let queued = 0;
  for (const organizationId of await organizationIds(orm)) {
    queued += await orm.em.fork().transactional(async (em) => {
      const mails = await claim(em, organizationId);
      for (const mail of mails) await enqueue(em, mail);
      return mails.length;
    });
  }
  return queued;
}

/**
 * §15.2–§15.6: each morning, the reminders of the conflict-of-interest steps due today and the
 * escalations of those overdue since yesterday, recorded on their cases.
 */
export function queueConflictNotices(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMail,
): Promise<number> {
  return queueClaimedMails(orm, enqueue, async (em, organizationId) =>
    (await claimConflictNotices(em, organizationId, now)).flatMap((notice) =>
      conflictNoticeMails(notice, appUrl),
    ),
  );
}

/**
 * §17.5: each morning, the reminder of a gift's last day to hand it over and, the day after, the
 * notice that it is overdue, recorded on their gifts.
 */
export function queueGiftHandOverNotices(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMail,
): Promise<number> {
  return queueClaimedMails(orm, enqueue, async (em, organizationId) =>
    (await claimGiftHandOverNotices(em, organizationId, now)).flatMap((notice) =>
      giftHandOverMails(notice, appUrl),
    ),
  );
}

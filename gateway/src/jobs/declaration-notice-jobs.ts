import {
  claimConflictNotices,
  claimGiftHandOverNotices,
  conflictNoticeMails,
  giftHandOverMails,
  type MikroORM,
} from '@adal/domain';
import { queueClaimedMails } from './claimed-mails.js';
import type { EnqueueMail } from './training-jobs.js';

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

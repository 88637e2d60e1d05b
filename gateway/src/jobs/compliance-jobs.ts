import { claimImprovementReminders, improvementReminderMails, type MikroORM } from '@adal/domain';
import { queueClaimedMails } from './claimed-mails.js';
import type { EnqueueMail } from './training-jobs.js';

/**
 * §73 step 5: each morning, the responsible people of improvement-plan items past their due day are
 * reminded, weekly until the item is done, recorded on the item in the transaction that queues the mail.
 */
export function queueImprovementReminders(orm: MikroORM, now: Date, enqueue: EnqueueMail): Promise<number> {
  return queueClaimedMails(orm, enqueue, async (em, organizationId) =>
    (await claimImprovementReminders(em, organizationId, now)).flatMap(improvementReminderMails),
  );
}

import { claimCultureActivityReminders, cultureActivityReminderMails, type MikroORM } from '@adal/domain';
import { queueClaimedMails } from './claimed-mails.js';
import type { EnqueueMail } from './training-jobs.js';

/**
 * §35.1: each morning, the responsible people of the culture plan's activities due within a week
 * are reminded once, and those of overdue ones weekly, recorded on their activities.
 */
export function queueCultureActivityReminders(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMail,
): Promise<number> {
  return queueClaimedMails(orm, enqueue, async (em, organizationId) =>
    (await claimCultureActivityReminders(em, organizationId, now)).flatMap((reminder) =>
      cultureActivityReminderMails(reminder, appUrl),
    ),
  );
}

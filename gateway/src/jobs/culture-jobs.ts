import {
  claimCultureActivityReminders,
  claimMaterialReminders,
  cultureActivityReminderMails,
  dueMaterialReminders,
  materialReminderMail,
  type MikroORM,
} from '@adal/domain';
import { queueClaimedMails } from './claimed-mails.js';
import { organizationIds } from './organization-ids.js';
import type { EnqueueMail, EnqueueMails } from './training-jobs.js';

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

/**
 * §35.6: each morning, per organisation in a transaction of its own, the employees who have not
 * acknowledged a material past its term are reminded, weekly and at most once a day, one mail each
 * naming every such material; the reminders are recorded in the transaction that queues their
 * mails, so both happen or neither does.
 */
export async function queueMaterialReminders(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMails,
): Promise<number> {
  let queued = 0;
  for (const organizationId of await organizationIds(orm)) {
    queued += await orm.em.fork().transactional(async (em) => {
      const reminders = await claimMaterialReminders(
        em,
        organizationId,
        await dueMaterialReminders(em, organizationId, now),
        now,
      );
      await enqueue(
        em,
        reminders.map((reminder) => materialReminderMail(reminder, appUrl)),
      );
      return reminders.length;
    });
  }
  return queued;
}

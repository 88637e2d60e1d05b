import {
  claimMaterialReminders,
  dueMaterialReminders,
  materialReminderMail,
  type MikroORM,
} from '@adal/domain';
import { organizationIds } from './organization-ids.js';
import type { EnqueueMails } from './training-jobs.js';

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

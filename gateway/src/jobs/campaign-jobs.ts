import {
  campaignReminderMail,
  claimCampaignReminders,
  dueCampaignReminders,
  joinNewHires,
  type MikroORM,
} from '@adal/domain';
import type { EnqueueMails } from './training-jobs.js';
import { organizationIds } from './organization-ids.js';

/**
 * §72.1, §67: each morning, per organisation in a transaction of its own, new hires join the open
 * new-hires campaigns, then the declarants due soon or overdue are reminded; the reminders are
 * recorded in the transaction that queues their mails, so both happen or neither does.
 */
export async function runCampaignJobs(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMails,
): Promise<{ joined: number; reminded: number }> {
  let joined = 0;
  let reminded = 0;
  for (const organizationId of await organizationIds(orm)) {
    await orm.em.fork().transactional(async (em) => {
      joined += await joinNewHires(em, organizationId);
      const reminders = await claimCampaignReminders(
        em,
        await dueCampaignReminders(em, organizationId, now),
        now,
      );
      await enqueue(
        em,
        reminders.map((reminder) => campaignReminderMail(reminder, appUrl)),
      );
      reminded += reminders.length;
    });
  }
  return { joined, reminded };
}

import { claimSurveyReminders, dueSurveyReminders, surveyReminderMail, type MikroORM } from '@adal/domain';
import type { EnqueueMails } from './training-jobs.js';
import { organizationIds } from './organization-ids.js';

/**
 * §68: each morning, per organisation in a transaction of its own, those who have not answered a
 * survey closing within 3 days are reminded; the reminders are recorded in the transaction that
 * queues their mails, so both happen or neither does. Answers how many were reminded.
 */
export async function queueSurveyReminders(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMails,
): Promise<number> {
  let reminded = 0;
  for (const organizationId of await organizationIds(orm)) {
    await orm.em.fork().transactional(async (em) => {
      const reminders = await claimSurveyReminders(
        em,
        await dueSurveyReminders(em, organizationId, now),
        now,
      );
      await enqueue(
        em,
        reminders.map((reminder) => surveyReminderMail(reminder, appUrl)),
      );
      reminded += reminders.length;
    });
  }
  return reminded;
}

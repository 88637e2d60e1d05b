import {
  claimReminders,
  closeExpiredAttempts,
  dueReminders,
  markRemindersSent,
  reminderMail,
  syncEnrolments,
  type EntityManager,
  type MikroORM,
} from '@adal/domain';
import type { OutgoingMail } from '../mail/mailer.js';
import { organizationIds } from './organization-ids.js';

/**
 * Enrols late joiners and new cycles, and closes attempts whose time ran out, one transaction per
 * organisation so that one organisation's failure does not hold back the others.
 */
export async function syncTrainingEnrolments(
  orm: MikroORM,
  now: Date,
): Promise<{ enrolled: number; closedAttempts: number }> {
  let enrolled = 0;
  let closedAttempts = 0;
  for (const organizationId of await organizationIds(orm)) {
    await orm.em.fork().transactional(async (em) => {
      enrolled += await syncEnrolments(em, organizationId, now);
      closedAttempts += await closeExpiredAttempts(em, organizationId, now);
    });
  }
  return { enrolled, closedAttempts };
}

/** Puts a mail on the outgoing queue inside the transaction of `em`. */
export type EnqueueMail = (em: EntityManager, mail: OutgoingMail) => Promise<void>;

/** Puts many mails on the outgoing queue inside the transaction of `em`, in a few statements. */
export type EnqueueMails = (em: EntityManager, mails: readonly OutgoingMail[]) => Promise<void>;

/**
 * Queues one e-mail per due reminder. The reminders are recorded in the same transaction that
 * queues their mails, all together: both happen or neither does, and a reminder already recorded
 * is not selected again.
 */
export async function queueTrainingReminders(
  orm: MikroORM,
  now: Date,
  appUrl: string,
  enqueue: EnqueueMails,
): Promise<number> {
  let queued = 0;
  for (const organizationId of await organizationIds(orm)) {
    queued += await orm.em.fork().transactional(async (em) => {
      // The enrolments stay locked until the mails are queued: a reminder sent by hand meanwhile waits.
      const reminders = await claimReminders(em, await dueReminders(em, organizationId, now), now);
      await markRemindersSent(em, reminders, now);
      await enqueue(
        em,
        reminders.map((reminder) => reminderMail(reminder, appUrl)),
      );
      return reminders.length;
    });
  }
  return queued;
}

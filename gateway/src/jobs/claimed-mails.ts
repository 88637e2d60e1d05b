import type { EntityManager, MikroORM, PlainMail } from '@adal/domain';
import { organizationIds } from './organization-ids.js';
import type { EnqueueMail } from './training-jobs.js';

/**
 * Each organisation's notices due now, recorded where they belong in the transaction that queues
 * their mails: both happen or neither does, and each is sent once. Returns the mails queued.
 */
export async function queueClaimedMails(
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

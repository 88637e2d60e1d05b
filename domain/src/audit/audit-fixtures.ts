import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { recordAudit } from './record-audit.js';

// Small factories for the audit trail's tests.

/** Appends `count` events to the actor's organisation's chain, each in a transaction of its own. */
export async function appendSampleAuditEvents(em: EntityManager, actor: Actor, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await em.transactional((tx) =>
      recordAudit(tx, actor, {
        organizationId: actor.organizationId,
        action: 'declaration.submitted',
        entityType: 'Declaration',
        entityId: `declaration-${i}`,
        data: { amount: 1000 + i },
      }),
    );
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditMac, GENESIS_HASH } from './audit-hash.js';
import { auditTrailSettings } from './audit-trail-settings.js';
import { toJsonValue } from './canonical-json.js';

export interface AuditEntry {
  organizationId: string;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

interface ChainHeadRow {
  last_seq: number;
  last_hash: string;
}

/**
 * §75: appends an event to the organisation's keyed hash chain, inside the caller's transaction,
 * so the evidence is written if and only if the change is. The chain head row is locked
 * until that transaction ends: concurrent writers of one organisation take turns.
 * `actor` is null for changes the system makes on its own (seed, scheduled jobs). The event is
 * sealed with the current audit key of the ORM that `em` belongs to (see audit-trail-settings.ts).
 */
export async function recordAudit(em: EntityManager, actor: Actor | null, e: AuditEntry): Promise<void> {
  if (!em.isInTransaction()) {
    throw new Error('recordAudit must run inside the transaction of the change it records');
  }
  const { keyring } = auditTrailSettings(em);
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new Error(`The current audit key ${keyring.currentKeyId} is missing`);
  const lockHead = () =>
    em.execute<ChainHeadRow[]>(
      'select last_seq, last_hash from audit_chain_head where organization_id = ? for update',
      [e.organizationId],
    );
  let [head] = await lockHead();
  // The head is made by the organisation's first event only. Inserting it every time would queue
  // each writer twice behind the holder of the lock (the insert waits for it too, to know whether
  // its row conflicts), which under a burst of writers of one organisation doubles the wait.
  if (!head) {
    await em.execute(
      'insert into audit_chain_head (organization_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing',
      [e.organizationId, GENESIS_HASH],
    );
    [head] = await lockHead();
  }
  if (!head) {
    throw new Error(`audit chain head of organisation ${e.organizationId} is missing`);
  }
  const link = {
    organizationId: e.organizationId,
    seq: head.last_seq + 1,
    at: new Date(),
    actorPersonId: actor?.personId ?? null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    data: toJsonValue(e.data ?? {}),
    prevHash: head.last_hash,
  };
  const hash = auditMac(key, keyring.currentKeyId, link);
  const { organizationId, ...fields } = link;
  em.create(AuditEvent, { ...fields, organization: organizationId, hash, keyId: keyring.currentKeyId });
  await em.execute('update audit_chain_head set last_seq = ?, last_hash = ? where organization_id = ?', [
    link.seq,
    hash,
    e.organizationId,
  ]);
}

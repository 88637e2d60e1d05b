import type { EntityManager } from '@mikro-orm/postgresql';
import { auditLinkOf, type AuditEventFieldsRow } from './audit-event-row.js';
import { auditMac, GENESIS_HASH } from './audit-hash.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditTrailSettings } from './audit-trail-settings.js';

interface ChainHeadRow {
  last_seq: number;
  last_hash: string;
}

interface PendingRow extends AuditEventFieldsRow {
  position: string;
  id: string;
}

/**
 * §75, ADR 015: appends every committed event waiting in `audit_pending` for the organisation to its
 * keyed chain, in one transaction that holds the chain head for the whole batch. Concurrent sealers
 * of one organisation take turns on the head; the one that comes second finds the batch gone and
 * seals only what was committed meanwhile. Returns how many events it sealed. `em` must not be in
 * a transaction.
 */
export async function sealAuditEvents(em: EntityManager, organizationId: string): Promise<number> {
  const { keyring } = auditTrailSettings(em);
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new Error(`The current audit key ${keyring.currentKeyId} is missing`);
  return em.transactional(async (tx) => {
    const head = await lockChainHead(tx, organizationId);
    const pending = await tx.execute<PendingRow[]>(
      `delete from audit_pending where organization_id = ?
       returning position, id, at, actor_person_id, action, entity_type, entity_id, data`,
      [organizationId],
    );
    if (pending.length === 0) return 0;
    pending.sort((a, b) => Number(BigInt(a.position) - BigInt(b.position)));
    let { last_seq: seq, last_hash: prevHash } = head;
    const events = pending.map((row) => {
      const link = auditLinkOf(organizationId, row, ++seq, prevHash);
      prevHash = auditMac(key, keyring.currentKeyId, link);
      const { organizationId: _organization, ...fields } = link;
      return {
        ...fields,
        id: row.id,
        organization: organizationId,
        hash: prevHash,
        keyId: keyring.currentKeyId,
      };
    });
    await tx.insertMany(AuditEvent, events);
    await tx.execute('update audit_chain_head set last_seq = ?, last_hash = ? where organization_id = ?', [
      seq,
      prevHash,
      organizationId,
    ]);
    return events.length;
  });
}

async function lockChainHead(tx: EntityManager, organizationId: string): Promise<ChainHeadRow> {
  const lock = () =>
    tx.execute<ChainHeadRow[]>(
      'select last_seq, last_hash from audit_chain_head where organization_id = ? for update',
      [organizationId],
    );
  let [head] = await lock();
  // The head is made by the organisation's first seal only: inserting it every time would queue
  // each sealer twice behind the holder of the lock.
  if (!head) {
    await tx.execute(
      'insert into audit_chain_head (organization_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing',
      [organizationId, GENESIS_HASH],
    );
    [head] = await lock();
  }
  if (!head) throw new Error(`audit chain head of organisation ${organizationId} is missing`);
  return head;
}

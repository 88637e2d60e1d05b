import type { EntityManager } from '@mikro-orm/postgresql';
import { auditMac, legacyAuditHash, type AuditLink } from './audit-hash.js';
import type { AuditKeyring } from './audit-keyring.js';
import { auditLinkOf, type AuditEventFieldsRow } from './audit-event-row.js';

// What a database superuser can do to the trail behind the application's back, for the tests that
// prove it is found. `session_replication_role = replica` switches the append-only triggers off.

interface StoredEvent extends AuditEventFieldsRow {
  id: string;
  seq: number;
  prev_hash: string;
  hash: string;
  key_id: string | null;
}

/** Runs `work` in a transaction whose triggers are off, as a superuser can. */
export async function asSuperuser(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<void>,
): Promise<void> {
  await em.fork().transactional(async (tx) => {
    await tx.execute('set local session_replication_role = replica');
    await work(tx);
  });
}

/** Deletes the events from `fromSeq` on and rewinds the head to the event before: the chain itself stays whole. */
export async function cutOffAuditChain(
  em: EntityManager,
  organizationId: string,
  fromSeq: number,
): Promise<void> {
  await asSuperuser(em, async (tx) => {
    await tx.execute('delete from audit_event where organization_id = ? and seq >= ?', [
      organizationId,
      fromSeq,
    ]);
    await tx.execute(
      `update audit_chain_head set last_seq = ?, last_hash = (
         select hash from audit_event where organization_id = ? and seq = ?)
       where organization_id = ?`,
      [fromSeq - 1, organizationId, fromSeq - 1, organizationId],
    );
  });
}

/** How the attacker seals a recomputed event: what they know decides what they can produce. */
export type Resealer = (link: AuditLink, keyId: string | null) => { hash: string; keyId: string | null };

/** Recomputes with the old, unkeyed sha256, keeping each event's key id: all one can do without the key. */
export const withPlainSha256: Resealer = (link, keyId) => ({ hash: legacyAuditHash(link), keyId });

/** Recomputes with plain sha256 and declares the events unkeyed, as if written before the key. */
export const asLegacy: Resealer = (link) => ({ hash: legacyAuditHash(link), keyId: null });

/** Recomputes with the stolen audit keys: the seals verify again. */
export function withStolenKey(keyring: AuditKeyring): Resealer {
  return (link, keyId) => {
    const id = keyId ?? keyring.currentKeyId;
    return { hash: auditMac(keyring.keys.get(id) as Buffer, id, link), keyId: id };
  };
}

/**
 * Replaces the data of event `seq` and recomputes every link from there to the head with `reseal`,
 * moving the head along: a rewrite that leaves no broken link behind.
 */
export async function rewriteAuditEvent(
  em: EntityManager,
  organizationId: string,
  seq: number,
  data: Record<string, unknown>,
  reseal: Resealer,
): Promise<void> {
  await asSuperuser(em, async (tx) => {
    const events = await tx.execute<StoredEvent[]>(
      'select * from audit_event where organization_id = ? and seq >= ? order by seq',
      [organizationId, seq],
    );
    const [before] = await tx.execute<{ hash: string }[]>(
      'select hash from audit_event where organization_id = ? and seq = ?',
      [organizationId, seq - 1],
    );
    let prevHash = before?.hash ?? '0'.repeat(64);
    for (const event of events) {
      const link = {
        ...auditLinkOf(organizationId, event, event.seq, prevHash),
        data: event.seq === seq ? data : event.data,
      };
      const { hash, keyId } = reseal(link, event.key_id);
      await tx.execute('update audit_event set data = ?, prev_hash = ?, hash = ?, key_id = ? where id = ?', [
        JSON.stringify(link.data),
        prevHash,
        hash,
        keyId,
        event.id,
      ]);
      prevHash = hash;
    }
    await tx.execute('update audit_chain_head set last_hash = ? where organization_id = ?', [
      prevHash,
      organizationId,
    ]);
  });
}

/** Moves the number of unkeyed events the chain may begin with. */
export async function moveAuditLegacyBoundary(
  em: EntityManager,
  organizationId: string,
  through: number,
): Promise<void> {
  await asSuperuser(em, async (tx) => {
    await tx.execute('update audit_chain_head set legacy_through_seq = ? where organization_id = ?', [
      through,
      organizationId,
    ]);
  });
}

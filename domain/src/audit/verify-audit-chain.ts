import type { EntityManager } from '@mikro-orm/postgresql';
import { auditHash, GENESIS_HASH } from './audit-hash.js';

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  brokenAtSeq?: number;
}

interface AuditEventRow {
  seq: number;
  at: Date | string;
  actor_person_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

const BATCH = 1000;

/**
 * §75: recomputes the organisation's chain from the stored rows and reports the first
 * event whose content, link or position does not match (edited, deleted or inserted rows).
 */
export async function verifyAuditChain(em: EntityManager, organizationId: string): Promise<AuditChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await em.execute<AuditEventRow[]>(
      `select seq, at, actor_person_id, action, entity_type, entity_id, data, prev_hash, hash
         from audit_event where organization_id = ? and seq >= ? order by seq limit ?`,
      [organizationId, expectedSeq, BATCH],
    );
    for (const row of rows) {
      const recomputed = auditHash({
        organizationId,
        seq: row.seq,
        at: new Date(row.at),
        actorPersonId: row.actor_person_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        data: row.data,
        prevHash: row.prev_hash,
      });
      if (row.seq !== expectedSeq || row.prev_hash !== prevHash || row.hash !== recomputed) {
        return { ok: false, checked, brokenAtSeq: expectedSeq };
      }
      checked += 1;
      expectedSeq += 1;
      prevHash = row.hash;
    }
    if (rows.length < BATCH) break;
  }
  // Rows removed from the end of the chain leave the head ahead of the last event.
  const [head] = await em.execute<{ last_seq: number; last_hash: string }[]>(
    'select last_seq, last_hash from audit_chain_head where organization_id = ?',
    [organizationId],
  );
  if (head && (head.last_seq !== checked || head.last_hash !== prevHash)) {
    return { ok: false, checked, brokenAtSeq: checked + 1 };
  }
  return { ok: true, checked };
}

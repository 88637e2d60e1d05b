import type { Pool } from 'pg';
import type { AuditKeyring } from '../../src/audit/audit-keyring.js';
import { auditMac, GENESIS_HASH, type AuditLink } from '../../src/audit/audit-hash.js';
import type { AuditEventFieldsRow } from '../../src/audit/audit-event-row.js';
import { bulkInsert } from './bulk-insert.js';
import type { ScaleRandom } from './scale-random.js';

/** An event before it is chained: a link of the chain without its place in it. */
type LoggedEvent = Omit<AuditLink, 'organizationId' | 'seq' | 'prevHash'> & { id: string };

interface StoredEventRow extends AuditEventFieldsRow {
  id: string;
  at: Date;
}

/**
 * The audit trail (§75) that a year of this activity writes: each generated change logs the event
 * the use case would have written, and `write` chains them all — with the events the use cases
 * run by the generator wrote themselves — in time order under the audit key, as one chain that
 * `verifyAuditChain` accepts.
 */
export class ScaleAuditLog {
  private readonly events: LoggedEvent[] = [];

  constructor(private readonly random: ScaleRandom) {}

  add(
    at: Date,
    actorPersonId: string | null,
    action: string,
    entityType: string,
    entityId: string,
    data: Record<string, unknown>,
  ): void {
    this.events.push({ id: this.random.uuid(), at, actorPersonId, action, entityType, entityId, data });
  }

  get size(): number {
    return this.events.length;
  }

  /** Rewrites the organisation's chain: its stored events and the logged ones, by time. */
  async write(pool: Pool, organizationId: string, keyring: AuditKeyring): Promise<number> {
    const key = keyring.keys.get(keyring.currentKeyId);
    if (!key) throw new Error(`the audit key ${keyring.currentKeyId} is missing`);
    const stored = await pool.query<StoredEventRow>(
      `select id, at, actor_person_id, action, entity_type, entity_id, data from audit_event
        where organization_id = $1 order by seq`,
      [organizationId],
    );
    const all: LoggedEvent[] = [
      ...stored.rows.map((row) => ({
        id: row.id,
        at: row.at,
        actorPersonId: row.actor_person_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        data: row.data,
      })),
      ...this.events,
    ];
    // A stable sort: events of one instant keep the order their changes were made in.
    all.sort((a, b) => a.at.getTime() - b.at.getTime());
    // The trail is append-only (triggers refuse a change): `pool`'s connections skip triggers, as a
    // bulk load into a new database does (seed-scale.ts). One transaction: all of the chain or none.
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('delete from audit_event where organization_id = $1', [organizationId]);
      let prevHash = GENESIS_HASH;
      let seq = 0;
      const keyId = keyring.currentKeyId;
      function* rows() {
        for (const event of all) {
          seq += 1;
          const hash = auditMac(key!, keyId, {
            organizationId,
            seq,
            at: event.at,
            actorPersonId: event.actorPersonId,
            action: event.action,
            entityType: event.entityType,
            entityId: event.entityId,
            data: event.data,
            prevHash,
          });
          yield [
            event.id,
            organizationId,
            seq,
            event.at,
            event.actorPersonId,
            event.action,
            event.entityType,
            event.entityId,
            event.data,
            prevHash,
            hash,
            keyId,
          ];
          prevHash = hash;
        }
      }
      const written = await bulkInsert(
        client,
        'audit_event',
        [
          ['id', 'uuid'],
          ['organization_id', 'uuid'],
          ['seq', 'int'],
          ['at', 'timestamptz'],
          ['actor_person_id', 'uuid'],
          ['action', 'text'],
          ['entity_type', 'text'],
          ['entity_id', 'text'],
          ['data', 'jsonb'],
          ['prev_hash', 'text'],
          ['hash', 'text'],
          ['key_id', 'text'],
        ],
        rows(),
      );
      await client.query(
        `insert into audit_chain_head (organization_id, last_seq, last_hash) values ($1, $2, $3)
       on conflict (organization_id) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash`,
        [organizationId, seq, prevHash],
      );
      await client.query('commit');
      this.events.length = 0;
      return written;
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }
}

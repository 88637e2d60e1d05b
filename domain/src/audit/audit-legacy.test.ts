import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, buildOrganization, type TestDatabase } from '../testing/index.js';
import { newId } from '../kernel/ids.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';
import { writeAuditCheckpoint } from './write-audit-checkpoint.js';
import { GENESIS_HASH, legacyAuditHash } from './audit-hash.js';
import { asLegacy, moveAuditLegacyBoundary, rewriteAuditEvent, withPlainSha256 } from './audit-tampering.js';

const KEYED_CHAIN_MIGRATION = 'Migration20261203080000_audit_keyed_chain';
const NOW = new Date('2026-12-03T05:00:00Z');

let db: TestDatabase;
let organizationId: string;

/** Appends an event the way the trail was written before it was keyed: plain sha256, no key id. */
async function appendUnkeyed(seq: number, prevHash: string): Promise<string> {
  const link = {
    organizationId,
    seq,
    at: new Date(Date.UTC(2026, 0, seq)),
    actorPersonId: null,
    action: 'person.imported',
    entityType: 'Person',
    entityId: `person-${seq}`,
    data: { row: seq },
    prevHash,
  };
  const hash = legacyAuditHash(link);
  const em = db.orm.em.fork();
  await em.execute(
    `insert into audit_event (id, organization_id, seq, at, actor_person_id, action, entity_type, entity_id, data, prev_hash, hash)
     values (?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?)`,
    [
      newId(),
      organizationId,
      seq,
      link.at,
      link.action,
      link.entityType,
      link.entityId,
      JSON.stringify(link.data),
      prevHash,
      hash,
    ],
  );
  await em.execute(
    `insert into audit_chain_head (organization_id, last_seq, last_hash) values (?, ?, ?)
     on conflict (organization_id) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash`,
    [organizationId, seq, hash],
  );
  return hash;
}

async function appendKeyed(): Promise<void> {
  await db.orm.em.fork().transactional((tx) =>
    recordAudit(tx, null, {
      organizationId,
      action: 'person.updated',
      entityType: 'Person',
      entityId: 'p',
    }),
  );
}

function verify() {
  return verifyAuditChain(db.orm.em.fork(), organizationId);
}

beforeAll(async () => {
  db = await createTestDatabase();
  organizationId = (await buildOrganization(db.orm.em.fork())).organization.id;
  // A trail of three events as it stood before the chain was keyed, then the upgrade.
  await db.orm.migrator.down({ migrations: [KEYED_CHAIN_MIGRATION] });
  let prevHash = GENESIS_HASH;
  for (const seq of [1, 2, 3]) prevHash = await appendUnkeyed(seq, prevHash);
  await db.orm.migrator.up({ migrations: [KEYED_CHAIN_MIGRATION] });
});

afterAll(async () => {
  await db?.drop();
});

describe('an audit trail written before the chain was keyed (§75)', () => {
  it('verifies its unkeyed events as plain sha256 and seals every later one with the key', async () => {
    expect(await verify()).toEqual({ ok: true, checked: 3 });
    await appendKeyed();
    expect(await verify()).toEqual({ ok: true, checked: 4 });
    const keys = await db.orm.em
      .fork()
      .execute<{ key_id: string | null }[]>(
        'select key_id from audit_event where organization_id = ? order by seq',
        [organizationId],
      );
    expect(keys.map((k) => k.key_id)).toEqual([null, null, null, 'test']);
  });

  it('finds an unkeyed event recomputed after the first keyed one', async () => {
    await rewriteAuditEvent(db.orm.em.fork(), organizationId, 2, { row: 99 }, withPlainSha256);
    // The legacy events recompute, but the first keyed event's seal covers the legacy head.
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: 4, problem: 'event_altered' });
  });
});

describe('the legacy boundary of an upgraded trail', () => {
  it('holds keyed events to their key, and the first checkpoint holds the boundary', async () => {
    organizationId = (await buildOrganization(db.orm.em.fork())).organization.id;
    await db.orm.migrator.down({ migrations: [KEYED_CHAIN_MIGRATION] });
    let prevHash = GENESIS_HASH;
    for (const seq of [1, 2]) prevHash = await appendUnkeyed(seq, prevHash);
    await db.orm.migrator.up({ migrations: [KEYED_CHAIN_MIGRATION] });
    await appendKeyed();
    await appendKeyed();
    expect(await writeAuditCheckpoint(db.orm.em.fork(), organizationId, NOW)).toMatchObject({
      outcome: 'written',
      checkpoint: { seq: 4, legacyThroughSeq: 2 },
    });

    // Passing keyed events off as unkeyed ones needs the boundary moved, which the checkpoint refutes.
    await rewriteAuditEvent(db.orm.em.fork(), organizationId, 3, { forged: true }, asLegacy);
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: 3, problem: 'unkeyed_event' });
    await moveAuditLegacyBoundary(db.orm.em.fork(), organizationId, 4);
    expect(await verify()).toEqual({
      ok: false,
      checked: 2,
      brokenAtSeq: 3,
      problem: 'legacy_boundary_moved',
      checkpoint: { seq: 4, at: NOW },
    });
  });
});

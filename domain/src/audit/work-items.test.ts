import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../kernel/actor.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../testing/index.js';
import { latestAuditChainVerification } from './audit-chain-verifications.js';
import { appendSampleAuditEvents } from './audit-fixtures.js';
import { asSuperuser, cutOffAuditChain, rewriteAuditEvent, withStolenKey } from './audit-tampering.js';
import { verifyAuditChainSinceCheckpoint } from './verify-audit-chain.js';
import { AUDIT_WORK } from './work-items.js';
import { writeAuditCheckpoint } from './write-audit-checkpoint.js';

// The auditor's home page tells a broken chain without recomputing the whole chain at each visit:
// it verifies from the latest checkpoint on, and reads what the checkpoint job's whole verification found.

let db: TestDatabase;
const NOW = new Date('2026-12-03T05:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

/** An organisation and its auditor, with 3 events under a checkpoint and 2 after it. */
async function checkpointedTrail(): Promise<{ organizationId: string; auditor: Actor }> {
  const em = db.orm.em.fork();
  const { organization, root, admin } = await buildOrganization(em);
  const auditor = actorOf(buildPerson(em, organization, root), ['employee', 'auditor']);
  await em.flush();
  await appendSampleAuditEvents(db.orm.em.fork(), admin, 3);
  expect(await writeAuditCheckpoint(db.orm.em.fork(), admin.organizationId, NOW)).toMatchObject({
    outcome: 'written',
  });
  await appendSampleAuditEvents(db.orm.em.fork(), admin, 2);
  return { organizationId: admin.organizationId, auditor };
}

async function kindsFor(auditor: Actor): Promise<string[]> {
  return (await AUDIT_WORK.items(db.orm.em.fork(), auditor)).map((item) => item.kind);
}

async function alterData(organizationId: string, seq: number): Promise<void> {
  await asSuperuser(db.orm.em.fork(), async (tx) => {
    await tx.execute(
      `update audit_event set data = '{"amount": 1}'::jsonb where organization_id = ? and seq = ?`,
      [organizationId, seq],
    );
  });
}

describe('the audit chain on the auditor’s home page (§75)', () => {
  it('shows nothing while the chain verifies', async () => {
    const { auditor } = await checkpointedTrail();
    expect(await kindsFor(auditor)).toEqual([]);
  });

  it('finds at once an event altered after the latest checkpoint', async () => {
    const { organizationId, auditor } = await checkpointedTrail();
    await alterData(organizationId, 5);
    expect(await verifyAuditChainSinceCheckpoint(db.orm.em.fork(), organizationId)).toMatchObject({
      ok: false,
      brokenAtSeq: 5,
      problem: 'event_altered',
    });
    expect(await kindsFor(auditor)).toEqual(['chain_broken']);
  });

  it('finds at once the checkpointed event rewritten with the stolen key, and the end cut off', async () => {
    const rewritten = await checkpointedTrail();
    await rewriteAuditEvent(
      db.orm.em.fork(),
      rewritten.organizationId,
      3,
      { amount: 1 },
      withStolenKey(db.auditTrail.keyring),
    );
    expect(await verifyAuditChainSinceCheckpoint(db.orm.em.fork(), rewritten.organizationId)).toMatchObject({
      ok: false,
      problem: 'checkpoint_mismatch',
    });
    expect(await kindsFor(rewritten.auditor)).toEqual(['chain_broken']);

    const cut = await checkpointedTrail();
    await cutOffAuditChain(db.orm.em.fork(), cut.organizationId, 3);
    expect(await verifyAuditChainSinceCheckpoint(db.orm.em.fork(), cut.organizationId)).toMatchObject({
      ok: false,
      problem: 'truncated',
    });
    expect(await kindsFor(cut.auditor)).toEqual(['chain_broken']);
  });

  it('leaves the events under the checkpoint to the job’s whole verification, and tells what it found', async () => {
    const { organizationId, auditor } = await checkpointedTrail();
    await alterData(organizationId, 2);
    // From the checkpoint on, everything holds: the home page does not read the older events.
    expect(await verifyAuditChainSinceCheckpoint(db.orm.em.fork(), organizationId)).toEqual({
      ok: true,
      checked: 5,
      checkpoint: { seq: 3, at: NOW },
    });
    expect(await kindsFor(auditor)).toEqual([]);
    // The hourly job verifies it all, writes no checkpoint and keeps what it found.
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await writeAuditCheckpoint(db.orm.em.fork(), organizationId, later)).toMatchObject({
      outcome: 'broken',
    });
    expect(await latestAuditChainVerification(db.orm.em.fork(), organizationId)).toMatchObject({
      verifiedAt: later,
      ok: false,
      problem: 'event_altered',
      brokenAtSeq: 2,
    });
    expect(await kindsFor(auditor)).toEqual(['chain_broken']);
  });
});

import { readFile, writeFile, appendFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, buildOrganization, type TestDatabase } from '../testing/index.js';
import { openDatabase } from '../database/open-database.js';
import { appendSampleAuditEvents } from './audit-fixtures.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';
import { writeAuditCheckpoint } from './write-audit-checkpoint.js';
import { auditCheckpointFile } from './checkpoint-file.js';
import { signAuditCheckpoint } from './audit-checkpoint.js';
import { generateAuditKeyring, withNewAuditKey, type AuditKeyring } from './audit-keyring.js';
import { AuditEvent } from './audit-event.entity.js';
import {
  asLegacy,
  cutOffAuditChain,
  moveAuditLegacyBoundary,
  rewriteAuditEvent,
  withPlainSha256,
  withStolenKey,
} from './audit-tampering.js';

let db: TestDatabase;
const NOW = new Date('2026-12-03T05:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

/** An organisation with `count` events and a checkpoint of each `checkpointAt` head. */
async function trail(count: number, checkpointAt: number[] = []): Promise<string> {
  const em = db.orm.em.fork();
  const { admin } = await buildOrganization(em);
  let written = 0;
  for (const at of new Set([...checkpointAt, count])) {
    await appendSampleAuditEvents(em, admin, at - written);
    written = at;
    if (checkpointAt.includes(at)) {
      expect(await writeAuditCheckpoint(db.orm.em.fork(), admin.organizationId, NOW)).toMatchObject({
        outcome: 'written',
      });
    }
  }
  return admin.organizationId;
}

function verify(organizationId: string) {
  return verifyAuditChain(db.orm.em.fork(), organizationId);
}

/** The same database opened again with other audit keys, as after a restart with a new configuration. */
async function reopenWith(keyring: AuditKeyring): Promise<MikroORM> {
  return openDatabase({
    databaseUrl: db.databaseUrl,
    migrate: false,
    auditTrail: { keyring, checkpointDir: db.auditTrail.checkpointDir },
  });
}

describe('a keyed audit chain with checkpoints outside the database (§75)', () => {
  it('finds the last events deleted and the head rewound, by the checkpoint', async () => {
    const organizationId = await trail(5, [5]);
    await cutOffAuditChain(db.orm.em.fork(), organizationId, 4);
    expect(await verify(organizationId)).toEqual({
      ok: false,
      checked: 3,
      brokenAtSeq: 4,
      problem: 'truncated',
      checkpoint: { seq: 5, at: NOW },
    });
  });

  it('finds an event rewritten and the chain recomputed with plain sha256, by the key alone', async () => {
    const organizationId = await trail(5);
    await rewriteAuditEvent(db.orm.em.fork(), organizationId, 2, { amount: 1 }, withPlainSha256);
    expect(await verify(organizationId)).toEqual({
      ok: false,
      checked: 1,
      brokenAtSeq: 2,
      problem: 'event_altered',
    });
  });

  it('finds events recomputed with plain sha256 and passed off as written before the key', async () => {
    const organizationId = await trail(5);
    await rewriteAuditEvent(db.orm.em.fork(), organizationId, 2, { amount: 1 }, asLegacy);
    expect(await verify(organizationId)).toMatchObject({
      ok: false,
      brokenAtSeq: 2,
      problem: 'unkeyed_event',
    });
  });

  it('finds the legacy boundary moved to cover re-labelled events, by the first checkpoint', async () => {
    const organizationId = await trail(5, [3]);
    await rewriteAuditEvent(db.orm.em.fork(), organizationId, 2, { amount: 1 }, asLegacy);
    await moveAuditLegacyBoundary(db.orm.em.fork(), organizationId, 5);
    expect(await verify(organizationId)).toEqual({
      ok: false,
      checked: 0,
      brokenAtSeq: 1,
      problem: 'legacy_boundary_moved',
      checkpoint: { seq: 3, at: NOW },
    });
  });

  it('finds an event rewritten and the chain recomputed with the stolen key, by the checkpoint', async () => {
    const organizationId = await trail(6, [2, 5]);
    await rewriteAuditEvent(
      db.orm.em.fork(),
      organizationId,
      4,
      { amount: 1 },
      withStolenKey(db.auditTrail.keyring),
    );
    // Every seal verifies again; only the checkpoint of seq 5 still knows the old hash. The change
    // lies after seq 2, the last checkpoint that matches.
    expect(await verify(organizationId)).toEqual({
      ok: false,
      checked: 2,
      brokenAtSeq: 3,
      problem: 'checkpoint_mismatch',
      checkpoint: { seq: 5, at: NOW },
    });
  });

  it('refuses a checkpoint entry that was edited', async () => {
    const organizationId = await trail(5, [5]);
    const file = auditCheckpointFile(db.auditTrail.checkpointDir, organizationId);
    const original = await readFile(file, 'utf8');
    // The head is cut back to 3 and the checkpoint edited to match.
    await cutOffAuditChain(db.orm.em.fork(), organizationId, 4);
    const [head] = await db.orm.em
      .fork()
      .execute<{ hash: string }[]>('select hash from audit_event where organization_id = ? and seq = 3', [
        organizationId,
      ]);
    const line = JSON.parse(original) as Record<string, unknown>;
    await writeFile(file, `${JSON.stringify({ ...line, seq: 3, hash: head?.hash })}\n`);
    expect(await verify(organizationId)).toEqual({
      ok: false,
      checked: 0,
      problem: 'checkpoint_invalid',
      checkpoint: { seq: 3, at: NOW },
    });
  });

  it('refuses a checkpoint entry signed with another key', async () => {
    const organizationId = await trail(3, [3]);
    const forged = signAuditCheckpoint(generateAuditKeyring('test'), {
      organizationId,
      seq: 2,
      hash: 'f'.repeat(64),
      legacyThroughSeq: 0,
      at: NOW,
    });
    await appendFile(auditCheckpointFile(db.auditTrail.checkpointDir, organizationId), `${forged}\n`);
    expect(await verify(organizationId)).toMatchObject({ ok: false, problem: 'checkpoint_invalid' });
  });

  it('writes a checkpoint that verification reads, only when the head moved, and never of a broken chain', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    const organizationId = admin.organizationId;
    expect(await writeAuditCheckpoint(db.orm.em.fork(), organizationId, NOW)).toEqual({
      outcome: 'unchanged',
    });
    await appendSampleAuditEvents(em, admin, 2);
    const [head] = await em.execute<{ last_hash: string }[]>(
      'select last_hash from audit_chain_head where organization_id = ?',
      [organizationId],
    );
    expect(await writeAuditCheckpoint(db.orm.em.fork(), organizationId, NOW)).toEqual({
      outcome: 'written',
      checkpoint: { organizationId, seq: 2, hash: head?.last_hash, legacyThroughSeq: 0, at: NOW },
    });
    expect(await verify(organizationId)).toEqual({ ok: true, checked: 2, checkpoint: { seq: 2, at: NOW } });
    expect(await writeAuditCheckpoint(db.orm.em.fork(), organizationId, NOW)).toEqual({
      outcome: 'unchanged',
    });

    await appendSampleAuditEvents(em, admin, 1);
    await rewriteAuditEvent(db.orm.em.fork(), organizationId, 3, { amount: 1 }, withPlainSha256);
    expect(await writeAuditCheckpoint(db.orm.em.fork(), organizationId, NOW)).toMatchObject({
      outcome: 'broken',
      report: { problem: 'event_altered', brokenAtSeq: 3 },
    });
    const lines = (await readFile(auditCheckpointFile(db.auditTrail.checkpointDir, organizationId), 'utf8'))
      .trim()
      .split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ organizationId, seq: 2, keyId: 'test' });
  });

  it('keeps the events and checkpoints of a rotated key verifiable while the old key is configured', async () => {
    const organizationId = await trail(3, [3]);
    const rotatedKeyring = withNewAuditKey(db.auditTrail.keyring, 'test2');
    const rotated = await reopenWith(rotatedKeyring);
    const newOnly = await reopenWith({
      currentKeyId: 'test2',
      keys: new Map([['test2', rotatedKeyring.keys.get('test2') as Buffer]]),
    });
    try {
      for (const entityId of ['a', 'b']) {
        await rotated.em
          .fork()
          .transactional((tx) =>
            recordAudit(tx, null, { organizationId, action: 'test.rotated', entityType: 'Thing', entityId }),
          );
      }
      expect(await writeAuditCheckpoint(rotated.em.fork(), organizationId, NOW)).toMatchObject({
        outcome: 'written',
      });
      const keys = await rotated.em
        .fork()
        .find(AuditEvent, { organization: organizationId }, { orderBy: { seq: 'asc' } });
      expect(keys.map((e) => e.keyId)).toEqual(['test', 'test', 'test', 'test2', 'test2']);
      expect(await verifyAuditChain(rotated.em.fork(), organizationId)).toEqual({
        ok: true,
        checked: 5,
        checkpoint: { seq: 5, at: NOW },
      });
      // Dropping the old key too early leaves its checkpoints and events unverifiable, and says so.
      expect(await verifyAuditChain(newOnly.em.fork(), organizationId)).toMatchObject({
        ok: false,
        problem: 'checkpoint_invalid',
      });
    } finally {
      await rotated.close(true);
      await newOnly.close(true);
    }
  });

  it('names an event sealed with a key that is not configured', async () => {
    const organizationId = await trail(2);
    const other = await reopenWith(generateAuditKeyring('other'));
    try {
      expect(await verifyAuditChain(other.em.fork(), organizationId)).toEqual({
        ok: false,
        checked: 0,
        brokenAtSeq: 1,
        problem: 'unknown_key',
      });
    } finally {
      await other.close(true);
    }
  });
});

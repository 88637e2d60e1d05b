import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  buildOrganization,
  concurrently,
  createTestDatabase,
  outcomes,
  type TestDatabase,
} from '../testing/index.js';
import type { Actor } from '../kernel/actor.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';
import { AuditEvent } from './audit-event.entity.js';
import { legacyAuditHash } from './audit-hash.js';
import { asSuperuser } from './audit-tampering.js';
import { openDatabase } from '../database/open-database.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

async function appendEvents(em: EntityManager, actor: Actor, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await em.transactional(async (tx) => {
      await recordAudit(tx, actor, {
        organizationId: actor.organizationId,
        action: 'test.changed',
        entityType: 'Thing',
        entityId: `thing-${i}`,
        data: { index: i, nested: { b: 2, a: [1, 'two'] } },
      });
    });
  }
}

describe('audit trail (§75)', () => {
  it('chains each organisation’s events so that the chain verifies', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await appendEvents(em, admin, 5);
    expect(await verifyAuditChain(em, admin.organizationId)).toEqual({ ok: true, checked: 5 });
  });

  it('chains the events of eight writers at once, the first of a new organisation among them', async () => {
    const { admin } = await buildOrganization(db.orm.em.fork());
    const settled = await concurrently(db.orm, 8, (tx, i) =>
      recordAudit(tx, admin, {
        organizationId: admin.organizationId,
        action: 'test.changed',
        entityType: 'Thing',
        entityId: `racer-${i}`,
      }),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    expect(await verifyAuditChain(db.orm.em.fork(), admin.organizationId)).toEqual({ ok: true, checked: 8 });
  });

  it('refuses to write an event outside the transaction of the change', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await expect(
      recordAudit(em, admin, {
        organizationId: admin.organizationId,
        action: 'a',
        entityType: 'T',
        entityId: '1',
      }),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('refuses UPDATE and DELETE on stored events', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await appendEvents(em, admin, 1);
    await expect(
      em.execute(`update audit_event set action = 'x' where organization_id = ?`, [admin.organizationId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      em.execute(`delete from audit_event where organization_id = ?`, [admin.organizationId]),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses to rewind, delete or re-label the chain head', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await appendEvents(em, admin, 2);
    const organizationId = admin.organizationId;
    await expect(
      em.execute('update audit_chain_head set last_seq = 1 where organization_id = ?', [organizationId]),
    ).rejects.toThrow(/only moves forward/);
    await expect(
      em.execute('update audit_chain_head set legacy_through_seq = 2 where organization_id = ?', [
        organizationId,
      ]),
    ).rejects.toThrow(/only moves forward/);
    await expect(
      em.execute('delete from audit_chain_head where organization_id = ?', [organizationId]),
    ).rejects.toThrow(/only moves forward/);
    expect(await verifyAuditChain(em, organizationId)).toEqual({ ok: true, checked: 2 });
  });

  it('seals each event with the current audit key and names the key', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await appendEvents(em, admin, 2);
    const events = await em.find(
      AuditEvent,
      { organization: admin.organizationId },
      { orderBy: { seq: 'asc' } },
    );
    expect(events.map((e) => e.keyId)).toEqual(['test', 'test']);
    // Not the plain sha256 anyone could recompute.
    const [first] = events;
    expect(first?.hash).not.toBe(
      legacyAuditHash({
        organizationId: admin.organizationId,
        seq: 1,
        at: first?.at as Date,
        actorPersonId: first?.actorPersonId ?? null,
        action: first?.action as string,
        entityType: first?.entityType as string,
        entityId: first?.entityId as string,
        data: first?.data as Record<string, unknown>,
        prevHash: first?.prevHash as string,
      }),
    );
  });

  it('refuses to write an event through a database opened without the audit key', async () => {
    const keyless = await openDatabase({ databaseUrl: db.databaseUrl, migrate: false });
    try {
      const { admin } = await buildOrganization(keyless.em.fork());
      await expect(
        keyless.em.fork().transactional((tx) =>
          recordAudit(tx, admin, {
            organizationId: admin.organizationId,
            action: 'a',
            entityType: 'T',
            entityId: '1',
          }),
        ),
      ).rejects.toThrow(/audit trail needs its key/);
    } finally {
      await keyless.close(true);
    }
  });

  it('detects a row whose data was edited behind the application’s back', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await appendEvents(em, admin, 4);
    await asSuperuser(em, async (tx) => {
      await tx.execute(
        `update audit_event set data = '{"index": 99}'::jsonb where organization_id = ? and seq = 3`,
        [admin.organizationId],
      );
    });
    expect(await verifyAuditChain(em, admin.organizationId)).toEqual({
      ok: false,
      checked: 2,
      brokenAtSeq: 3,
      problem: 'event_altered',
    });
  });

  it('detects events deleted from the end of the chain', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await appendEvents(em, admin, 3);
    await asSuperuser(em, async (tx) => {
      await tx.execute(`delete from audit_event where organization_id = ? and seq = 3`, [
        admin.organizationId,
      ]);
    });
    expect(await verifyAuditChain(em, admin.organizationId)).toEqual({
      ok: false,
      checked: 2,
      brokenAtSeq: 3,
      problem: 'head_mismatch',
    });
  });

  it('detects an event removed from the middle of the chain', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await appendEvents(em, admin, 4);
    await asSuperuser(em, async (tx) => {
      await tx.execute(`delete from audit_event where organization_id = ? and seq = 2`, [
        admin.organizationId,
      ]);
    });
    expect(await verifyAuditChain(em, admin.organizationId)).toEqual({
      ok: false,
      checked: 1,
      brokenAtSeq: 2,
      problem: 'link_broken',
    });
  });

  it('serialises concurrent writers of one organisation into one consistent chain', async () => {
    const { admin } = await buildOrganization(db.orm.em.fork());
    const writer = (name: string) =>
      db.orm.em.fork().transactional(async (tx) => {
        await recordAudit(tx, admin, {
          organizationId: admin.organizationId,
          action: 'test.concurrent',
          entityType: 'Thing',
          entityId: name,
        });
        // Hold the chain head a little while the other transaction waits for it.
        await tx.execute('select pg_sleep(0.05)');
      });
    await Promise.all([writer('a'), writer('b'), writer('c'), writer('d')]);
    const em = db.orm.em.fork();
    expect(await verifyAuditChain(em, admin.organizationId)).toEqual({ ok: true, checked: 4 });
    const stored = await em.find(
      AuditEvent,
      { organization: admin.organizationId },
      { orderBy: { seq: 'desc' } },
    );
    expect(stored.map((e) => e.seq)).toEqual([4, 3, 2, 1]);
  });
});

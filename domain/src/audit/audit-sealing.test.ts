import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { buildOrganization, createTestDatabase, type TestDatabase } from '../testing/index.js';
import type { Actor } from '../kernel/actor.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const event = (actor: Actor, entityId: string) => ({
  organizationId: actor.organizationId,
  action: 'test.sealed',
  entityType: 'Thing',
  entityId,
});

async function chained(em: EntityManager, organizationId: string): Promise<string[]> {
  const rows = await em.execute<{ entity_id: string }[]>(
    'select entity_id from audit_event where organization_id = ? order by seq',
    [organizationId],
  );
  return rows.map((r) => r.entity_id);
}

async function waiting(em: EntityManager, organizationId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    'select count(*)::int as n from audit_pending where organization_id = ?',
    [organizationId],
  );
  return row?.n ?? 0;
}

describe('sealing recorded events into the chain (§75, ADR 015)', () => {
  it('has the event in the chain when the transaction that recorded it returns, savepoints included', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await em.fork().transactional((tx) => recordAudit(tx, admin, event(admin, 'alone')));
    // Recorded in a savepoint only: the commit of the transaction around it seals it.
    await em.fork().transactional(async (tx) => {
      await tx.transactional((inner) => recordAudit(inner, admin, event(admin, 'nested')));
    });
    expect(await chained(em, admin.organizationId)).toEqual(['alone', 'nested']);
    expect(await waiting(em, admin.organizationId)).toBe(0);
  });

  it('leaves nothing behind when the change rolls back', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await expect(
      em.fork().transactional(async (tx) => {
        await recordAudit(tx, admin, event(admin, 'undone'));
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await waiting(em, admin.organizationId)).toBe(0);
    expect(await chained(em, admin.organizationId)).toEqual([]);
  });

  it('seals what a burst of writers committed while the head was held in one batch', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await em.fork().transactional((tx) => recordAudit(tx, admin, event(admin, 'first')));
    // Another sealer holds the head: every writer commits, then waits for it to be free.
    const holder = db.orm.em.fork();
    await holder.begin();
    await holder.execute('select 1 from audit_chain_head where organization_id = ? for update', [
      admin.organizationId,
    ]);
    const writers = Array.from({ length: 12 }, (_, i) =>
      db.orm.em.fork().transactional((tx) => recordAudit(tx, admin, event(admin, `burst-${i}`))),
    );
    await expect.poll(() => waiting(em, admin.organizationId), { timeout: 10_000 }).toBe(12);
    await holder.commit();
    await Promise.all(writers);
    expect(await waiting(em, admin.organizationId)).toBe(0);
    const sealed = await chained(em, admin.organizationId);
    expect(sealed).toHaveLength(13);
    expect(new Set(sealed.slice(1))).toEqual(new Set(Array.from({ length: 12 }, (_, i) => `burst-${i}`)));
    // One seal took the twelve: they were appended by a single transaction.
    const [batches] = await em.execute<{ n: number }[]>(
      'select count(distinct xmin::text)::int as n from audit_event where organization_id = ? and seq > 1',
      [admin.organizationId],
    );
    expect(batches?.n).toBe(1);
    expect(await verifyAuditChain(em, admin.organizationId)).toEqual({ ok: true, checked: 13 });
  });

  it('seals, before verifying, an event whose transaction committed without being sealed (a crash)', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await em.fork().transactional((tx) => recordAudit(tx, admin, event(admin, 'sealed')));
    // What a process that died between its commit and its seal leaves.
    await em.execute(
      `insert into audit_pending (id, organization_id, at, actor_person_id, action, entity_type, entity_id, data)
       values (gen_random_uuid(), ?, now(), null, 'test.sealed', 'Thing', 'orphan', '{}')`,
      [admin.organizationId],
    );
    expect(await chained(em, admin.organizationId)).toEqual(['sealed']);
    expect(await verifyAuditChain(em, admin.organizationId)).toEqual({ ok: true, checked: 2 });
    expect(await chained(em, admin.organizationId)).toEqual(['sealed', 'orphan']);
  });

  it('refuses to edit a waiting event, and a head that skips past the stored events', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await em.fork().transactional((tx) => recordAudit(tx, admin, event(admin, 'one')));
    await em.execute(
      `insert into audit_pending (id, organization_id, at, action, entity_type, entity_id, data)
       values (gen_random_uuid(), ?, now(), 'test.sealed', 'Thing', 'waiting', '{}')`,
      [admin.organizationId],
    );
    await expect(
      em.execute("update audit_pending set entity_id = 'forged' where organization_id = ?", [
        admin.organizationId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      em.execute('update audit_chain_head set last_seq = 5 where organization_id = ?', [
        admin.organizationId,
      ]),
    ).rejects.toThrow(/only moves forward/);
  });
});

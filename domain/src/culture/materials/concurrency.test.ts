import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError } from '../../kernel/errors.js';
import { concurrently, outcomes } from '../../testing/index.js';
import { acknowledgeCultureMaterial } from './acknowledgements.js';
import {
  createMaterialsWorld,
  memoInput,
  publishedMaterial,
  type MaterialsWorld,
} from './materials-fixtures.js';
import { withdrawCultureMaterial } from './materials.js';
import { CultureMaterialAcknowledgement, CultureMaterialReminder } from './material.entity.js';
import { claimMaterialReminders, dueMaterialReminders, remindCultureMaterial } from './reminders.js';

// Double clicks, a withdrawal racing acknowledgements, and the morning job racing "remind now", on
// the real PostgreSQL.

const N = 6;
const NOW = new Date('2026-03-02T04:00:00Z');
const LATER = new Date('2026-03-20T04:00:00Z');

let world: MaterialsWorld;

beforeAll(async () => {
  world = await createMaterialsWorld();
});

afterAll(async () => {
  await world?.db.drop();
});

describe('concurrent acknowledgements', () => {
  it('of the same person at once, one is recorded and all answer it', async () => {
    const memo = await publishedMaterial(world, memoInput(), NOW);
    const reader = world.financeStaff[0]!;
    const { fulfilled, rejected } = outcomes(
      await concurrently(world.db.orm, N, (em) => acknowledgeCultureMaterial(em, reader, memo.id, NOW)),
    );
    expect(rejected).toEqual([]);
    expect(fulfilled.map((view) => view.acknowledgement?.revision)).toEqual(Array(N).fill(1));
    const em = world.db.orm.em.fork();
    expect(
      await em.count(CultureMaterialAcknowledgement, { material: memo.id, person: reader.personId }),
    ).toBe(1);
    expect(await em.count(AuditEvent, { entityId: memo.id, action: 'culture_material.acknowledged' })).toBe(
      1,
    );
  });

  it('racing a withdrawal, each is either recorded before it or refused after it', async () => {
    const memo = await publishedMaterial(world, memoInput(), NOW);
    const readers = world.financeStaff.slice(0, N - 1);
    const settled = await concurrently(world.db.orm, N, (em, i) =>
      i === N - 1
        ? withdrawCultureMaterial(em, world.planner, memo.id, NOW)
        : acknowledgeCultureMaterial(em, readers[i]!, memo.id, NOW),
    );
    const acknowledged = settled.slice(0, N - 1).filter((s) => s.status === 'fulfilled').length;
    for (const s of settled.slice(0, N - 1))
      if (s.status === 'rejected') expect(s.reason).toBeInstanceOf(ConflictError);
    expect(settled[N - 1]!.status).toBe('fulfilled');
    expect(await world.db.orm.em.fork().count(CultureMaterialAcknowledgement, { material: memo.id })).toBe(
      acknowledged,
    );
  });
});

describe('concurrent reminders', () => {
  it('the morning job and "remind now" at once remind each person once that day', async () => {
    const memo = await publishedMaterial(
      world,
      memoInput({ audienceAll: false, audienceOrgUnitIds: [world.sales.id] }),
      NOW,
    );
    const organizationId = world.org.organization.id;
    const settled = await concurrently(world.db.orm, N, async (em, i) =>
      i % 2 === 0
        ? remindCultureMaterial(em, world.planner, memo.id, LATER)
        : claimMaterialReminders(
            em,
            organizationId,
            await dueMaterialReminders(em, organizationId, LATER),
            LATER,
          ),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    const salesIds = world.salesStaff.map((actor) => actor.personId);
    const remindedSales = fulfilled.flat().filter((r) => salesIds.includes(r.personId));
    expect(remindedSales.map((r) => r.personId).sort()).toEqual([...salesIds].sort());
    expect(await world.db.orm.em.fork().count(CultureMaterialReminder, { person: { $in: salesIds } })).toBe(
      salesIds.length,
    );
  });
});

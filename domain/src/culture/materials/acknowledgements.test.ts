import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import { myWork } from '../../work/work-registry.js';
import { acknowledgeCultureMaterial, myCultureMaterials } from './acknowledgements.js';
import { materialFigures } from './figures.js';
import {
  createMaterialsWorld,
  memoInput,
  publishedMaterial,
  type MaterialsWorld,
} from './materials-fixtures.js';
import { saveCultureMaterial, withdrawCultureMaterial } from './materials.js';
import { CultureMaterialAcknowledgement } from './material.entity.js';
import './kpis.js';
import './work-items.js';

let world: MaterialsWorld;

beforeAll(async () => {
  world = await createMaterialsWorld();
});

afterAll(async () => {
  await world?.db.drop();
});

const NOW = new Date('2026-03-02T04:00:00Z');

describe('"read and understood" (§35.6)', () => {
  it('is recorded once: a second acknowledgement keeps the first and adds nothing to the trail', async () => {
    const memo = await publishedMaterial(world, memoInput(), NOW);
    const reader = world.financeStaff[0]!;
    const first = await world.inTx((em) => acknowledgeCultureMaterial(em, reader, memo.id, NOW));
    const later = new Date('2026-03-03T04:00:00Z');
    const second = await world.inTx((em) => acknowledgeCultureMaterial(em, reader, memo.id, later));
    expect(first.acknowledgement).toEqual({ acknowledgedAt: NOW, revision: 1 });
    expect(second.acknowledgement).toEqual({ acknowledgedAt: NOW, revision: 1 });
    const em = world.db.orm.em.fork();
    expect(await em.count(CultureMaterialAcknowledgement, { material: memo.id })).toBe(1);
    expect(await em.count(AuditEvent, { entityId: memo.id, action: 'culture_material.acknowledged' })).toBe(
      1,
    );
  });

  it('is overdue for the reader once its term has passed on Kazakhstan’s day, and no longer once given', async () => {
    const memo = await publishedMaterial(world, memoInput({ acknowledgementDays: 10 }), NOW);
    const reader = world.financeStaff[1]!;
    const overdue = async (at: Date) =>
      (await myCultureMaterials(world.db.orm.em.fork(), reader, at)).find((m) => m.id === memo.id)!
        .acknowledgementOverdue;
    expect(memo.acknowledgeBy).toBe('2026-03-12');
    // 12 March, 23:30 in Almaty: still the last day.
    expect(await overdue(new Date('2026-03-12T18:30:00Z'))).toBe(false);
    // 13 March, 00:30 in Almaty, still the 12th in UTC: past the term.
    expect(await overdue(new Date('2026-03-12T19:30:00Z'))).toBe(true);
    await world.inTx((em) => acknowledgeCultureMaterial(em, reader, memo.id, NOW));
    expect(await overdue(new Date('2026-03-20T04:00:00Z'))).toBe(false);
  });

  it('is not found for a person outside the audience or for a draft', async () => {
    const memo = await publishedMaterial(
      world,
      memoInput({ audienceAll: false, audienceOrgUnitIds: [world.sales.id] }),
      NOW,
    );
    await expect(
      world.inTx((em) => acknowledgeCultureMaterial(em, world.financeStaff[0]!, memo.id, NOW)),
    ).rejects.toBeInstanceOf(NotFoundError);
    const draft = await world.inTx((em) => saveCultureMaterial(em, world.planner, memoInput(), NOW));
    await expect(
      world.inTx((em) => acknowledgeCultureMaterial(em, world.financeStaff[0]!, draft.id, NOW)),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await world.db.orm.em.fork().count(CultureMaterialAcknowledgement, { material: memo.id })).toBe(0);
  });

  it('is a conflict on a withdrawn material and on one that does not ask for it', async () => {
    const memo = await publishedMaterial(world, memoInput(), NOW);
    await world.inTx((em) => withdrawCultureMaterial(em, world.planner, memo.id, NOW));
    await expect(
      world.inTx((em) => acknowledgeCultureMaterial(em, world.financeStaff[1]!, memo.id, NOW)),
    ).rejects.toMatchObject({ messageKey: 'culture.material.withdrawn' });
    const info = await publishedMaterial(world, memoInput({ requiresAcknowledgement: false }), NOW);
    const refused = world.inTx((em) => acknowledgeCultureMaterial(em, world.financeStaff[1]!, info.id, NOW));
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({ messageKey: 'culture.material.noAcknowledgement' });
  });
});

describe('figures, my materials, my work and the KPI', () => {
  let world2: MaterialsWorld;
  let memoId: string;
  const LATER = new Date('2026-03-20T04:00:00Z');

  beforeAll(async () => {
    world2 = await createMaterialsWorld();
    // For finance (6) and its treasury (2): 8 readers; 4 of finance and 1 of treasury acknowledge.
    const memo = await publishedMaterial(
      world2,
      memoInput({ audienceAll: false, audienceOrgUnitIds: [world2.finance.id] }),
      NOW,
    );
    memoId = memo.id;
    for (const reader of [...world2.financeStaff.slice(0, 4), world2.treasuryStaff[0]!]) {
      await world2.inTx((em) => acknowledgeCultureMaterial(em, reader, memo.id, NOW));
    }
  });

  afterAll(async () => {
    await world2?.db.drop();
  });

  it('counts the audience and who acknowledged, by unit, withholding groups under 5, and names who has not', async () => {
    const figures = await world2.inTx((em) => materialFigures(em, world2.planner, memoId));
    expect(figures).toMatchObject({ audience: 8, acknowledged: 5, share: 62.5, missing: 3 });
    expect(
      figures.byOrgUnit.map((unit) => [
        unit.orgUnit.name.en,
        unit.audience,
        unit.acknowledged,
        unit.withheld,
      ]),
    ).toEqual([
      ['Finance', 6, 4, false],
      ['Treasury', null, null, true],
    ]);
    expect(figures.notAcknowledged.map((person) => person.fullName)).toEqual([
      'Finance 5',
      'Finance 6',
      'Treasury 2',
    ]);
  });

  it('counts only active staff: someone who left leaves the audience', async () => {
    const em = world2.db.orm.em.fork();
    await em.execute('update person set active = false where id = ?', [world2.financeStaff[5]!.personId]);
    const figures = await world2.inTx((tx) => materialFigures(tx, world2.planner, memoId));
    expect(figures).toMatchObject({ audience: 7, acknowledged: 5, missing: 2 });
    await em.execute('update person set active = true where id = ?', [world2.financeStaff[5]!.personId]);
  });

  it('keeps the figures for the planners', async () => {
    await expect(
      world2.inTx((em) => materialFigures(em, world2.financeStaff[0]!, memoId)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lists my materials, those waiting for my acknowledgement first', async () => {
    const info = await publishedMaterial(
      world2,
      memoInput({ requiresAcknowledgement: false, title: { kk: 'Буклет', ru: 'Буклет' } }),
      LATER,
    );
    const reader = world2.financeStaff[5]!;
    const mine = await world2.inTx((em) => myCultureMaterials(em, reader));
    expect(mine.map((m) => [m.id, m.acknowledgement])).toEqual([
      [memoId, null],
      [info.id, null],
    ]);
    const salesMine = await world2.inTx((em) => myCultureMaterials(em, world2.salesStaff[1]!));
    expect(salesMine.map((m) => m.id)).toEqual([info.id]);
  });

  it('puts the material to acknowledge in my work until acknowledged, and the past-term count in the planners’', async () => {
    const reader = world2.financeStaff[5]!;
    const before = await myWork(world2.db.orm.em.fork(), reader, new Date('2026-03-11T04:00:00Z'));
    expect(before.filter((item) => item.plugin === 'culture')).toMatchObject([
      {
        kind: 'culture_material_to_acknowledge',
        dueOn: '2026-03-12',
        urgency: 'due_soon',
        path: `/culture/materials/${memoId}`,
        subject: { ru: 'Памятка о конфликте интересов' },
      },
    ]);
    const plannerWork = await myWork(world2.db.orm.em.fork(), world2.planner, LATER);
    expect(plannerWork.filter((item) => item.plugin === 'culture')).toMatchObject([
      { kind: 'culture_materials_unacknowledged', count: 1, urgency: 'overdue', dueOn: '2026-03-12' },
    ]);
    const early = await myWork(world2.db.orm.em.fork(), world2.planner, NOW);
    expect(early.filter((item) => item.kind === 'culture_materials_unacknowledged')).toEqual([]);
    await world2.inTx((em) => acknowledgeCultureMaterial(em, reader, memoId, NOW));
    const after = await myWork(world2.db.orm.em.fork(), reader, LATER);
    expect(after.filter((item) => item.kind === 'culture_material_to_acknowledge')).toEqual([]);
  });

  it('computes the KPI over the audiences of the published materials that ask for acknowledgement', async () => {
    // 8 readers of the memo, 6 of whom acknowledged by now (the last test added one).
    const [whole] = await computeKpiValues(
      world2.db.orm.em.fork(),
      world2.planner,
      ['culture.material_ack_share'],
      {},
    );
    expect(whole).toMatchObject({ value: 75, numerator: 6, denominator: 8, suppressed: false });
    const [treasury] = await computeKpiValues(
      world2.db.orm.em.fork(),
      world2.planner,
      ['culture.material_ack_share'],
      { orgUnitId: world2.treasury.id },
    );
    expect(treasury).toMatchObject({ value: null, suppressed: true });
    await expect(
      computeKpiValues(world2.db.orm.em.fork(), world2.financeStaff[0]!, ['culture.material_ack_share'], {}),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

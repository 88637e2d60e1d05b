import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../testing/index.js';
import { forTenant } from '../database/tenant-filter.js';
import { countStatements } from '../database/statement-count.js';
import { ForbiddenError, NotFoundError } from '../kernel/errors.js';
import type { Actor } from '../kernel/actor.js';
import type { IOrgUnit } from '../org/org-unit.entity.js';
import { generateHotlineKeyring } from '../hotline/crypto/keyring.js';
import { submitHotlineReport } from '../hotline/intake/intake.js';
import '../org/kpis.js';
import '../training/reports/kpis.js';
import '../hotline/reports/kpis.js';
import '../training/reports/kpi-records.js';
import { computeKpiValues, computeKpiValuesByOrganization } from './compute-kpi-values.js';
import { kpiBenchmark } from './kpi-benchmark.js';
import { kpiDrillDown } from './kpi-drill-down.js';
import { kpiRecords } from './kpi-records.js';
import { registerKpi } from './kpi-registry.js';

// Issue 16, point 4: a holding — a parent company with two subsidiaries — and around it an
// unrelated organisation and a subsidiary's own subsidiary, which the parent does not oversee.
let db: TestDatabase;
let parent: BuiltOrganization;
let energy: BuiltOrganization;
let logistics: BuiltOrganization;
let stranger: BuiltOrganization;
let grandchild: BuiltOrganization;
let energyPlant: IOrgUnit;
const heads: Record<'parent' | 'energy' | 'logistics', Actor> = {} as never;

const at = (local: string) => new Date(`${local}+05:00`);
// March 2025 in Kazakhstan; reports fall on the 10th to the 12th, none on the edge days.
const MARCH = { periodFrom: at('2025-03-01T00:00:00'), periodTo: at('2025-03-31T00:00:00') };
const NOW = at('2025-06-01T12:00:00');

/** Staff counts with and without a hire date: the test share is "hire date known". */
const STAFF = { parent: [3, 1], energy: [7, 3], logistics: [4, 1] } as const;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  parent = await buildOrganization(em, { name: 'Holding JSC' });
  energy = await buildOrganization(em, { name: 'Energy JSC', parent: parent.organization });
  logistics = await buildOrganization(em, { name: 'Logistics LLP', parent: parent.organization });
  stranger = await buildOrganization(em, { name: 'Stranger LLP' });
  grandchild = await buildOrganization(em, { name: 'Grandchild LLP', parent: energy.organization });
  energyPlant = buildOrgUnit(em, energy.organization, energy.root, 'Plant');
  for (const [key, built] of [
    ['parent', parent],
    ['energy', energy],
    ['logistics', logistics],
  ] as const) {
    const [dated, undated] = STAFF[key];
    const unit = key === 'energy' ? energyPlant : built.root;
    // The admin (no hire date) is one of the undated.
    for (let i = 0; i < dated; i += 1) buildPerson(em, built.organization, unit, { hiredAt: '2020-01-01' });
    for (let i = 1; i < undated; i += 1) buildPerson(em, built.organization, unit);
    const head = buildPerson(em, built.organization, built.root, { hiredAt: '2019-01-01' });
    grantRoles(em, head, ['employee', 'compliance_head']);
    heads[key] = {
      personId: head.id,
      organizationId: built.organization.id,
      roles: ['employee', 'compliance_head'],
    };
  }
  await em.flush();
  const keyring = generateHotlineKeyring();
  const file = (organizationId: string, receivedAt: Date) =>
    db.orm.em.fork().transactional((tx) =>
      submitHotlineReport(
        tx,
        keyring,
        organizationId,
        {
          category: 'corruption',
          what: 'Тендер жеткізушінің пайдасына шешілді, конверт берілді.',
          anonymous: true,
        },
        receivedAt,
      ),
    );
  // Energy: 6 reports, 5 on one day; logistics: 2, a small count.
  for (let i = 0; i < 5; i += 1) await file(energy.organization.id, at(`2025-03-10T1${i}:00:00`));
  await file(energy.organization.id, at('2025-03-12T10:00:00'));
  for (let i = 0; i < 2; i += 1) await file(logistics.organization.id, at(`2025-03-11T1${i}:00:00`));
  registerKpi({
    code: 'test.hire_date_known',
    context: 'org',
    title: { kk: 'hire date known', ru: 'hire date known', en: 'hire date known' },
    description: { kk: 'x', ru: 'x', en: 'x' },
    formula: { kk: 'x', ru: 'x', en: 'x' },
    paragraph: '§0',
    unit: 'percent',
    target: 50,
    direction: 'at_least',
    dimensions: ['org_unit'],
    granularity: 'instant',
    readers: ['compliance_head'],
    sql: `select case when count(*) = 0 then null
        else round(100.0 * count(*) filter (where p.hired_at is not null) / count(*), 1) end as value,
      (count(*) filter (where p.hired_at is not null))::numeric as numerator, count(*)::numeric as denominator
      from person p join org_unit u on u.id = p.org_unit_id
      where p.organization_id = cast(:organizationId as uuid) and u.path like :orgUnitPath || '%'`,
  });
});

afterAll(async () => {
  await db?.drop();
});

/** The request's entity manager, as the gateway gives it: it sees the actor's organisation only. */
const requestEm = (actor: Actor) => forTenant(db.orm.em, actor.organizationId);

const CODES = [
  'org.headcount',
  'hotline.reports_count',
  'hotline.reports_per_100_staff',
  'test.hire_date_known',
];

describe('KPIs of a subsidiary', () => {
  it('are, for the parent company’s compliance head, what the subsidiary’s own head computes', async () => {
    for (const key of ['energy', 'logistics'] as const) {
      const asParent = await computeKpiValues(
        requestEm(heads.parent),
        heads.parent,
        CODES,
        { ...MARCH, organizationId: heads[key].organizationId },
        NOW,
      );
      const asOwnHead = await computeKpiValues(requestEm(heads[key]), heads[key], CODES, MARCH, NOW);
      expect(asParent).toEqual(asOwnHead);
    }
    const [energyHeadcount] = await computeKpiValues(
      requestEm(heads.parent),
      heads.parent,
      ['org.headcount'],
      { organizationId: energy.organization.id },
      NOW,
    );
    // 7 dated + 3 undated (the admin among them) + the head.
    expect(energyHeadcount?.value).toBe(11);
  });

  it('restrict to a unit of the subsidiary computed, read past the request’s tenant filter', async () => {
    const [plant] = await computeKpiValues(
      requestEm(heads.parent),
      heads.parent,
      ['org.headcount'],
      { organizationId: energy.organization.id, orgUnitId: energyPlant.id },
      NOW,
    );
    expect(plant).toMatchObject({ value: 9, orgUnitId: energyPlant.id });
  });

  it('answer NOT_FOUND for an organisation that is not a direct subsidiary, and for a unit of another organisation', async () => {
    const asParent = (filter: Parameters<typeof computeKpiValues>[3]) =>
      computeKpiValues(requestEm(heads.parent), heads.parent, ['org.headcount'], filter, NOW);
    for (const organizationId of [stranger.organization.id, grandchild.organization.id, 'not-an-id']) {
      await expect(asParent({ organizationId })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(
      asParent({ organizationId: logistics.organization.id, orgUnitId: energyPlant.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(asParent({ orgUnitId: energyPlant.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      asParent({ organizationId: stranger.organization.id, orgUnitId: stranger.root.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('are out of a subsidiary head’s reach: neither the parent company nor a sibling', async () => {
    for (const organizationId of [parent.organization.id, logistics.organization.id]) {
      await expect(
        computeKpiValues(requestEm(heads.energy), heads.energy, ['org.headcount'], { organizationId }, NOW),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it('are refused by KPI to a role that may not read it, as in the actor’s own organisation', async () => {
    const admin: Actor = { ...heads.parent, roles: ['employee', 'org_admin'] };
    await expect(
      computeKpiValues(requestEm(admin), admin, ['hotline.reports_count'], {
        organizationId: energy.organization.id,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('cost one statement without a unit, two with one (its path, then the figures)', async () => {
    const { tally } = await countStatements(() =>
      computeKpiValues(
        requestEm(heads.parent),
        heads.parent,
        CODES,
        { ...MARCH, organizationId: energy.organization.id },
        NOW,
      ),
    );
    expect(tally.count).toBe(1);
    const { tally: withUnit } = await countStatements(() =>
      computeKpiValues(
        requestEm(heads.parent),
        heads.parent,
        CODES,
        { ...MARCH, organizationId: energy.organization.id, orgUnitId: energyPlant.id },
        NOW,
      ),
    );
    expect(withUnit.count).toBe(2);
  });
});

describe('drilling into a subsidiary (issue 16.3, 16.4)', () => {
  it('gives the parent company’s head the subsidiary’s units, as its own head sees them', async () => {
    const asParent = await kpiDrillDown(
      requestEm(heads.parent),
      heads.parent,
      'org.headcount',
      { organizationId: energy.organization.id },
      NOW,
    );
    const asOwnHead = await kpiDrillDown(requestEm(heads.energy), heads.energy, 'org.headcount', {}, NOW);
    // The parent's request carries each unit too, which its own lookups (tenant-filtered) would not find.
    const { units, ...rest } = asParent;
    expect({ ...rest, units: units.map(({ orgUnit: _unit, ...figure }) => figure) }).toEqual(asOwnHead);
    expect(units.map((unit) => [unit.orgUnitId, unit.orgUnit?.name, unit.value.value])).toEqual([
      [energyPlant.id, 'Plant', 9],
    ]);
    expect(asParent.whole.value).toBe(11);
  });

  it('answers NOT_FOUND for an organisation that is not a direct subsidiary, listing none of its units', async () => {
    for (const organizationId of [stranger.organization.id, grandchild.organization.id, 'not-an-id']) {
      await expect(
        kpiDrillDown(requestEm(heads.parent), heads.parent, 'org.headcount', { organizationId }, NOW),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(
      kpiDrillDown(
        requestEm(heads.energy),
        heads.energy,
        'org.headcount',
        { organizationId: parent.organization.id },
        NOW,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps a subsidiary’s names to its own organisation: its records are FORBIDDEN to the parent', async () => {
    const admin: Actor = { ...heads.parent, roles: ['employee', 'compliance_head', 'training_admin'] };
    const refused = kpiRecords(requestEm(admin), admin, 'training.coverage', {
      organizationId: energy.organization.id,
    });
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toMatchObject({ messageKey: 'kpi.recordsOwnOrganization' });
    // Its own organisation, named as such, is not refused.
    await expect(
      kpiRecords(requestEm(admin), admin, 'training.coverage', { organizationId: parent.organization.id }),
    ).resolves.toMatchObject({ total: expect.any(Number) });
  });
});

describe('KPIs by organisation', () => {
  it('show the parent company then its subsidiaries by name, and the holding’s aggregate, in one statement', async () => {
    const { result, tally } = await countStatements(() =>
      computeKpiValuesByOrganization(requestEm(heads.parent), heads.parent, CODES, MARCH, NOW),
    );
    expect(tally.count).toBe(1);
    expect(result.organizations.map((o) => [o.name.en, o.own])).toEqual([
      ['Holding JSC', true],
      ['Energy JSC', false],
      ['Logistics LLP', false],
    ]);
    const valueOf = (name: string, code: string) =>
      result.organizations.find((o) => o.name.en === name)?.values.find((v) => v.code === code);
    expect(valueOf('Energy JSC', 'org.headcount')?.value).toBe(11);
    expect(valueOf('Logistics LLP', 'hotline.reports_count')).toMatchObject({
      value: null,
      suppressed: true,
    });
    expect(valueOf('Energy JSC', 'hotline.reports_count')).toMatchObject({ value: 6, suppressed: false });
    const aggregate = Object.fromEntries(result.aggregate.map((v) => [v.code, v]));
    // Headcounts 5 + 11 + 6.
    expect(aggregate['org.headcount']).toMatchObject({ value: 22, met: null });
    // Hire date known: (3 + 1 head) + (7 + 1) + (4 + 1) of 22.
    expect(aggregate['test.hire_date_known']).toMatchObject({
      numerator: 17,
      denominator: 22,
      value: 77.3,
      met: true,
    });
    // The logistics count is withheld: the aggregate less energy's 6 would give it away.
    expect(aggregate['hotline.reports_count']).toMatchObject({ value: null, suppressed: true });
    expect(aggregate['hotline.reports_per_100_staff']).toMatchObject({ value: null, suppressed: true });
  });

  it('show a subsidiary’s head their own organisation alone', async () => {
    const { organizations, aggregate } = await computeKpiValuesByOrganization(
      requestEm(heads.logistics),
      heads.logistics,
      ['org.headcount'],
      {},
      NOW,
    );
    expect(organizations.map((o) => o.organizationId)).toEqual([logistics.organization.id]);
    expect(aggregate[0]?.value).toBe(6);
  });
});

describe('benchmark', () => {
  it('gives a subsidiary’s head its own figures and its peers’ without naming them, in one statement', async () => {
    const { result, tally } = await countStatements(() =>
      kpiBenchmark(requestEm(heads.energy), heads.energy, MARCH, NOW),
    );
    expect(tally.count).toBe(1);
    expect(result.companies).toBe(3);
    const perStaff = result.measures.find((m) => m.code === 'hotline.reports_per_100_staff');
    // Energy: 6 reports for 11 staff; the parent none (0 of 5); logistics withheld (2 reports).
    expect(perStaff?.own).toMatchObject({ value: 54.5, numerator: 6, denominator: 11 });
    expect(perStaff?.peers).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
    ]);
    expect(perStaff).toMatchObject({ min: 0, median: 27.3, max: 54.5, rank: 1, ranked: 2 });
    const serialised = JSON.stringify(result);
    for (const other of [parent, logistics]) {
      expect(serialised).not.toContain(other.organization.id);
      expect(serialised).not.toContain(other.organization.name);
    }
    expect(result.measures.map((m) => m.code)).toEqual([
      'hotline.reports_per_100_staff',
      'hotline.substantiation_rate',
      'hotline.days_to_close',
      'training.coverage',
    ]);
  });

  it('leaves out the measures the viewer may not read, and refuses a viewer who reads none', async () => {
    const trainer: Actor = { ...heads.energy, roles: ['employee', 'training_admin'] };
    const { measures } = await kpiBenchmark(requestEm(trainer), trainer, {}, NOW);
    expect(measures.map((m) => m.code)).toEqual(['training.coverage']);
    const employee: Actor = { ...heads.energy, roles: ['employee'] };
    await expect(kpiBenchmark(requestEm(employee), employee, {}, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('withholds the peers’ figures where a single peer would be named by elimination', async () => {
    const grandchildHead: Actor = { ...heads.energy, organizationId: grandchild.organization.id };
    // The grandchild's holding is energy: energy and itself, one peer.
    const { companies, measures } = await kpiBenchmark(requestEm(grandchildHead), grandchildHead, {}, NOW);
    expect(companies).toBe(2);
    expect(measures[0]).toMatchObject({ peers: [{ value: null, suppressed: true }], min: null, rank: null });
  });
});

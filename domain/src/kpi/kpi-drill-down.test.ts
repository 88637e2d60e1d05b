import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '../testing/index.js';
import { createOrmConfig } from '../database/orm-config.js';
import type { Actor } from '../kernel/actor.js';
import { DomainError, ForbiddenError, ValidationError } from '../kernel/errors.js';
import { startOfKazakhstanDay } from '../kernel/kazakhstan-time.js';
import type { RoleCode } from '../kernel/roles.js';
import type { IOrgUnit } from '../org/org-unit.entity.js';
import '../org/kpis.js';
import '../hotline/reports/kpis.js';
import '../training/reports/kpi-records.js';
import '../culture/plans/kpi-records.js';
import '../compliance/mitigation/kpi-records.js';
import { assignToEveryone, buildPublishedCourse, takeTest } from '../training/training-fixtures.js';
import { computeKpiValues, computeKpiValuesByUnit } from './compute-kpi-values.js';
import { kpiDrillDown } from './kpi-drill-down.js';
import { kpiRecords, mayReadKpiRecords, registerKpiRecords } from './kpi-records.js';
import { registerKpi } from './kpi-registry.js';

let db: TestDatabase;
let head: Actor;
let finance: IOrgUnit;
let procurement: IOrgUnit;
let legal: IOrgUnit;
let otherTenantUnit: IOrgUnit;
/** Those who took the test. */
const coveredNames: string[] = [];

const as = (...roles: RoleCode[]): Actor => ({ ...head, roles });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof DomainError ? `${error.code} ${error.messageKey}` : String(error);
}

// Kazakhstan's midnights (UTC+5) bound a day KPI; anything else is finer than its day.
const midnight = (day: string) => startOfKazakhstanDay(day);
const at = (local: string) => new Date(`${local}+05:00`);

/** The statements a piece of work sends, through an ORM that logs them. */
async function statementsOf(work: (orm: MikroORM) => Promise<unknown>): Promise<string[]> {
  const queries: string[] = [];
  const orm = await MikroORM.init({
    ...createOrmConfig({ databaseUrl: db.databaseUrl, debug: true, logger: (line) => queries.push(line) }),
  });
  try {
    await orm.em.fork().execute('select 1'); // connection set-up queries happen before counting
    queries.length = 0;
    await work(orm).catch(() => undefined);
    return queries.filter((line) => line.includes('[query]'));
  } finally {
    await orm.close(true);
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await buildOrganization(db.orm.em.fork());
  head = { ...org.admin, roles: ['employee', 'compliance_head', 'training_admin'] };
  const built = await buildPublishedCourse(db.orm, head, { questions: 10 });
  const em = db.orm.em.fork();
  // Finance (5 of its own, 2 more in Procurement below it) and Legal (2): Legal and Procurement
  // are groups below the training KPIs' threshold of 5.
  finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  finance.names = { kk: 'Қаржы', ru: 'Финансы' };
  procurement = buildOrgUnit(em, org.organization, finance, 'Procurement');
  legal = buildOrgUnit(em, org.organization, org.root, 'Legal');
  const staff = (unit: IOrgUnit, names: string[]) =>
    names.map((fullName) => buildPerson(em, org.organization, unit, { fullName, hiredAt: '2020-01-01' }));
  const financeStaff = staff(finance, [
    'Erlan Finance',
    'Aigul Finance',
    'Dana Finance',
    'Bolat Finance',
    'Cyrus Finance',
  ]);
  const procurementStaff = staff(procurement, ['Gulnara Procurement', 'Farid Procurement']);
  const legalStaff = staff(legal, ['Hana Legal', 'Ilyas Legal']);
  const officer = buildPerson(em, org.organization, org.root, {
    fullName: 'Zhanna Officer',
    hiredAt: '2020-01-01',
  });
  grantRoles(em, officer, ['compliance_officer']);
  const other = await buildOrganization(em);
  otherTenantUnit = other.root;
  await em.flush();
  await assignToEveryone(db.orm, head, built.course.id);
  // Three of Finance's own, one of Procurement and one of Legal took the test.
  for (const person of [
    financeStaff[0]!,
    financeStaff[1]!,
    financeStaff[2]!,
    procurementStaff[0]!,
    legalStaff[0]!,
  ]) {
    await takeTest(db.orm, actorOf(person, ['employee']), built.test.id, 8);
    coveredNames.push(person.fullName);
  }
  // A day KPI split by unit, with records: the hotline's are not split by unit, nor listed.
  registerKpi({
    code: 'test.people_by_day',
    context: 'org',
    title: { kk: 'x', ru: 'x', en: 'x' },
    description: { kk: 'x', ru: 'x', en: 'x' },
    formula: { kk: 'x', ru: 'x', en: 'x' },
    paragraph: '§0',
    unit: 'count',
    target: null,
    direction: 'at_least',
    dimensions: ['org_unit', 'period'],
    granularity: 'day',
    readers: ['compliance_head', 'auditor'],
    sql: `select count(*)::numeric as value, count(*)::numeric as numerator, null::numeric as denominator
      from person p join org_unit u on u.id = p.org_unit_id
     where p.organization_id = cast(:organizationId as uuid) and u.path like :orgUnitPath || '%'
       and cast(:periodEnd as timestamptz) is not null`,
  });
  registerKpiRecords({
    code: 'test.people_by_day',
    readers: ['compliance_head'],
    sql: `select p.id::text as id, p.full_name as label
      from person p join org_unit u on u.id = p.org_unit_id
     where p.organization_id = cast(:organizationId as uuid) and u.path like :orgUnitPath || '%'
       and cast(:periodEnd as timestamptz) is not null`,
    columns: [],
  });
});

afterAll(async () => {
  await db?.drop();
});

describe('KPI drill-down (issue 16.3)', () => {
  it("lists the organisation's units below the figure, by name, each figure as computed for its subtree", async () => {
    const drill = await kpiDrillDown(db.orm.em.fork(), head, 'org.headcount', {});
    // The organisation's single root is the organisation itself: its units are listed.
    expect(drill.units.map((unit) => [unit.name.en, unit.name.kk, unit.hasChildren])).toEqual([
      ['Finance', 'Қаржы', true],
      ['Legal', 'Legal', false],
    ]);
    const [whole, ...byUnit] = await computeKpiValuesByUnit(db.orm.em.fork(), head, ['org.headcount'], {}, [
      undefined,
      finance.id,
      legal.id,
    ]);
    expect(drill.whole).toEqual(whole![0]);
    expect(drill.units.map((unit) => unit.value)).toEqual(byUnit.map((values) => values[0]));
    // 7 in Finance's subtree, 2 in Legal, and the admin and the officer at the root: 11.
    expect(drill.units.map((unit) => unit.value.value)).toEqual([7, 2]);
    expect(drill.whole.value).toBe(11);
  });

  it('withholds a small group below a training figure, and drills deeper with a unit', async () => {
    const top = await kpiDrillDown(db.orm.em.fork(), head, 'training.coverage', {});
    expect(top.whole).toMatchObject({ numerator: 5, denominator: 11, suppressed: false });
    expect(
      top.units.map((unit) => [
        unit.name.en,
        unit.value.numerator,
        unit.value.denominator,
        unit.value.suppressed,
      ]),
    ).toEqual([
      ['Finance', 4, 7, false],
      // Two people: the share would say whether a named person was trained.
      ['Legal', null, null, true],
    ]);
    const below = await kpiDrillDown(db.orm.em.fork(), head, 'training.coverage', { orgUnitId: finance.id });
    expect(below.whole).toMatchObject({ orgUnitId: finance.id, numerator: 4, denominator: 7 });
    expect(
      below.units.map((unit) => [unit.orgUnitId, unit.hasChildren, unit.value.suppressed, unit.value.value]),
    ).toEqual([[procurement.id, false, true, null]]);
  });

  it('computes every unit’s figure in one SQL round trip however many units it lists', async () => {
    const sent = await statementsOf((orm) => kpiDrillDown(orm.em.fork(), head, 'training.coverage', {}));
    const values = sent.filter((line) => /union all/.test(line));
    expect(values).toHaveLength(1);
    // The units below (twice: the root, then its units), their paths, the values.
    expect(sent).toHaveLength(4);
  });

  it("answers another organisation's unit as NOT_FOUND, a KPI not split by unit as VALIDATION", async () => {
    expect(
      await codeOf(kpiDrillDown(db.orm.em.fork(), head, 'org.headcount', { orgUnitId: otherTenantUnit.id })),
    ).toBe('NOT_FOUND kernel.notFound');
    const hotline = as('compliance_head');
    expect(await codeOf(kpiDrillDown(db.orm.em.fork(), hotline, 'hotline.reports_count', {}))).toBe(
      'VALIDATION kpi.noUnitBreakdown',
    );
    expect(await codeOf(kpiDrillDown(db.orm.em.fork(), as('employee'), 'org.headcount', {}))).toBe(
      'FORBIDDEN kpi.notReader',
    );
  });
});

describe('KPI records (issue 16.3)', () => {
  it('names the people behind the coverage for the compliance head, by name, a page at a time', async () => {
    const reader = as('compliance_head');
    const page = await kpiRecords(
      db.orm.em.fork(),
      reader,
      'training.coverage',
      { orgUnitId: finance.id },
      { limit: 5 },
    );
    expect(page.total).toBe(7);
    expect(page.columns.map((column) => column.key)).toEqual(['unit', 'status']);
    expect(page.rows.map((row) => row.label)).toEqual([
      'Aigul Finance',
      'Bolat Finance',
      'Cyrus Finance',
      'Dana Finance',
      'Erlan Finance',
    ]);
    const rest = await kpiRecords(
      db.orm.em.fork(),
      reader,
      'training.coverage',
      { orgUnitId: finance.id },
      { limit: 5, offset: 5 },
    );
    expect(rest.total).toBe(7);
    expect(rest.rows.map((row) => [row.label, row.cells.map((cell) => cell.text?.en)])).toEqual([
      ['Farid Procurement', ['Procurement', 'No']],
      ['Gulnara Procurement', ['Procurement', 'Yes']],
    ]);
    const all = await kpiRecords(db.orm.em.fork(), reader, 'training.passed_share', {}, { limit: 100 });
    expect(all.total).toBe(11);
    expect(
      all.rows
        .filter((row) => row.cells[1]?.value === 'passed')
        .map((row) => row.label)
        .sort(),
    ).toEqual([...coveredNames].sort());
    const past = await kpiRecords(db.orm.em.fork(), reader, 'training.coverage', {}, { offset: 50 });
    expect(past).toMatchObject({ total: 11, rows: [] });
  });

  it('shows a small group’s names to those who may read them, and refuses the first head and auditors the names', async () => {
    const names = await kpiRecords(db.orm.em.fork(), as('compliance_head'), 'training.coverage', {
      orgUnitId: legal.id,
    });
    expect(names.rows.map((row) => [row.label, row.cells[1]?.value])).toEqual([
      ['Hana Legal', 'covered'],
      ['Ilyas Legal', 'not_covered'],
    ]);
    for (const role of ['first_head', 'auditor'] as const) {
      const refused = kpiRecords(db.orm.em.fork(), as(role), 'training.coverage', { orgUnitId: legal.id });
      await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
      expect(await codeOf(refused)).toBe('FORBIDDEN kpi.recordsNotAllowed');
      // The figure stays theirs, withheld for the small group.
      const [figure] = await computeKpiValues(db.orm.em.fork(), as(role), ['training.coverage'], {
        orgUnitId: legal.id,
      });
      expect(figure?.suppressed).toBe(true);
      expect(mayReadKpiRecords(as(role), 'training.coverage')).toBe(false);
    }
    expect(mayReadKpiRecords(as('training_admin'), 'training.coverage')).toBe(true);
    expect(mayReadKpiRecords(as('compliance_head'), 'org.headcount')).toBe(false);
  });

  it('refuses a KPI without records, a unit on a KPI not split by unit, another organisation’s unit and a bad page', async () => {
    const reader = as('compliance_head');
    expect(await codeOf(kpiRecords(db.orm.em.fork(), reader, 'org.headcount', {}))).toBe(
      'VALIDATION kpi.noRecords',
    );
    expect(
      await codeOf(
        kpiRecords(db.orm.em.fork(), reader, 'compliance.measures_on_time', { orgUnitId: finance.id }),
      ),
    ).toBe('VALIDATION kpi.noUnitBreakdown');
    expect(
      await codeOf(
        kpiRecords(db.orm.em.fork(), reader, 'training.coverage', { orgUnitId: otherTenantUnit.id }),
      ),
    ).toBe('NOT_FOUND kernel.notFound');
    expect(await codeOf(kpiRecords(db.orm.em.fork(), reader, 'training.coverage', {}, { limit: 101 }))).toBe(
      'VALIDATION kpi.recordsPage',
    );
    expect(await codeOf(kpiRecords(db.orm.em.fork(), as('employee'), 'training.coverage', {}))).toBe(
      'FORBIDDEN kpi.notReader',
    );
  });

  it("lists the culture plan's activities and the mitigation measures the shares count (none yet here)", async () => {
    const keeper = as('compliance_officer');
    for (const code of ['culture.activities_on_time', 'compliance.measures_on_time']) {
      const page = await kpiRecords(db.orm.em.fork(), keeper, code, {
        periodFrom: new Date('2025-01-01'),
        periodTo: new Date('2025-12-31'),
      });
      expect(page).toMatchObject({ code, total: 0, rows: [] });
      expect(await codeOf(kpiRecords(db.orm.em.fork(), as('board_member'), code, {}))).toBe(
        'FORBIDDEN kpi.recordsNotAllowed',
      );
    }
  });

  it('reads the records in the same statements however many rows they hold', async () => {
    const reader = as('compliance_head');
    const few = await statementsOf((orm) =>
      kpiRecords(orm.em.fork(), reader, 'training.coverage', { orgUnitId: legal.id }),
    );
    const many = await statementsOf((orm) =>
      kpiRecords(orm.em.fork(), reader, 'training.coverage', { orgUnitId: finance.id }, { limit: 100 }),
    );
    // The unit's path, then the page with its total.
    expect(few).toHaveLength(2);
    expect(many).toHaveLength(2);
  });
});

describe('a day KPI cut finer than a day', () => {
  const reader = () => as('compliance_head');
  const finer = { periodFrom: at('2025-03-10T09:17:23.456'), periodTo: midnight('2025-03-31') };
  const whole = { periodFrom: midnight('2025-03-10'), periodTo: midnight('2025-03-31') };

  it('is refused as VALIDATION naming the KPI, by values, drill-down and records, before any statement runs', async () => {
    const calls: [string, (orm: MikroORM, period: typeof finer) => Promise<unknown>][] = [
      [
        'values',
        (orm, period) => computeKpiValues(orm.em.fork(), reader(), ['hotline.reports_count'], period),
      ],
      ['drill-down', (orm, period) => kpiDrillDown(orm.em.fork(), reader(), 'test.people_by_day', period)],
      ['records', (orm, period) => kpiRecords(orm.em.fork(), reader(), 'test.people_by_day', period)],
    ];
    for (const [, call] of calls) {
      for (const period of [finer, { ...whole, periodTo: at('2025-03-31T00:00:01') }]) {
        const refused = call(db.orm, period);
        await expect(refused).rejects.toBeInstanceOf(ValidationError);
        await expect(refused).rejects.toMatchObject({ messageKey: 'kpi.periodFinerThanDay' });
        await expect(call(db.orm, period)).rejects.toThrow(/hotline\.reports_count|test\.people_by_day/);
        expect(await statementsOf((orm) => call(orm, period))).toEqual([]);
      }
      // Whole days of Kazakhstan still work.
      await expect(call(db.orm, whole)).resolves.toBeDefined();
    }
  });

  it('still takes whole days for the drill-down and the records, and bounds an instant KPI as given', async () => {
    const drill = await kpiDrillDown(db.orm.em.fork(), reader(), 'test.people_by_day', {
      periodTo: midnight('2099-01-01'),
    });
    expect(drill.whole.value).toBe(11);
    const records = await kpiRecords(db.orm.em.fork(), reader(), 'test.people_by_day', {
      periodTo: midnight('2099-01-01'),
    });
    expect(records.total).toBe(11);
    // An instant KPI is not cut by days: any instant is its bound.
    await expect(
      computeKpiValues(db.orm.em.fork(), reader(), ['org.headcount'], {
        periodTo: at('2025-03-10T09:17:00'),
      }),
    ).resolves.toHaveLength(1);
  });
});

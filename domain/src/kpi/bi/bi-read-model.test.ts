import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import '../../index.js';
import { createHotlineWorld, type HotlineWorld } from '../../hotline/hotline-fixtures.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { ROLE_CODES } from '../../kernel/roles.js';
import { addCalendarDays, type CalendarDay } from '../../kernel/working-days.js';
import type { IOrgUnit } from '../../org/org-unit.entity.js';
import { buildOrganization, buildOrgUnit, buildPerson, grantRoles } from '../../testing/index.js';
import { computeKpiValues, computeKpiValuesByUnit } from '../compute-kpi-values.js';
import type { KpiValue } from '../kpi-definition.js';
import { kpiCatalog } from '../kpi-registry.js';
import { byOrgUnitViewName, byQuarterViewName } from './bi-view-sql.js';
import { grantBiReader, revokeBiReader } from './bi-readers.js';
import { recreateBiViews } from './refresh-bi-read-model.js';

// One organisation with a hotline and a staff in three units, another beside it, and a reader
// role for each. Reports fall in the two quarters before the current one (in Kazakhstan): six
// mid-quarter in the older (shown), two in the last complete one (a small count, withheld).
let w: HotlineWorld;
let everyone: Actor;
let finance: IOrgUnit;
let audit: IOrgUnit;
let otherOrganizationId: string;
const suffix = Math.random().toString(36).slice(2, 8);
const reader = `bi_test_reader_${suffix}`;
const otherReader = `bi_test_other_${suffix}`;
const PASSWORD = 'a long test password ?';
const bin = `99${Date.now().toString().slice(-10)}`;
const otherBin = `98${Date.now().toString().slice(-10)}`;

interface ViewRow {
  organization_id: string;
  org_unit_id?: string | null;
  org_unit_name?: string | null;
  quarter_start?: string;
  quarter_end?: string;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  target: string | null;
  met: boolean | null;
  suppressed: boolean;
}

function quarterStart(day: CalendarDay): CalendarDay {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01` as CalendarDay;
}

function quarterBefore(start: CalendarDay): CalendarDay {
  return quarterStart(addCalendarDays(start, -1));
}

const today = kazakhstanDay(new Date());
const lastQuarter = quarterBefore(quarterStart(today));
const olderQuarter = quarterBefore(lastQuarter);
const lastDayOf = (start: CalendarDay) => addCalendarDays(quarterStart(addCalendarDays(start, 95)), -1);
const at = (day: CalendarDay, time: string) => new Date(`${day}T${time}+05:00`);

/** The quarter's bounds as the views bind them for an `instant` KPI. */
function quarterPeriod(start: CalendarDay) {
  return {
    periodFrom: startOfKazakhstanDay(start),
    periodTo: new Date(startOfKazakhstanDay(addCalendarDays(lastDayOf(start), 1)).getTime() - 1),
  };
}

function asValue(row: ViewRow | undefined) {
  return (
    row && {
      value: row.value === null ? null : Number(row.value),
      numerator: row.numerator === null ? null : Number(row.numerator),
      denominator: row.denominator === null ? null : Number(row.denominator),
      target: row.target === null ? null : Number(row.target),
      met: row.met,
      suppressed: row.suppressed,
    }
  );
}

function figuresOf(value: KpiValue | undefined) {
  return (
    value && {
      value: value.value,
      numerator: value.numerator,
      denominator: value.denominator,
      target: value.target,
      met: value.met,
      suppressed: value.suppressed,
    }
  );
}

/** Reads as `role` would, in a transaction rolled back at the end. */
async function asRole<T>(role: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const em = w.db.orm.em.fork();
  let result: T | undefined;
  await em
    .transactional(async (tx) => {
      await tx.execute(`set local role "${role}"`);
      result = await work(tx);
      throw new Error('rollback');
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error) || error.message !== 'rollback') throw error;
    });
  return result as T;
}

// Two organisations, eight hotline reports and the views take longer than a hook's default time
// on a busy machine.
beforeAll(async () => {
  w = await createHotlineWorld();
  const em = w.db.orm.em.fork();
  const organization = w.org.organization;
  finance = buildOrgUnit(em, organization, w.org.root, 'Finance');
  const procurement = buildOrgUnit(em, organization, finance, 'Procurement');
  for (let i = 0; i < 6; i += 1) buildPerson(em, organization, procurement, { hiredAt: '2020-01-01' });
  audit = buildOrgUnit(em, organization, w.org.root, 'Audit');
  for (let i = 0; i < 2; i += 1) buildPerson(em, organization, audit, { hiredAt: '2020-01-01' });
  const officers = [0, 1, 2].map(() => buildPerson(em, organization, finance, { hiredAt: '2020-01-01' }));
  officers.forEach((officer) => grantRoles(em, officer, ['compliance_officer']));
  const other = await buildOrganization(em);
  otherOrganizationId = other.organization.id;
  buildPerson(em, other.organization, other.root, { hiredAt: '2020-01-01' });
  await em.flush();
  // Both organisations have been on Adal since before the quarters the reports fall in.
  await em.execute('update organization set created_at = ?, bin = ? where id = ?', [
    at('2024-02-10', '12:00:00'),
    bin,
    organization.id,
  ]);
  await em.execute('update organization set created_at = ?, bin = ? where id = ?', [
    at('2024-02-10', '12:00:00'),
    otherBin,
    other.organization.id,
  ]);
  for (let i = 0; i < 6; i += 1)
    await w.report({}, at(addCalendarDays(olderQuarter, 40 + (i % 2)), '10:00:00'));
  for (let i = 0; i < 2; i += 1) await w.report({}, at(addCalendarDays(lastQuarter, 40), '10:00:00'));
  everyone = { ...w.head, roles: [...ROLE_CODES] };
  // The views of this code's registry, whatever the template database was made with.
  await w.db.orm.em.fork().transactional((tx) => recreateBiViews(tx, kpiCatalog()));
  await w.inTx((tx) => grantBiReader(tx, { organizationBin: bin, roleName: reader, password: PASSWORD }));
  await w.inTx((tx) =>
    grantBiReader(tx, { organizationBin: otherBin, roleName: otherReader, password: PASSWORD }),
  );
}, 120_000);

afterAll(async () => {
  if (w) {
    for (const [role, organizationBin] of [
      [reader, bin],
      [otherReader, otherBin],
    ] as const) {
      await w.inTx((tx) => revokeBiReader(tx, { organizationBin, roleName: role })).catch(() => undefined);
    }
    await w.db.drop();
  }
});

describe('the read model for BI tools', () => {
  it('gives each KPI by org unit the figures the API computes, for the organisation and each unit', async () => {
    const definitions = kpiCatalog().filter((def) => byOrgUnitViewName(def) !== null);
    expect(definitions.length).toBeGreaterThan(10);
    const codes = definitions.map((def) => def.code);
    const [whole, ofFinance, ofAudit] = await computeKpiValuesByUnit(
      w.db.orm.em.fork(),
      everyone,
      codes,
      {},
      [undefined, finance.id, audit.id],
    );
    await asRole(reader, async (em) => {
      for (const [index, def] of definitions.entries()) {
        const rows = await em.execute<ViewRow[]>(
          `select * from adal_bi.${byOrgUnitViewName(def)} order by org_unit_name nulls first`,
        );
        expect(rows.map((row) => row.org_unit_name)).toEqual([
          null,
          'Audit',
          'Finance',
          'Head office',
          'Procurement',
        ]);
        const unit = (id: string) => rows.find((row) => row.org_unit_id === id);
        expect(asValue(rows[0]), def.code).toEqual(figuresOf(whole?.[index]));
        expect(asValue(unit(finance.id)), def.code).toEqual(figuresOf(ofFinance?.[index]));
        expect(asValue(unit(audit.id)), def.code).toEqual(figuresOf(ofAudit?.[index]));
      }
    });
  });

  it('shows the headcount of each subtree and withholds a small group split by unit, not the whole', async () => {
    const rows = await asRole(reader, (em) =>
      em.execute<ViewRow[]>(
        `select h.org_unit_name, h.value as headcount, c.suppressed, c.denominator
           from adal_bi.org_headcount_by_org_unit h
           join adal_bi.training_coverage_by_org_unit c
             on c.organization_id = h.organization_id and c.org_unit_id is not distinct from h.org_unit_id
          order by h.org_unit_name nulls first`,
      ),
    );
    // The admin, the head and two investigators at the root, 2 in Audit, 3 officers in Finance and
    // 6 in Procurement below it. Audit's share of 2 people would say whether each was trained.
    expect(rows).toEqual([
      { org_unit_name: null, headcount: '15', suppressed: false, denominator: '15' },
      { org_unit_name: 'Audit', headcount: '2', suppressed: true, denominator: null },
      { org_unit_name: 'Finance', headcount: '9', suppressed: false, denominator: '9' },
      { org_unit_name: 'Head office', headcount: '15', suppressed: false, denominator: '15' },
      { org_unit_name: 'Procurement', headcount: '6', suppressed: false, denominator: '6' },
    ]);
  });

  it('gives each KPI by quarter the figures the API computes for that quarter', async () => {
    const definitions = kpiCatalog().filter((def) => byQuarterViewName(def) !== null);
    await asRole(reader, async (em) => {
      for (const def of definitions) {
        const rows = await em.execute<ViewRow[]>(
          `select * from adal_bi.${byQuarterViewName(def)} order by quarter_start`,
        );
        // From the quarter the organisation was created in to the last complete one.
        expect(rows[0]?.quarter_start).toBe('2024-01-01');
        expect(rows.at(-1)?.quarter_start).toBe(lastQuarter);
        expect(rows.at(-1)?.quarter_end).toBe(lastDayOf(lastQuarter));
        const older = rows.find((row) => row.quarter_start === olderQuarter);
        const [api] = await computeKpiValues(
          w.db.orm.em.fork(),
          everyone,
          [def.code],
          def.granularity === 'day'
            ? {
                periodFrom: startOfKazakhstanDay(olderQuarter),
                periodTo: startOfKazakhstanDay(lastDayOf(olderQuarter)),
              }
            : quarterPeriod(olderQuarter),
        );
        expect(asValue(older), def.code).toEqual(figuresOf(api));
      }
    });
  });

  it('counts the hotline reports of a quarter and withholds a quarter of 1 to 4', async () => {
    const rows = await asRole(reader, (em) =>
      em.execute<ViewRow[]>(
        `select quarter_start, value, suppressed from adal_bi.hotline_reports_count_by_quarter
          where quarter_start in (?, ?) order by quarter_start`,
        [olderQuarter, lastQuarter],
      ),
    );
    expect(rows).toEqual([
      { quarter_start: olderQuarter, value: '6', suppressed: false },
      { quarter_start: lastQuarter, value: null, suppressed: true },
    ]);
  });

  it("shows a reader its own organisation's rows only, and nothing outside the views", async () => {
    const seen = await asRole(otherReader, (em) =>
      em.execute<{ organization_id: string }[]>(
        `select distinct organization_id from adal_bi.org_headcount_by_org_unit
         union select distinct organization_id from adal_bi.hotline_reports_count_by_quarter`,
      ),
    );
    expect(seen).toEqual([{ organization_id: otherOrganizationId }]);
    for (const table of ['person', 'hotline_report', 'adal_bi.reader_grant']) {
      await expect(asRole(reader, (em) => em.execute(`select * from ${table}`))).rejects.toThrow(
        /permission denied/,
      );
    }
  });

  it('keeps other organisations out of reach of a function the reader puts in a condition', async () => {
    // Without the security barrier the planner could run the cheap function on every unit's row
    // before the view's own filter, and the function could write down what it was shown.
    const leaked = await asRole(reader, async (em) => {
      await em.execute('create temporary table seen (organization_id uuid)');
      await em.execute(`create function pg_temp.peek(id uuid) returns boolean language plpgsql cost 0.0001 as
        'begin insert into pg_temp.seen values (id); return true; end'`);
      await em.execute('select * from adal_bi.org_headcount_by_org_unit where pg_temp.peek(organization_id)');
      return em.execute<{ organization_id: string }[]>('select distinct organization_id from pg_temp.seen');
    });
    expect(leaked).toEqual([{ organization_id: w.org.organization.id }]);
  });

  it('has no column that could hold a person: no name but a unit’s, no e-mail, no IIN', async () => {
    const columns = await w.db.orm.em
      .fork()
      .execute<{ column_name: string }[]>(
        `select distinct column_name from information_schema.columns where table_schema = 'adal_bi' and table_name <> 'reader_grant'`,
      );
    const names = columns.map((column) => column.column_name).sort();
    expect(names.filter((name) => /name|mail|iin|phone|birth|person/.test(name))).toEqual(['org_unit_name']);
  });

  it('lists every KPI in the catalogue with its views', async () => {
    const rows = await asRole(reader, (em) =>
      em.execute<{ code: string; by_org_unit_view: string | null; by_quarter_view: string | null }[]>(
        'select code, by_org_unit_view, by_quarter_view from adal_bi.kpi_catalogue order by code',
      ),
    );
    expect(rows.map((row) => row.code)).toEqual(
      kpiCatalog()
        .map((def) => def.code)
        .sort(),
    );
    expect(rows.find((row) => row.code === 'hotline.reports_count')).toEqual({
      code: 'hotline.reports_count',
      by_org_unit_view: null,
      by_quarter_view: 'hotline_reports_count_by_quarter',
    });
  });

  it('recreates the views idempotently and keeps the readers’ grants', async () => {
    await w.db.orm.em.fork().transactional((tx) => recreateBiViews(tx, kpiCatalog()));
    const rows = await asRole(reader, (em) =>
      em.execute<ViewRow[]>('select * from adal_bi.org_headcount_by_org_unit where org_unit_id is null'),
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses a role that exists for something else, a poor name or a short password', async () => {
    await expect(
      w.inTx((tx) => grantBiReader(tx, { organizationBin: bin, roleName: 'postgres', password: PASSWORD })),
    ).rejects.toThrow(ConflictError);
    await expect(
      w.inTx((tx) => grantBiReader(tx, { organizationBin: bin, roleName: 'Bad-Name', password: PASSWORD })),
    ).rejects.toThrow(ValidationError);
    await expect(
      w.inTx((tx) => grantBiReader(tx, { organizationBin: bin, roleName: `${reader}_x`, password: 'short' })),
    ).rejects.toThrow(ValidationError);
  });

  it('drops the role when its last organisation is revoked', async () => {
    const role = `bi_test_revoked_${suffix}`;
    await w.inTx((tx) => grantBiReader(tx, { organizationBin: bin, roleName: role, password: PASSWORD }));
    await w.inTx((tx) =>
      grantBiReader(tx, { organizationBin: otherBin, roleName: role, password: PASSWORD }),
    );
    const exists = async () =>
      (await w.db.orm.em.fork().execute('select 1 from pg_roles where rolname = ?', [role])).length > 0;
    expect(await w.inTx((tx) => revokeBiReader(tx, { organizationBin: bin, roleName: role }))).toEqual({
      dropped: false,
    });
    const seen = await asRole(role, (em) =>
      em.execute<{ organization_id: string }[]>(
        'select distinct organization_id from adal_bi.org_headcount_by_org_unit',
      ),
    );
    expect(seen).toEqual([{ organization_id: otherOrganizationId }]);
    expect(await w.inTx((tx) => revokeBiReader(tx, { organizationBin: otherBin, roleName: role }))).toEqual({
      dropped: true,
    });
    expect(await exists()).toBe(false);
  });
});

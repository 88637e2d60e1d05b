import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  createTestDatabase,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  grantRoles,
  type TestDatabase,
} from '../testing/index.js';
import { createOrmConfig } from '../database/orm-config.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import type { Actor } from '../kernel/actor.js';
import { ROLE_CODES, type RoleCode } from '../kernel/roles.js';
import type { IOrgUnit } from '../org/org-unit.entity.js';
import '../org/kpis.js';
import '../training/reports/kpis.js';
import '../hotline/reports/kpis.js';
import { computeKpiValues } from './compute-kpi-values.js';
import type { KpiDefinition } from './kpi-definition.js';
import { kpiCatalog, readableKpis, registerKpi } from './kpi-registry.js';

let db: TestDatabase;
let actor: Actor;
let finance: IOrgUnit;
let otherTenantUnit: IOrgUnit;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const built = await buildOrganization(em);
  actor = { ...built.admin, roles: ['compliance_head'] };
  finance = buildOrgUnit(em, built.organization, built.root, 'Finance');
  const procurement = buildOrgUnit(em, built.organization, finance, 'Procurement');
  const compliance = buildOrgUnit(em, built.organization, built.root, 'Compliance');
  for (const [unit, count] of [
    [finance, 2],
    [procurement, 3],
  ] as const) {
    for (let i = 0; i < count; i += 1) buildPerson(em, built.organization, unit, { hiredAt: '2020-01-01' });
  }
  buildPerson(em, built.organization, procurement, { hiredAt: '2025-06-01' });
  buildPerson(em, built.organization, procurement, { active: false });
  const officers = [0, 1].map(() =>
    buildPerson(em, built.organization, compliance, { hiredAt: '2019-01-01' }),
  );
  officers.forEach((officer) => grantRoles(em, officer, ['compliance_officer']));
  const procurementOfficer = buildPerson(em, built.organization, procurement, { hiredAt: '2019-01-01' });
  grantRoles(em, procurementOfficer, ['compliance_head', 'compliance_officer']);
  const other = await buildOrganization(em);
  otherTenantUnit = other.root;
  grantRoles(em, other.adminPerson, ['compliance_officer']);
  await em.flush();
  // Headcount: admin (root) + 2 finance + 3 + 1 + 1 procurement + 2 compliance = 10 active.
});

afterAll(async () => {
  await db?.drop();
});

describe('KPI registry', () => {
  it('offers the platform KPIs of §5 with their titles and target', () => {
    const responsible = kpiCatalog().find((k) => k.code === 'org.responsible_staff');
    expect(responsible).toMatchObject({ target: 3, direction: 'at_least', unit: 'count', paragraph: '§5' });
    expect(responsible?.title.kk).toBe('Сыбайлас жемқорлықтың алдын алуға жауапты қызметкерлер');
    expect(kpiCatalog().some((k) => k.code === 'org.headcount')).toBe(true);
  });

  it('computes headcount and responsible staff for the whole organisation', async () => {
    const values = await computeKpiValues(
      db.orm.em.fork(),
      actor,
      ['org.headcount', 'org.responsible_staff'],
      {},
    );
    expect(values).toEqual([
      expect.objectContaining({ code: 'org.headcount', value: 10, target: null, met: null, orgUnitId: null }),
      expect.objectContaining({
        code: 'org.responsible_staff',
        value: 3,
        numerator: 3,
        target: 3,
        met: true,
      }),
    ]);
  });

  it('restricts the values to an org unit’s subtree', async () => {
    const values = await computeKpiValues(
      db.orm.em.fork(),
      actor,
      ['org.headcount', 'org.responsible_staff'],
      {
        orgUnitId: finance.id,
      },
    );
    expect(values.map((v) => [v.code, v.value, v.met, v.orgUnitId])).toEqual([
      ['org.headcount', 7, null, finance.id],
      ['org.responsible_staff', 1, false, finance.id],
    ]);
  });

  it('counts headcount at the end of the period', async () => {
    const [value] = await computeKpiValues(db.orm.em.fork(), actor, ['org.headcount'], {
      orgUnitId: finance.id,
      periodFrom: new Date('2024-01-01'),
      periodTo: new Date('2024-12-31'),
    });
    expect(value?.value).toBe(6);
    expect(value?.periodTo).toEqual(new Date('2024-12-31'));
  });

  it('computes any set of KPIs in one SQL round trip', async () => {
    const queries: string[] = [];
    const orm = await MikroORM.init({
      ...createOrmConfig({ databaseUrl: db.databaseUrl, debug: true, logger: (line) => queries.push(line) }),
    });
    try {
      await orm.em.fork().execute('select 1'); // connection set-up queries happen before counting
      queries.length = 0;
      await computeKpiValues(orm.em.fork(), actor, ['org.headcount', 'org.responsible_staff'], {});
      const sent = queries.filter((line) => line.includes('[query]'));
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(/union all/);
    } finally {
      await orm.close(true);
    }
  });

  it('withholds a small count only for a KPI that declares a threshold: the value of a count, the denominator of a share', async () => {
    const testKpi = (code: string, unit: KpiDefinition['unit'], sql: string, smallCountThreshold?: number) =>
      registerKpi({
        code,
        context: 'org',
        title: { kk: code, ru: code, en: code },
        paragraph: '§0',
        description: { kk: code, ru: code, en: code },
        formula: { kk: code, ru: code, en: code },
        unit,
        target: 50,
        direction: 'at_least',
        dimensions: [],
        granularity: 'instant',
        readers: ['compliance_head'],
        sql,
        ...(smallCountThreshold === undefined ? {} : { smallCountThreshold }),
      });
    testKpi(
      'test.small_share',
      'percent',
      'select 75::numeric as value, 3::numeric as numerator, 4::numeric as denominator',
      5,
    );
    testKpi(
      'test.share_of_five',
      'percent',
      'select 60::numeric as value, 3::numeric as numerator, 5::numeric as denominator',
      5,
    );
    testKpi(
      'test.small_count',
      'count',
      'select 4::numeric as value, 4::numeric as numerator, null::numeric as denominator',
      5,
    );
    testKpi(
      'test.open_count',
      'count',
      'select 4::numeric as value, 4::numeric as numerator, null::numeric as denominator',
    );
    const values = await computeKpiValues(
      db.orm.em.fork(),
      actor,
      ['test.small_share', 'test.share_of_five', 'test.small_count', 'test.open_count'],
      {},
    );
    expect(values.map((v) => [v.code, v.value, v.numerator, v.denominator, v.met, v.suppressed])).toEqual([
      ['test.small_share', null, null, null, null, true],
      ['test.share_of_five', 60, 3, 5, true, false],
      ['test.small_count', null, null, null, null, true],
      ['test.open_count', 4, 4, null, false, false],
    ]);
    expect(() => testKpi('test.threshold_one', 'count', 'select 1 as value', 1)).toThrow(/2 or more/);
  });

  it('refuses an unknown KPI code', async () => {
    await expect(
      computeKpiValues(db.orm.em.fork(), actor, ['org.headcount', 'org.nope'], {}),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('answers NotFound for another organisation’s unit', async () => {
    await expect(
      computeKpiValues(db.orm.em.fork(), actor, ['org.headcount'], { orgUnitId: otherTenantUnit.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('KPI readers', () => {
  const PROGRAMME: RoleCode[] = ['compliance_officer', 'compliance_head', 'first_head', 'auditor'];
  // The board reads the hotline's figures as soon as the role exists.
  const BOARD = ROLE_CODES.filter((role) => (role as string) === 'board_member');
  const HOTLINE: RoleCode[] = ['compliance_head', 'first_head', 'auditor', ...BOARD];
  const TRAINING: RoleCode[] = [...PROGRAMME, 'training_admin'];
  /** Every platform KPI and the roles that read it: a new KPI fails here until its readers are decided. */
  const READERS: Record<string, RoleCode[]> = {
    'org.headcount': [...PROGRAMME, 'org_admin', 'training_admin'],
    'org.responsible_staff': [...PROGRAMME, 'org_admin'],
    'training.passed_share': TRAINING,
    'training.passed_count': TRAINING,
    'training.coverage': TRAINING,
    'training.compliance_staff_trained': TRAINING,
    'training.planned_sessions_held': TRAINING,
    'training.risk_positions_trained': TRAINING,
    'training.restricted_persons_trained': TRAINING,
    'hotline.acknowledged_in_time': HOTLINE,
    'hotline.processed_in_time': HOTLINE,
    'hotline.recommendations_on_time': HOTLINE,
    'hotline.reports_count': HOTLINE,
    'hotline.reports_per_100_staff': HOTLINE,
    'hotline.substantiation_rate': HOTLINE,
    'hotline.days_to_close': HOTLINE,
  };
  const platform = () => kpiCatalog().filter((kpi) => !kpi.code.startsWith('test.'));

  it('names the readers of every KPI', () => {
    expect(Object.fromEntries(platform().map((kpi) => [kpi.code, [...kpi.readers].sort()]))).toEqual(
      Object.fromEntries(Object.entries(READERS).map(([code, roles]) => [code, [...roles].sort()])),
    );
  });

  it.each(ROLE_CODES)(
    'shows %s only the KPIs it may read, and refuses it the others by name',
    async (role) => {
      const reader: Actor = { ...actor, roles: [role] };
      const mayRead = Object.keys(READERS).filter((code) => READERS[code]?.includes(role));
      expect(
        readableKpis(reader)
          .filter((kpi) => !kpi.code.startsWith('test.'))
          .map((kpi) => kpi.code)
          .sort(),
      ).toEqual(mayRead.sort());
      for (const code of Object.keys(READERS).filter((c) => !mayRead.includes(c))) {
        const refused = computeKpiValues(db.orm.em.fork(), reader, ['org.headcount', code], {});
        await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
        await expect(refused).rejects.toThrow(code);
      }
      if (mayRead.length > 0) {
        const values = await computeKpiValues(db.orm.em.fork(), reader, mayRead, {});
        expect(values.map((v) => v.code)).toEqual(mayRead);
      }
    },
  );

  it('refuses to register a KPI without readers, or a KPI by day that reads the bounds as given', () => {
    const base: KpiDefinition = {
      code: 'test.unread',
      context: 'org',
      title: { kk: 'x', ru: 'x', en: 'x' },
      paragraph: '§0',
      description: { kk: 'x', ru: 'x', en: 'x' },
      formula: { kk: 'x', ru: 'x', en: 'x' },
      unit: 'count',
      target: null,
      direction: 'at_least',
      dimensions: ['period'],
      granularity: 'instant',
      readers: [],
      sql: 'select 1 as value, null as numerator, null as denominator',
    };
    expect(() => registerKpi(base)).toThrow(/roles that may read it/);
    expect(() =>
      registerKpi({
        ...base,
        code: 'test.day_with_instants',
        granularity: 'day',
        readers: ['auditor'],
        sql: 'select count(*) as value, null as numerator, null as denominator from hotline_report where received_at >= :periodFrom',
      }),
    ).toThrow(/by day cannot use :periodFrom/);
  });

  it('refuses a KPI the catalogue could not explain: no description or formula in a language, or no owner plugin', () => {
    const base: KpiDefinition = {
      code: 'test.unexplained',
      context: 'org',
      title: { kk: 'x', ru: 'x', en: 'x' },
      paragraph: '§0',
      description: { kk: 'x', ru: 'x', en: 'x' },
      formula: { kk: 'x', ru: 'x', en: 'x' },
      unit: 'count',
      target: null,
      direction: 'at_least',
      dimensions: [],
      granularity: 'instant',
      readers: ['auditor'],
      sql: 'select 1 as value, null as numerator, null as denominator',
    };
    expect(() => registerKpi({ ...base, description: { kk: 'x', ru: ' ', en: 'x' } })).toThrow(
      /describe what it measures/,
    );
    expect(() => registerKpi({ ...base, formula: { kk: '', ru: 'x', en: 'x' } })).toThrow(/give its formula/);
    const { description: _omitted, ...undescribed } = base;
    expect(() => registerKpi(undescribed as KpiDefinition)).toThrow(/describe what it measures/);
    expect(() => registerKpi({ ...base, context: 'test' })).toThrow(/has no owner plugin/);
    expect(kpiCatalog().some((k) => k.code === 'test.unexplained')).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { RoleCode } from '../../kernel/roles.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { IOrgUnit } from '../../org/org-unit.entity.js';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  concurrently,
  createTestDatabase,
  grantRoles,
  outcomes,
  type TestDatabase,
} from '../../testing/index.js';
import '../../org/kpis.js';
import { computeKpiValues } from '../compute-kpi-values.js';
import { KpiView, KpiViewShare, KpiViewVersion } from './kpi-view.entity.js';
import { deleteKpiView, duplicateKpiView, listKpiViews, saveKpiView } from './kpi-views.js';
import type { KpiWidget } from './view-layout.js';
import type { KpiViewInput } from './view-input.js';
import { shareKpiView } from './view-sharing.js';
import { viewOrganizations } from './view-scope.js';
import { KPI_VIEW_WORK } from './work-items.js';
import { commentKpiWidget, shownFigures, signOffKpiView } from './view-sign-off.js';

// §69, §74: views composed by the compliance head, shared read-only, signed off per period.

const NOW = new Date('2026-12-06T06:00:00Z');
const Q3 = { kind: 'quarter' as const, year: 2026, part: 3 };

let db: TestDatabase;
let head: Actor;
let officer: Actor;
let firstHead: Actor;
let employee: Actor;
let stranger: Actor;
let units: IOrgUnit[];
let subsidiaryId: string;
let strangerUnitId: string;

function widget(over: Partial<KpiWidget> & Pick<KpiWidget, 'id' | 'kind'>): KpiWidget {
  return { codes: ['org.headcount'], split: null, x: 0, y: 0, w: 4, h: 3, amberMargin: null, ...over };
}

const WIDGETS: KpiWidget[] = [
  widget({ id: 'people', kind: 'number' }),
  widget({ id: 'staff', kind: 'table', codes: ['org.headcount', 'org.responsible_staff'], x: 4 }),
  widget({ id: 'units', kind: 'bars', split: 'org_unit', x: 8 }),
];

function input(over: Partial<KpiViewInput> = {}): KpiViewInput {
  return { title: 'Басқарма үшін', filters: { period: Q3 }, widgets: WIDGETS, ...over };
}

function tx<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
  return db.orm.em.fork().transactional(work);
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; key?: string; field?: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code: string; messageKey?: string; details?: { field?: string } };
    return { code: e.code, key: e.messageKey, field: e.details?.field };
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  units = [
    buildOrgUnit(em, org.organization, org.root, 'Қаржы'),
    buildOrgUnit(em, org.organization, org.root, 'Заң'),
  ];
  for (const unit of units) for (let i = 0; i < 6; i += 1) buildPerson(em, org.organization, unit);
  const people = ['compliance_head', 'compliance_officer', 'first_head', 'employee'].map((role) => {
    const person = buildPerson(em, org.organization, org.root);
    const roles: RoleCode[] = role === 'employee' ? ['employee'] : ['employee', role as RoleCode];
    grantRoles(em, person, roles);
    return actorOf(person, roles);
  });
  [head, officer, firstHead, employee] = people as [Actor, Actor, Actor, Actor];
  const subsidiary = await buildOrganization(em, { parent: org.organization });
  subsidiaryId = subsidiary.organization.id;
  const station = buildOrgUnit(em, subsidiary.organization, subsidiary.root, 'Станция');
  for (let i = 0; i < 7; i += 1) buildPerson(em, subsidiary.organization, station);
  const other = await buildOrganization(em);
  stranger = other.admin;
  strangerUnitId = other.root.id;
  await em.flush();
});

afterAll(async () => {
  await db?.drop();
});

describe('composing a view', () => {
  let id: string;

  it('saves the widgets, keeps each save as a version, and records who did it (§75)', async () => {
    const view = await tx((em) => saveKpiView(em, head, input(), NOW));
    id = view.id;
    expect(view.version).toBe(1);
    const changed = await tx((em) =>
      saveKpiView(em, head, input({ id, version: 1, title: 'Басқарма үшін, 3-тоқсан' }), NOW),
    );
    expect(changed.version).toBe(2);
    const em = db.orm.em.fork();
    expect(
      (await em.find(KpiViewVersion, { view: id }, { orderBy: { version: 'asc' } })).map((v) => v.title),
    ).toEqual(['Басқарма үшін', 'Басқарма үшін, 3-тоқсан']);
    expect(
      await em.count(AuditEvent, { entityId: id, action: { $in: ['kpi_view.created', 'kpi_view.updated'] } }),
    ).toBe(2);
  });

  it('refuses a save of a version someone else has replaced, changing nothing', async () => {
    expect(
      await codeOf(tx((em) => saveKpiView(em, head, input({ id, version: 1, title: 'Ескі' }), NOW))),
    ).toMatchObject({
      code: 'CONFLICT',
      key: 'kpi.view.stale',
    });
    expect((await db.orm.em.fork().findOneOrFail(KpiView, id)).title).toBe('Басқарма үшін, 3-тоқсан');
  });

  it('refuses bad input with its typed error and saves nothing', async () => {
    const before = await db.orm.em.fork().count(KpiView, {});
    const cases: [KpiViewInput, Record<string, string>][] = [
      [
        input({ widgets: [widget({ id: 'a', kind: 'number', codes: ['nope.kpi'] })] }),
        { code: 'VALIDATION', key: 'kpi.unknown' },
      ],
      [
        input({ widgets: [WIDGETS[0]!, widget({ id: 'b', kind: 'number', x: 10, w: 4 })] }),
        { code: 'VALIDATION', key: 'kpi.view.widgetOutsideGrid', field: 'widgets.1' },
      ],
      [
        input({ widgets: [WIDGETS[0]!, widget({ id: 'b', kind: 'number', x: 2 })] }),
        { code: 'VALIDATION', key: 'kpi.view.widgetsOverlap', field: 'widgets.1' },
      ],
      [
        input({
          widgets: [
            widget({ id: 'a', kind: 'bars', split: 'org_unit', codes: ['org.responsible_staff'] }),
            widget({ id: 't', kind: 'trend', codes: ['org.responsible_staff'], x: 4 }),
          ],
        }),
        { code: 'VALIDATION', key: 'kpi.view.trendNotOffered', field: 'widgets.1' },
      ],
      [
        input({ filters: { period: { kind: 'quarter', year: 2026, part: 5 } } }),
        { code: 'VALIDATION', key: 'kpi.view.period' },
      ],
      [input({ filters: { orgUnitId: strangerUnitId, period: Q3 } }), { code: 'NOT_FOUND' }],
      [input({ filters: { organizationId: stranger.organizationId, period: Q3 } }), { code: 'NOT_FOUND' }],
      [input({ title: '   ' }), { code: 'VALIDATION', key: 'kpi.view.titleRequired' }],
    ];
    for (const [bad, expected] of cases) {
      expect(await codeOf(tx((em) => saveKpiView(em, head, bad, NOW)))).toMatchObject(expected);
    }
    expect(await codeOf(tx((em) => saveKpiView(em, employee, input(), NOW)))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await db.orm.em.fork().count(KpiView, {})).toBe(before);
  });

  it('may show a subsidiary of the holding', async () => {
    const view = await tx((em) =>
      saveKpiView(em, head, input({ filters: { organizationId: subsidiaryId, period: Q3 } }), NOW),
    );
    expect(view.filters.organizationId).toBe(subsidiaryId);
    await tx((em) => deleteKpiView(em, head, view.id, 1, NOW));
    expect((await listKpiViews(db.orm.em.fork(), head)).map((v) => v.id)).not.toContain(view.id);
  });

  it('concurrent saves of one version: one is kept, the others are CONFLICT', async () => {
    const { version } = await db.orm.em.fork().findOneOrFail(KpiView, id);
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, 4, (em, i) =>
        saveKpiView(em, head, input({ id, version, title: `Нұсқа ${i}` }), NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.map((e) => (e as { code: string }).code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect((await db.orm.em.fork().findOneOrFail(KpiView, id)).version).toBe(version + 1);
  });

  describe('shared and signed off', () => {
    it('is shared read-only with a person, never with one of another organisation', async () => {
      const { version } = await db.orm.em.fork().findOneOrFail(KpiView, id);
      expect(
        await codeOf(
          tx((em) =>
            shareKpiView(
              em,
              head,
              id,
              { roles: [], personIds: [firstHead.personId, stranger.personId] },
              NOW,
            ),
          ),
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
      expect(await db.orm.em.fork().count(KpiViewShare, { view: id })).toBe(0);
      await tx((em) =>
        shareKpiView(em, head, id, { roles: ['auditor'], personIds: [firstHead.personId] }, NOW),
      );
      const listed = await listKpiViews(db.orm.em.fork(), firstHead);
      expect(listed.map((v) => [v.id, v.sharedWithMe])).toEqual([[id, true]]);
      expect(await listKpiViews(db.orm.em.fork(), employee)).toEqual([]);
      expect(await codeOf(tx((em) => saveKpiView(em, firstHead, input({ id, version }), NOW)))).toMatchObject(
        {
          code: 'FORBIDDEN',
        },
      );
      expect(
        await codeOf(tx((em) => shareKpiView(em, officer, id, { roles: [], personIds: [] }, NOW))),
      ).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await codeOf(shownFigures(db.orm.em.fork(), employee, id, null, NOW))).toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('shows each widget the KPIs the registry computes, and the bars per unit below', async () => {
      const { figures, signOff } = await shownFigures(db.orm.em.fork(), firstHead, id, null, NOW);
      expect(signOff).toBeNull();
      const [headcount] = await computeKpiValues(db.orm.em.fork(), firstHead, ['org.headcount'], {
        periodFrom: new Date('2026-06-30T19:00:00Z'),
        periodTo: new Date('2026-09-30T18:59:59.999Z'),
      });
      const people = figures.widgets.find((w) => w.widgetId === 'people')!;
      expect(people.values.map((v) => v.value)).toEqual([headcount!.value]);
      expect(figures.widgets.find((w) => w.widgetId === 'staff')!.values.map((v) => v.code)).toEqual([
        'org.headcount',
        'org.responsible_staff',
      ]);
      const bars = figures.widgets.find((w) => w.widgetId === 'units')!.bars;
      expect(bars.map((b) => [b.label.kk, b.values[0]!.value])).toEqual([
        ['Заң', 6],
        ['Қаржы', 6],
      ]);
    });

    it('splits a subsidiary’s figures by the subsidiary’s own units, as its other widgets show it', async () => {
      const { figures } = await shownFigures(
        db.orm.em.fork(),
        head,
        id,
        { organizationId: subsidiaryId, period: Q3 },
        NOW,
      );
      const bars = figures.widgets.find((w) => w.widgetId === 'units')!.bars;
      expect(bars.map((b) => [b.label.kk, b.values[0]!.value])).toEqual([['Станция', 7]]);
    });

    it('§69: a signed-off period keeps its figures and commentary; later records change only live figures', async () => {
      const { version } = await db.orm.em.fork().findOneOrFail(KpiView, id);
      await tx((em) => commentKpiWidget(em, head, id, 'people', '2026-Q3', 'Штат тұрақты', NOW));
      expect(
        await codeOf(tx((em) => signOffKpiView(em, officer, id, '2026-Q3', version, NOW))),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
      await tx((em) => signOffKpiView(em, head, id, '2026-Q3', version, NOW));
      const em = db.orm.em.fork();
      buildPerson(em, units[0]!.organization, units[0]!);
      await em.flush();
      const signed = await shownFigures(db.orm.em.fork(), firstHead, id, null, NOW);
      expect(signed.signOff?.signedBy.id).toBe(head.personId);
      const people = signed.figures.widgets.find((w) => w.widgetId === 'people')!;
      expect(people.comment?.text).toBe('Штат тұрақты');
      const [now] = await computeKpiValues(db.orm.em.fork(), firstHead, ['org.headcount'], {});
      expect(now!.value).toBe(people.values[0]!.value! + 1);
      const unit = await shownFigures(
        db.orm.em.fork(),
        firstHead,
        id,
        { orgUnitId: units[0]!.id, period: Q3 },
        NOW,
      );
      expect(unit.signOff).toBeNull();
      expect(unit.figures.widgets[0]!.values[0]!.value).toBe(7);
      expect(
        await codeOf(tx((em2) => commentKpiWidget(em2, head, id, 'people', '2026-Q3', 'Өзгерт', NOW))),
      ).toMatchObject({
        code: 'CONFLICT',
        key: 'kpi.view.signedOff',
      });
      expect(await codeOf(tx((em2) => signOffKpiView(em2, head, id, '2026-Q3', version, NOW)))).toMatchObject(
        {
          code: 'CONFLICT',
        },
      );
    });

    it('puts the holding’s companies side by side, and shows on the home page of those it is shared with', async () => {
      const view = await tx((em) =>
        saveKpiView(
          em,
          head,
          input({
            title: 'Холдинг',
            widgets: [widget({ id: 'companies', kind: 'bars', split: 'organization', w: 8 })],
          }),
          NOW,
        ),
      );
      const { figures } = await shownFigures(db.orm.em.fork(), head, view.id, null, NOW);
      const bars = figures.widgets[0]!.bars;
      expect(bars.map((b) => [b.organizationId, b.values[0]!.value])).toEqual([
        [head.organizationId, expect.any(Number)],
        [subsidiaryId, 8],
      ]);
      expect((await viewOrganizations(db.orm.em.fork(), head)).map((o) => [o.id, o.own])).toEqual([
        [head.organizationId, true],
        [subsidiaryId, false],
      ]);
      const home = await KPI_VIEW_WORK.items(db.orm.em.fork(), firstHead, NOW);
      expect(home.map((item) => [item.kind, item.path])).toEqual([
        ['kpi_view_shared', `/compliance/kpi-views/${id}`],
      ]);
      expect(await KPI_VIEW_WORK.items(db.orm.em.fork(), head, NOW)).toEqual([]);
    });

    it('is duplicated as the composer’s own, unshared', async () => {
      // The officer does not read the view (shared with the first head and auditors only).
      expect(await codeOf(tx((em) => duplicateKpiView(em, officer, id, NOW)))).toMatchObject({
        code: 'NOT_FOUND',
      });
      const mine = await tx((em) => duplicateKpiView(em, head, id, NOW));
      expect(mine.sharedRoles).toEqual([]);
      expect(mine.widgets).toEqual((await db.orm.em.fork().findOneOrFail(KpiView, id)).widgets);
    });
  });
});

import { generateHotlineKeyring, registerKpi, submitHotlineReport, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import type { YogaLogger } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let token: string;
let ownUnitId: string;
let otherTenantUnitId: string;
const logged: unknown[][] = [];

const logger: YogaLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (...args: unknown[]) => void logged.push(args),
};

const KPI_VALUES = /* GraphQL */ `
  query Values($codes: [String!]!, $filter: KpiFilterInput) {
    kpiValues(codes: $codes, filter: $filter) {
      code
      value
      target
      met
      orgUnit {
        id
      }
    }
  }
`;

beforeAll(async () => {
  gateway = await createTestGateway({ logger });
  ({ orm, yoga } = gateway);
  const own = await buildOrganization(orm.em.fork());
  const other = await buildOrganization(orm.em.fork());
  ownUnitId = own.root.id;
  otherTenantUnitId = other.root.id;
  token = await devLoginToken(yoga, own.adminPerson.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('kpi', () => {
  it('lists the catalogue with localized titles: only the KPIs the viewer may read', async () => {
    const { body } = await graphqlRequest<{ kpiCatalog: { code: string; granularity: string }[] }>(yoga, {
      query: '{ kpiCatalog { code title { kk ru en } unit target direction dimensions granularity } }',
      token,
    });
    const codes = body.data?.kpiCatalog.map((kpi) => kpi.code);
    expect(codes).toEqual(expect.arrayContaining(['org.headcount', 'org.responsible_staff']));
    // The administrator keeps the staff list, not the hotline.
    expect(codes?.filter((code) => code.startsWith('hotline.'))).toEqual([]);
    expect(body.data?.kpiCatalog.find((kpi) => kpi.code === 'org.headcount')?.granularity).toBe('instant');
  });

  it('explains each KPI it lists: description, formula, owner plugin, readers, and the organisation as a dimension', async () => {
    interface Entry {
      code: string;
      description: { kk: string; ru: string; en: string };
      formula: { kk: string; ru: string; en: string };
      ownerPlugin: string;
      readers: string[];
      dimensions: string[];
    }
    const { body } = await graphqlRequest<{ kpiCatalog: Entry[] }>(yoga, {
      query:
        '{ kpiCatalog { code description { kk ru en } formula { kk ru en } ownerPlugin readers dimensions } }',
      token,
    });
    expect(body.errors).toBeUndefined();
    const headcount = body.data?.kpiCatalog.find((kpi) => kpi.code === 'org.headcount');
    // §5: the staff list is kept in the administration plugin, read by the programme and the administrators.
    expect(headcount).toMatchObject({
      ownerPlugin: 'admin',
      dimensions: ['organization', 'org_unit', 'period'],
      readers: [
        'compliance_officer',
        'compliance_head',
        'first_head',
        'auditor',
        'org_admin',
        'training_admin',
      ],
    });
    expect(headcount?.description.kk).toMatch(/5-тармақ/);
    expect(headcount?.description.en).toMatch(/§5/);
    expect(headcount?.formula.ru).toMatch(/Количество работников/);
    for (const kpi of body.data?.kpiCatalog ?? []) {
      expect(kpi.dimensions[0]).toBe('organization');
      expect(kpi.readers).toContain('org_admin');
      expect([kpi.description.kk, kpi.formula.kk, kpi.formula.en].every((text) => text.length > 0)).toBe(
        true,
      );
    }
  });

  it('computes several KPIs in one request, in the order asked', async () => {
    const { body } = await graphqlRequest<{
      kpiValues: { code: string; value: number; met: boolean | null }[];
    }>(yoga, {
      query: KPI_VALUES,
      variables: { codes: ['org.responsible_staff', 'org.headcount'], filter: { orgUnitId: ownUnitId } },
      token,
    });
    expect(body.errors).toBeUndefined();
    // The organisation has one person (its admin) and nobody holding a §5 responsible role.
    expect(body.data?.kpiValues).toEqual([
      { code: 'org.responsible_staff', value: 0, target: 3, met: false, orgUnit: { id: ownUnitId } },
      { code: 'org.headcount', value: 1, target: null, met: null, orgUnit: { id: ownUnitId } },
    ]);
  });

  it("answers another organisation's unit as NOT_FOUND, revealing nothing about it", async () => {
    const { body } = await graphqlRequest(yoga, {
      query: KPI_VALUES,
      variables: { codes: ['org.headcount'], filter: { orgUnitId: otherTenantUnitId } },
      token,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(body.data).toBeNull();
  });

  it('refuses an unknown KPI code as VALIDATION', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: KPI_VALUES,
      variables: { codes: ['no.such_kpi'] },
      token,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('masks an internal failure and gives the client the correlation id that is in the log', async () => {
    registerKpi({
      code: 'test.broken',
      context: 'org',
      title: { kk: 'broken', ru: 'broken', en: 'broken' },
      paragraph: '§0',
      description: { kk: 'broken', ru: 'broken', en: 'broken' },
      formula: { kk: 'broken', ru: 'broken', en: 'broken' },
      unit: 'count',
      target: null,
      direction: 'at_least',
      dimensions: [],
      granularity: 'instant',
      readers: ['org_admin'],
      sql: 'select 1 / 0 as value, null as numerator, null as denominator',
    });
    const { headers, body } = await graphqlRequest(yoga, {
      query: KPI_VALUES,
      variables: { codes: ['test.broken'] },
      token,
      headers: { 'x-request-id': 'req-kpi-test-0001' },
    });
    const error = body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'INTERNAL', requestId: 'req-kpi-test-0001' });
    expect(error?.message).not.toMatch(/division/);
    expect(headers.get('x-request-id')).toBe('req-kpi-test-0001');
    expect(logged.some((entry) => String(entry[0]).includes('req-kpi-test-0001'))).toBe(true);
  });
});

// A hotline whose reports arrived on days of March 2025 (Kazakhstan time, UTC+5): five on the 9th;
// six on the 10th, one of them at 09:17:23.456 — the report an insider wants to date — and five
// in the afternoon; five on the 12th.
describe('hotline KPIs', () => {
  const at = (local: string) => new Date(`${local}+05:00`);
  const tokens: Partial<Record<'auditor' | 'firstHead' | 'head' | 'employee' | 'investigator', string>> = {};

  beforeAll(async () => {
    const em = orm.em.fork();
    const { organization, root } = await buildOrganization(em, { name: 'KPI Hotline JSC' });
    const people = {
      auditor: ['auditor'],
      firstHead: ['first_head'],
      head: ['compliance_head'],
      employee: [],
      investigator: ['hotline_investigator'],
    } as const;
    const emails: Record<string, string> = {};
    for (const [key, roles] of Object.entries(people)) {
      const person = buildPerson(em, organization, root);
      grantRoles(em, person, ['employee', ...roles]);
      emails[key] = person.email;
    }
    await em.flush();
    const keyring = generateHotlineKeyring();
    const file = (receivedAt: Date) =>
      orm.em.fork().transactional((tx) =>
        submitHotlineReport(
          tx,
          keyring,
          organization.id,
          {
            category: 'corruption',
            what: 'Тендер жеткізушінің пайдасына шешілді, конверт берілді.',
            anonymous: true,
          },
          receivedAt,
        ),
      );
    for (let i = 0; i < 5; i += 1) await file(at(`2025-03-09T1${i}:00:00`));
    await file(at('2025-03-10T09:17:23.456'));
    for (let i = 5; i < 10; i += 1) await file(at(`2025-03-10T1${i}:00:00`));
    for (let i = 0; i < 5; i += 1) await file(at(`2025-03-12T1${i}:00:00`));
    for (const key of Object.keys(people) as (keyof typeof people)[]) {
      tokens[key] = await devLoginToken(yoga, emails[key] ?? '');
    }
  });

  const REPORTS_COUNT = /* GraphQL */ `
    query ReportsCount($filter: KpiFilterInput) {
      kpiValues(codes: ["hotline.reports_count"], filter: $filter) {
        value
        suppressed
        periodFrom
        periodTo
      }
    }
  `;

  async function reportsCount(token: string | undefined, periodFrom: Date) {
    const { body } = await graphqlRequest<{ kpiValues: unknown[] }>(yoga, {
      query: REPORTS_COUNT,
      variables: {
        filter: { periodFrom: periodFrom.toISOString(), periodTo: at('2025-03-31T00:00:00').toISOString() },
      },
      ...(token ? { token } : {}),
    });
    return body;
  }

  it('are read by the compliance head, the first head and auditors only; others are refused, the KPI named', async () => {
    for (const reader of ['auditor', 'firstHead', 'head'] as const) {
      const body = await reportsCount(tokens[reader], at('2025-03-09T00:00:00'));
      expect(body.errors).toBeUndefined();
      expect(body.data?.kpiValues).toEqual([
        {
          value: 16,
          suppressed: false,
          periodFrom: at('2025-03-09T00:00:00').toISOString(),
          periodTo: at('2025-03-31T00:00:00').toISOString(),
        },
      ]);
    }
    for (const other of ['employee', 'investigator'] as const) {
      const body = await reportsCount(tokens[other], at('2025-03-09T00:00:00'));
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toMatch(/hotline\.reports_count/);
      expect(body.data).toBeNull();
    }
    const { body } = await graphqlRequest<{ kpiCatalog: { code: string }[] }>(yoga, {
      query: '{ kpiCatalog { code description { en } formula { en } ownerPlugin readers dimensions } }',
      token: tokens.employee,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.kpiCatalog).toEqual([]);
  });

  it('date no report more finely than its day: any bound but a midnight is refused, naming the KPI', async () => {
    const body = await reportsCount(tokens.auditor, at('2025-03-10T09:17:23.456'));
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'kpi.periodFinerThanDay',
      params: { code: 'hotline.reports_count', field: 'periodFrom' },
    });
    expect(body.errors?.[0]?.message).toMatch(/hotline\.reports_count/);
    // Whole days still count: the start of the 10th, in Kazakhstan.
    expect((await reportsCount(tokens.auditor, at('2025-03-10T00:00:00'))).data?.kpiValues).toEqual([
      expect.objectContaining({ value: 11, periodFrom: at('2025-03-10T00:00:00').toISOString() }),
    ]);
  });

  it('leave a binary search on periodFrom nothing to find: every instant within a day answers the same refusal', async () => {
    const answer = async (ms: number) => JSON.stringify(await reportsCount(tokens.auditor, new Date(ms)));
    // The attack: move periodFrom between two instants whose answers differ, halving the gap each
    // time until it is 1 ms wide. On figures cut at any instant it ends 1 ms after a report.
    const search = async (from: Date, to: Date) => {
      let [lo, hi] = [from.getTime(), to.getTime()];
      const low = await answer(lo);
      if ((await answer(hi)) === low) return null;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if ((await answer(mid)) === low) lo = mid;
        else hi = mid;
      }
      return new Date(hi);
    };
    // Knowing the hour, the insider learns nothing.
    expect(await search(at('2025-03-10T08:00:00'), at('2025-03-10T10:00:00'))).toBeNull();
    const probes = ['09:17:23.455', '09:17:23.456', '09:17:23.457'].map((time) => at(`2025-03-10T${time}`));
    const answers = new Set(await Promise.all(probes.map((probe) => answer(probe.getTime()))));
    expect(answers.size).toBe(1);
    expect([...answers][0]).toMatch(/kpi\.periodFinerThanDay/);
    // Across days too: the instants between two midnights all answer alike.
    expect(await search(at('2025-03-09T12:00:00'), at('2025-03-11T12:00:00'))).toBeNull();
  });
});

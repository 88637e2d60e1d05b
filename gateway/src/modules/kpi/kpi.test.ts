import { registerKpi, type MikroORM } from '@adal/domain';
import { buildOrganization } from '@adal/domain/testing';
import type { YogaLogger } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { buildHotlineOrganization } from '../../testing/hotline-organization.js';
import { fileReport } from '../../testing/hotline-operations.js';
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
  it('lists the catalogue with localized titles', async () => {
    const { body } = await graphqlRequest<{ kpiCatalog: { code: string; title: { en: string } }[] }>(yoga, {
      query: '{ kpiCatalog { code title { kk ru en } unit target direction dimensions } }',
      token,
    });
    const codes = body.data?.kpiCatalog.map((kpi) => kpi.code);
    expect(codes).toEqual(expect.arrayContaining(['org.headcount', 'org.responsible_staff']));
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

  it('withholds the hotline’s count of 1 to 4 reports as suppressed, and shows 5', async () => {
    const hotline = await buildHotlineOrganization(orm, 'KPI Hotline JSC');
    const head = await devLoginToken(yoga, hotline.head.email);
    const reportsCount = async () => {
      const { body } = await graphqlRequest<{
        kpiValues: { value: number | null; numerator: number | null; suppressed: boolean }[];
      }>(yoga, {
        query:
          '{ kpiValues(codes: ["hotline.reports_count"]) { value numerator denominator met suppressed } }',
        token: head,
      });
      expect(body.errors).toBeUndefined();
      return body.data?.kpiValues[0];
    };

    await fileReport(yoga, { organizationId: hotline.organizationId });
    expect(await reportsCount()).toEqual({
      value: null,
      numerator: null,
      denominator: null,
      met: null,
      suppressed: true,
    });
    for (let i = 0; i < 4; i += 1) await fileReport(yoga, { organizationId: hotline.organizationId });
    expect(await reportsCount()).toEqual({
      value: 5,
      numerator: 5,
      denominator: null,
      met: null,
      suppressed: false,
    });
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
      context: 'test',
      title: { kk: 'broken', ru: 'broken', en: 'broken' },
      paragraph: '§0',
      unit: 'count',
      target: null,
      direction: 'at_least',
      dimensions: [],
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

import { generateHotlineKeyring, submitHotlineReport, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles, type BuiltOrganization } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import type { GatewayYoga } from '../../yoga.js';

// Issue 16, point 4: a parent company, its two subsidiaries, and an organisation outside the holding.
let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let parent: BuiltOrganization;
let energy: BuiltOrganization;
let logistics: BuiltOrganization;
let stranger: BuiltOrganization;
const tokens: Record<'parent' | 'energy' | 'logistics', string> = { parent: '', energy: '', logistics: '' };

const at = (local: string) => new Date(`${local}+05:00`);
const MARCH = {
  periodFrom: at('2025-03-01T00:00:00').toISOString(),
  periodTo: at('2025-03-31T00:00:00').toISOString(),
};

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  parent = await buildOrganization(em, { name: 'Parent Holding JSC' });
  energy = await buildOrganization(em, { name: 'Energy Subsidiary JSC', parent: parent.organization });
  logistics = await buildOrganization(em, { name: 'Logistics Subsidiary LLP', parent: parent.organization });
  stranger = await buildOrganization(em, { name: 'Stranger LLP' });
  for (const [key, built, staff] of [
    ['parent', parent, 4],
    ['energy', energy, 9],
    ['logistics', logistics, 6],
  ] as const) {
    for (let i = 0; i < staff; i += 1) buildPerson(em, built.organization, built.root);
    const head = buildPerson(em, built.organization, built.root);
    grantRoles(em, head, ['employee', 'compliance_head']);
    await em.flush();
    tokens[key] = await devLoginToken(yoga, head.email);
  }
  const keyring = generateHotlineKeyring();
  for (const [built, count] of [
    [energy, 6],
    [logistics, 5],
  ] as const) {
    for (let i = 0; i < count; i += 1) {
      await orm.em.fork().transactional((tx) =>
        submitHotlineReport(
          tx,
          keyring,
          built.organization.id,
          {
            category: 'corruption',
            what: 'Тендер жеткізушінің пайдасына шешілді, конверт берілді.',
            anonymous: true,
          },
          at(`2025-03-1${i % 3}T1${i}:00:00`),
        ),
      );
    }
  }
});

afterAll(async () => {
  await gateway?.drop();
});

const VALUES = /* GraphQL */ `
  query Values($codes: [String!]!, $filter: KpiFilterInput) {
    kpiValues(codes: $codes, filter: $filter) {
      code
      value
      suppressed
    }
  }
`;

const BY_ORGANIZATION = /* GraphQL */ `
  query ByOrganization($codes: [String!]!, $filter: KpiPeriodInput) {
    kpiByOrganization(codes: $codes, filter: $filter) {
      organizations {
        organizationId
        name {
          en
        }
        own
        values {
          code
          value
          suppressed
        }
      }
      aggregate {
        code
        value
        numerator
        denominator
        suppressed
      }
    }
  }
`;

const BENCHMARK = /* GraphQL */ `
  query Benchmark($filter: KpiPeriodInput) {
    kpiBenchmark(filter: $filter) {
      companies
      measures {
        code
        title {
          en
        }
        unit
        direction
        own {
          value
          numerator
          denominator
          suppressed
        }
        peers {
          value
          suppressed
        }
        min
        median
        max
        rank
        ranked
      }
    }
  }
`;

describe('the holding level over GraphQL', () => {
  it('gives the parent company’s head a subsidiary’s KPIs exactly as its own head reads them', async () => {
    const variables = { codes: ['org.headcount', 'hotline.reports_count', 'hotline.reports_per_100_staff'] };
    const asParent = await graphqlRequest(yoga, {
      query: VALUES,
      variables: { ...variables, filter: { ...MARCH, organizationId: energy.organization.id } },
      token: tokens.parent,
    });
    const asOwn = await graphqlRequest(yoga, {
      query: VALUES,
      variables: { ...variables, filter: MARCH },
      token: tokens.energy,
    });
    expect(asParent.body.errors).toBeUndefined();
    expect(asParent.body.data).toEqual(asOwn.body.data);
    expect(asParent.body.data?.['kpiValues']).toEqual([
      { code: 'org.headcount', value: 11, suppressed: false },
      { code: 'hotline.reports_count', value: 6, suppressed: false },
      { code: 'hotline.reports_per_100_staff', value: 54.5, suppressed: false },
    ]);
  });

  it('answers NOT_FOUND for an organisation outside the holding, a unit of another organisation, and a subsidiary head’s parent or sibling', async () => {
    const notFound = async (token: string, filter: Record<string, string>) => {
      const { body } = await graphqlRequest(yoga, {
        query: VALUES,
        variables: { codes: ['org.headcount'], filter },
        token,
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(body.data).toBeNull();
    };
    await notFound(tokens.parent, { organizationId: stranger.organization.id });
    await notFound(tokens.parent, { organizationId: energy.organization.id, orgUnitId: logistics.root.id });
    await notFound(tokens.parent, { orgUnitId: energy.root.id });
    await notFound(tokens.energy, { organizationId: parent.organization.id });
    await notFound(tokens.energy, { organizationId: logistics.organization.id });
  });

  it('sets the companies side by side with the holding’s aggregate: the sum of their counts', async () => {
    const { body } = await graphqlRequest<{
      kpiByOrganization: {
        organizations: { name: { en: string }; own: boolean; values: { value: number | null }[] }[];
        aggregate: {
          code: string;
          value: number | null;
          numerator: number | null;
          denominator: number | null;
        }[];
      };
    }>(yoga, {
      query: BY_ORGANIZATION,
      variables: {
        codes: ['org.headcount', 'hotline.reports_count', 'hotline.reports_per_100_staff'],
        filter: MARCH,
      },
      token: tokens.parent,
    });
    expect(body.errors).toBeUndefined();
    const holding = body.data?.kpiByOrganization;
    expect(holding?.organizations.map((o) => [o.name.en, o.own, o.values.map((v) => v.value)])).toEqual([
      ['Parent Holding JSC', true, [6, 0, 0]],
      ['Energy Subsidiary JSC', false, [11, 6, 54.5]],
      ['Logistics Subsidiary LLP', false, [8, 5, 62.5]],
    ]);
    // 6 + 11 + 8 staff; 0 + 6 + 5 reports; 11 per 25 staff.
    expect(holding?.aggregate).toEqual([
      { code: 'org.headcount', value: 25, numerator: 25, denominator: null, suppressed: false },
      { code: 'hotline.reports_count', value: 11, numerator: 11, denominator: null, suppressed: false },
      { code: 'hotline.reports_per_100_staff', value: 44, numerator: 11, denominator: 25, suppressed: false },
    ]);
  });

  it('shows a subsidiary’s head their peers’ figures with no other company’s id or name', async () => {
    const { body } = await graphqlRequest<{
      kpiBenchmark: {
        companies: number;
        measures: { code: string; peers: unknown[]; rank: number | null }[];
      };
    }>(yoga, { query: BENCHMARK, variables: { filter: MARCH }, token: tokens.energy });
    expect(body.errors).toBeUndefined();
    expect(body.data?.kpiBenchmark.companies).toBe(3);
    const perStaff = body.data?.kpiBenchmark.measures.find((m) => m.code === 'hotline.reports_per_100_staff');
    // Logistics 62.5, the parent 0: energy's 54.5 is second.
    expect(perStaff).toMatchObject({
      peers: [
        { value: 0, suppressed: false },
        { value: 62.5, suppressed: false },
      ],
      min: 0,
      median: 54.5,
      max: 62.5,
      rank: 2,
      ranked: 3,
    });
    const serialised = JSON.stringify(body);
    for (const other of [parent, logistics]) {
      expect(serialised).not.toContain(other.organization.id);
      expect(serialised).not.toContain(other.organization.name);
      expect(serialised).not.toContain(other.root.id);
    }
    const denominators = JSON.stringify(body.data?.kpiBenchmark.measures.map((m) => m.peers));
    expect(denominators).not.toMatch(/numerator|denominator/);
  });

  it('shows a subsidiary’s head only their own company side by side', async () => {
    const { body } = await graphqlRequest<{
      kpiByOrganization: { organizations: { organizationId: string }[] };
    }>(yoga, { query: BY_ORGANIZATION, variables: { codes: ['org.headcount'] }, token: tokens.logistics });
    expect(body.data?.kpiByOrganization.organizations).toEqual([
      expect.objectContaining({ organizationId: logistics.organization.id }),
    ]);
    expect(JSON.stringify(body)).not.toContain(energy.organization.id);
  });
});

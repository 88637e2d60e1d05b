import type { MikroORM } from '@adal/domain';
import { buildOrganization, buildOrgUnit, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
const tokens: Partial<Record<'head' | 'firstHead' | 'trainingAdmin', string>> = {};
let financeId: string;
let legalId: string;
let otherTenantUnitId: string;
let subsidiaryId: string;
let plantId: string;

const DRILL = /* GraphQL */ `
  query Drill($code: String!, $filter: KpiFilterInput) {
    kpiDrillDown(code: $code, filter: $filter) {
      code
      whole {
        value
        suppressed
      }
      units {
        orgUnit {
          id
        }
        name {
          kk
          ru
          en
        }
        hasChildren
        value {
          value
          numerator
          denominator
          suppressed
        }
      }
    }
  }
`;

const RECORDS = /* GraphQL */ `
  query Records($code: String!, $filter: KpiFilterInput, $page: KpiRecordsPageInput) {
    kpiRecords(code: $code, filter: $filter, page: $page) {
      total
      columns {
        key
        kind
        title {
          en
        }
      }
      rows {
        label
        cells {
          key
          value
          text {
            kk
            en
          }
        }
      }
    }
  }
`;

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const { organization, root } = await buildOrganization(em, { name: 'Drill JSC' });
  const finance = buildOrgUnit(em, organization, root, 'Finance');
  const treasury = buildOrgUnit(em, organization, finance, 'Treasury');
  const legal = buildOrgUnit(em, organization, root, 'Legal');
  financeId = finance.id;
  legalId = legal.id;
  for (const name of ['Aigul', 'Bolat', 'Dana', 'Erlan', 'Farid']) {
    buildPerson(em, organization, finance, { fullName: `${name} Finance`, hiredAt: '2020-01-01' });
  }
  buildPerson(em, organization, treasury, { fullName: 'Gulnara Treasury', hiredAt: '2020-01-01' });
  buildPerson(em, organization, legal, { fullName: 'Hana Legal', hiredAt: '2020-01-01' });
  const people = {
    head: 'compliance_head',
    firstHead: 'first_head',
    trainingAdmin: 'training_admin',
  } as const;
  const emails: Record<string, string> = {};
  for (const [key, role] of Object.entries(people)) {
    const person = buildPerson(em, organization, root, { hiredAt: '2020-01-01' });
    grantRoles(em, person, ['employee', role]);
    emails[key] = person.email;
  }
  const other = await buildOrganization(em);
  otherTenantUnitId = other.root.id;
  const subsidiary = await buildOrganization(em, { name: 'Drill Energy', parent: organization });
  const plant = buildOrgUnit(em, subsidiary.organization, subsidiary.root, 'Plant');
  for (const name of ['Ivan', 'Jamila', 'Kairat', 'Lyazzat', 'Marat']) {
    buildPerson(em, subsidiary.organization, plant, { fullName: `${name} Plant`, hiredAt: '2020-01-01' });
  }
  subsidiaryId = subsidiary.organization.id;
  plantId = plant.id;
  await em.flush();
  for (const key of Object.keys(people) as (keyof typeof people)[]) {
    tokens[key] = await devLoginToken(yoga, emails[key] ?? '');
  }
});

afterAll(async () => {
  await gateway?.drop();
});

describe('kpiDrillDown', () => {
  it('shows the units below a figure by name, each with its subtree, a small group withheld', async () => {
    const { body } = await graphqlRequest<{ kpiDrillDown: { units: unknown[]; whole: unknown } }>(yoga, {
      query: DRILL,
      variables: { code: 'training.coverage' },
      token: tokens.firstHead,
    });
    expect(body.errors).toBeUndefined();
    // Eleven on the staff: six in Finance's subtree, one in Legal, the admin and three readers at the root.
    expect(body.data?.kpiDrillDown.whole).toEqual({ value: 0, suppressed: false });
    expect(body.data?.kpiDrillDown.units).toEqual([
      {
        orgUnit: { id: financeId },
        name: { kk: 'Finance', ru: 'Finance', en: 'Finance' },
        hasChildren: true,
        value: { value: 0, numerator: 0, denominator: 6, suppressed: false },
      },
      {
        orgUnit: { id: legalId },
        name: { kk: 'Legal', ru: 'Legal', en: 'Legal' },
        hasChildren: false,
        value: { value: null, numerator: null, denominator: null, suppressed: true },
      },
    ]);
  });

  it("answers another organisation's unit as NOT_FOUND and a KPI not split by unit as VALIDATION", async () => {
    const foreign = await graphqlRequest(yoga, {
      query: DRILL,
      variables: { code: 'org.headcount', filter: { orgUnitId: otherTenantUnitId } },
      token: tokens.head,
    });
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const hotline = await graphqlRequest(yoga, {
      query: DRILL,
      variables: { code: 'hotline.reports_count' },
      token: tokens.head,
    });
    expect(hotline.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'kpi.noUnitBreakdown',
    });
  });
});

describe('kpiDrillDown into a subsidiary (issue 16.4)', () => {
  it('gives the parent company’s first head the subsidiary’s units, each unit resolved', async () => {
    const { body } = await graphqlRequest<{ kpiDrillDown: { units: unknown[] } }>(yoga, {
      query: DRILL,
      variables: { code: 'training.coverage', filter: { organizationId: subsidiaryId } },
      token: tokens.firstHead,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.kpiDrillDown.units).toEqual([
      {
        orgUnit: { id: plantId },
        name: { kk: 'Plant', ru: 'Plant', en: 'Plant' },
        hasChildren: false,
        value: { value: 0, numerator: 0, denominator: 5, suppressed: false },
      },
    ]);
  });

  it('keeps the subsidiary’s people to it: its records are FORBIDDEN to the parent’s compliance head', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: RECORDS,
      variables: { code: 'training.coverage', filter: { organizationId: subsidiaryId } },
      token: tokens.head,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'kpi.recordsOwnOrganization',
    });
  });
});

describe('kpiRecords', () => {
  it('tells each reader whether they may drill to names', async () => {
    const readable = async (token: string | undefined) => {
      const { body } = await graphqlRequest<{ kpiCatalog: { code: string; recordsReadable: boolean }[] }>(
        yoga,
        {
          query: '{ kpiCatalog { code recordsReadable } }',
          ...(token ? { token } : {}),
        },
      );
      return body.data?.kpiCatalog.find((kpi) => kpi.code === 'training.coverage')?.recordsReadable;
    };
    expect(await readable(tokens.head)).toBe(true);
    expect(await readable(tokens.trainingAdmin)).toBe(true);
    expect(await readable(tokens.firstHead)).toBe(false);
  });

  it('names the people for the compliance head, a small unit too, and refuses the first head the names', async () => {
    const { body } = await graphqlRequest<{ kpiRecords: unknown }>(yoga, {
      query: RECORDS,
      variables: { code: 'training.coverage', filter: { orgUnitId: legalId } },
      token: tokens.head,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.kpiRecords).toEqual({
      total: 1,
      columns: [
        { key: 'unit', kind: 'localized', title: { en: 'Unit' } },
        { key: 'status', kind: 'choice', title: { en: 'Covered by training' } },
      ],
      rows: [
        {
          label: 'Hana Legal',
          cells: [
            { key: 'unit', value: null, text: { kk: 'Legal', en: 'Legal' } },
            { key: 'status', value: 'not_covered', text: { kk: 'Жоқ', en: 'No' } },
          ],
        },
      ],
    });
    const paged = await graphqlRequest<{ kpiRecords: { total: number; rows: { label: string }[] } }>(yoga, {
      query: RECORDS,
      variables: {
        code: 'training.coverage',
        filter: { orgUnitId: financeId },
        page: { limit: 2, offset: 4 },
      },
      token: tokens.head,
    });
    expect(paged.body.data?.kpiRecords.total).toBe(6);
    expect(paged.body.data?.kpiRecords.rows.map((row) => row.label)).toEqual([
      'Farid Finance',
      'Gulnara Treasury',
    ]);
    const refused = await graphqlRequest(yoga, {
      query: RECORDS,
      variables: { code: 'training.coverage', filter: { orgUnitId: legalId } },
      token: tokens.firstHead,
    });
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'kpi.recordsNotAllowed',
      params: { code: 'training.coverage' },
    });
  });

  it('refuses a KPI without records as VALIDATION and another organisation’s unit as NOT_FOUND', async () => {
    const none = await graphqlRequest(yoga, {
      query: RECORDS,
      variables: { code: 'org.headcount' },
      token: tokens.head,
    });
    expect(none.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'kpi.noRecords',
    });
    const foreign = await graphqlRequest(yoga, {
      query: RECORDS,
      variables: { code: 'training.coverage', filter: { orgUnitId: otherTenantUnitId } },
      token: tokens.head,
    });
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

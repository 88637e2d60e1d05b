import type { MikroORM } from '@adal/domain';
import { buildOrganization } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest, type GraphQLResponseBody } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import type { GatewayYoga } from '../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let admin: string;

const PEOPLE = 'query($search: String!) { people(search: $search) { id } }';
const ADD_HOLIDAY =
  'mutation($date: String!, $name: String!) { addPublicHoliday(date: $date, name: $name) { date } }';
const DASHBOARD = 'query($from: DateTime) { hotlineDashboard(periodFrom: $from) { __typename } }';

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const built = await buildOrganization(orm.em.fork());
  admin = await devLoginToken(yoga, built.adminPerson.email);
});

afterAll(async () => {
  await gateway?.drop();
});

function expectRefused(body: GraphQLResponseBody<unknown>, field: string, problem: RegExp): void {
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['VALIDATION']);
  expect(body.errors?.[0]?.extensions?.['field']).toBe(field);
  expect(body.errors?.[0]?.message).toMatch(problem);
}

async function holidayCount(): Promise<number> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>('select count(*) as n from public_holiday');
  return Number(rows[0]?.n);
}

describe('texts no column can hold are refused before anything runs', () => {
  it('refuses a NUL byte in a sign-in e-mail, naming the field', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: 'mutation($email: String!) { devLogin(email: $email) { token } }',
      variables: { email: 'admin@test.adal.kz\u0000' },
    });
    expectRefused(body, 'email', /"email" contains a NUL character/);
  });

  it('refuses a lone surrogate in a search', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: PEOPLE,
      variables: { search: 'Ай\ud800' },
      token: admin,
    });
    expectRefused(body, 'search', /lone UTF-16 surrogate/);
  });

  it('refuses a NUL written into the document itself', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: '{ people(search: "Ай\\u0000") { id } }',
      token: admin,
    });
    expectRefused(body, 'search', /NUL/);
  });

  it('names the field inside an input object and a list', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: 'query($codes: [String!]!) { kpiValues(codes: $codes) { code } }',
      variables: { codes: ['training.completion', 'x\u0000'] },
      token: admin,
    });
    expectRefused(body, 'codes.1', /NUL/);
  });

  it('refuses a NUL in the key of a JSON value, which jsonb refuses too', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: 'query($search: String!) { people(search: $search) { id } }',
      variables: { search: 'Айжан', extra: { 'a\u0000': 1 } },
      token: admin,
    });
    expectRefused(body, 'extra.a\u0000', /NUL/);
  });

  it('walks a variable nested far deeper than any stack', async () => {
    const depth = 200_000;
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-adal-csrf': '1', authorization: `Bearer ${admin}` },
      body: `{"query":${JSON.stringify(PEOPLE)},"variables":{"search":"Айжан","deep":${'['.repeat(depth)}"x\\u0000"${']'.repeat(depth)}}}`,
    });
    const body = (await response.json()) as GraphQLResponseBody<unknown>;
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['VALIDATION']);
    expect(body.errors?.[0]?.extensions?.['field']).toBe(`deep${'.0'.repeat(depth)}`.slice(0, 200) + '…');
  });

  it('leaves texts with every other character alone', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: PEOPLE,
      variables: { search: 'Әсел 😀 \t\n «Самұрық» 2026-01-31 meeting' },
      token: admin,
    });
    expect(body.errors).toBeUndefined();
  });
});

describe('dates that do not exist', () => {
  it('refuses 30 February and year 0000 in a date text, and stores nothing', async () => {
    const before = await holidayCount();
    for (const [date, problem] of [
      ['2026-02-30', /does not exist/],
      ['0000-01-01', /year 0000/],
      ['2026-13-01', /does not exist/],
    ] as const) {
      const { body } = await graphqlRequest(yoga, {
        query: ADD_HOLIDAY,
        variables: { date, name: 'Той' },
        token: admin,
      });
      expectRefused(body, 'date', problem);
    }
    expect(await holidayCount()).toBe(before);
  });

  it('refuses a NUL in a holiday name and stores nothing', async () => {
    const before = await holidayCount();
    const { body } = await graphqlRequest(yoga, {
      query: ADD_HOLIDAY,
      variables: { date: '2026-03-02', name: 'Той\u0000' },
      token: admin,
    });
    expectRefused(body, 'name', /NUL/);
    expect(await holidayCount()).toBe(before);
  });

  it('refuses DateTimes that do not exist or lie outside 1900–2200', async () => {
    for (const from of [
      '2026-02-30T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '1899-12-31T23:59:59Z',
      '2201-01-01T00:00:00Z',
      '2200-12-31T23:00:00-05:00',
      '2026-01-01T24:00:00Z',
    ]) {
      const { body } = await graphqlRequest(yoga, { query: DASHBOARD, variables: { from }, token: admin });
      expect(
        body.errors?.map((error) => error.extensions?.code),
        from,
      ).toEqual(['VALIDATION']);
    }
  });

  it('still refuses a DateTime that is no date at all, through the scalar', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: DASHBOARD,
      variables: { from: 'yesterday' },
      token: admin,
    });
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['VALIDATION']);
    expect(body.errors?.[0]?.message).toMatch(/not an ISO 8601 date/);
  });
});

import { buildOrganization } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { STATEMENTS_HEADER } from './use-statement-count.js';

let counting: TestGateway;
let plain: TestGateway;
let token: string;

beforeAll(async () => {
  [counting, plain] = await Promise.all([createTestGateway({ countStatements: true }), createTestGateway()]);
  const { adminPerson } = await buildOrganization(counting.orm.em.fork());
  token = await devLoginToken(counting.yoga, adminPerson.email);
});

afterAll(async () => {
  await Promise.all([counting?.drop(), plain?.drop()]);
});

const ORG_UNITS = '{ orgUnits { id } }';

describe('useStatementCount', () => {
  it("returns each request's own count, requests side by side kept apart", async () => {
    const alone = await graphqlRequest(counting.yoga, { query: ORG_UNITS, token });
    const [first, anonymous, second] = await Promise.all([
      graphqlRequest(counting.yoga, { query: ORG_UNITS, token }),
      graphqlRequest(counting.yoga, { query: '{ __typename }' }),
      graphqlRequest(counting.yoga, { query: ORG_UNITS, token }),
    ]);
    const count = alone.headers.get(STATEMENTS_HEADER);
    // Who signed in (the person and their roles, one statement) and the units.
    expect(Number(count)).toBeGreaterThanOrEqual(2);
    expect([first, anonymous, second].map((r) => r.headers.get(STATEMENTS_HEADER))).toEqual([
      count,
      '0',
      count,
    ]);
  });

  it('is off unless asked', async () => {
    const { headers } = await graphqlRequest(plain.yoga, { query: '{ __typename }' });
    expect(headers.get(STATEMENTS_HEADER)).toBeNull();
  });
});

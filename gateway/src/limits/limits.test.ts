import type { MikroORM } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { createGatewayYoga, type GatewayYoga } from '../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;

beforeAll(async () => {
  gateway = await createTestGateway({ maxDepth: 10, maxCost: 5000 });
  ({ orm, yoga } = gateway);
});

afterAll(async () => {
  await gateway?.drop();
});

/** `orgUnits { parent { parent { … { id } } } }` nested `levels` fields deep. */
function nestedParents(levels: number): string {
  return `{ orgUnits { ${'parent { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
}

describe('query limits', () => {
  it('runs a query at the depth limit', async () => {
    const { body } = await graphqlRequest(yoga, { query: nestedParents(10) });
    // Validation passed: the only error is the missing sign-in.
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a query past the depth limit before executing it', async () => {
    const { body } = await graphqlRequest(yoga, { query: nestedParents(11) });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(body.errors?.[0]?.message).toMatch(/11 levels deep; the limit is 10/);
  });

  it('refuses a query whose lists multiply past the cost limit', async () => {
    const fields = Array.from(
      { length: 60 },
      (_, i) => `a${i}: auditEvents(limit: 200) { id at action }`,
    ).join(' ');
    const { body } = await graphqlRequest(yoga, { query: `{ ${fields} }` });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(body.errors?.[0]?.message).toMatch(/the limit is 5000/);
  });

  it('allows introspection only in development', async () => {
    const development = await graphqlRequest(yoga, { query: '{ __schema { queryType { name } } }' });
    expect(development.body.errors).toBeUndefined();
    const production = await createGatewayYoga({ orm, devLogin: false });
    const refused = await graphqlRequest(production, { query: '{ __schema { queryType { name } } }' });
    expect(refused.body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple GET without the CSRF header or a JSON content type', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql?query=%7Bviewer%7Bid%7D%7D');
    expect(response.status).toBe(403);
  });

  it('accepts the same GET with x-adal-csrf', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql?query=%7Bviewer%7Bid%7D%7D', {
      headers: { 'x-adal-csrf': '1', accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: null } });
  });

  it('refuses a cross-site form post', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7Bviewer%7Bid%7D%7D',
    });
    expect(response.status).toBe(403);
  });
});

describe('request body size', () => {
  it('refuses a body larger than the limit with 413', async () => {
    const small = await createGatewayYoga({ orm, maxRequestBodyBytes: 1024 });
    const response = await small.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { id } } # ${'x'.repeat(4096)}` }),
    });
    expect(response.status).toBe(413);
  });
});

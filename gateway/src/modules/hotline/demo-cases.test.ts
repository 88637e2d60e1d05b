import { DEMO_LOGINS, generateHotlineKeyring } from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../start-gateway.js';

let database: TestDatabase;
let gateway: RunningGateway;

beforeAll(async () => {
  database = await createTestDatabase();
  gateway = await startGateway({
    port: 0,
    databaseUrl: database.databaseUrl,
    devLogin: true,
    seedDemo: true,
    hotlineKeyring: generateHotlineKeyring(),
    jobs: false,
  });
});

afterAll(async () => {
  await gateway?.close();
  await database?.drop();
});

async function post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-adal-csrf': '1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}

describe('the demo hotline', () => {
  it('seeds cases sealed with the deployment’s keys, which its compliance head opens', async () => {
    const email = DEMO_LOGINS.find((login) => login.role === 'compliance_head')?.email;
    const { devLogin } = await post<{ devLogin: { token: string } }>(
      'mutation($email: String!) { devLogin(email: $email) { token } }',
      { email },
    );
    const { hotlineCases } = await post<{
      hotlineCases: { total: number; items: { id: string; withheld: boolean }[] };
    }>('{ hotlineCases { total items { id withheld } } }', {}, devLogin.token);
    expect(hotlineCases.total).toBeGreaterThan(0);
    // The case about the compliance head herself is the alternate handler's: she sees only that it exists.
    expect(hotlineCases.items.filter((item) => item.withheld)).toHaveLength(1);
    for (const { id } of hotlineCases.items.filter((item) => !item.withheld)) {
      const { hotlineCase } = await post<{ hotlineCase: { content: { what: string } } }>(
        'query($id: ID!) { hotlineCase(id: $id) { content { what } messages { body } } }',
        { id },
        devLogin.token,
      );
      expect(hotlineCase.content.what.length).toBeGreaterThan(0);
    }
  });
});

import type { MikroORM } from '@adal/domain';
import { buildOrganization } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { createGatewayYoga, type GatewayYoga } from '../yoga.js';
import { signDevToken } from './dev-token.js';
import { createSigningKey, type SigningKey } from './signing-key.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let key: SigningKey;
let login: { personId: string; organizationId: string };
let built: Awaited<ReturnType<typeof buildOrganization>>;

const VIEWER = '{ viewer { id roles } }';

beforeAll(async () => {
  key = await createSigningKey();
  gateway = await createTestGateway({ signingKey: key });
  ({ orm, yoga } = gateway);
  built = await buildOrganization(orm.em.fork());
  login = { personId: built.adminPerson.id, organizationId: built.organization.id };
});

afterAll(async () => {
  await gateway?.drop();
});

describe('bearer tokens', () => {
  it('accepts a valid token and loads the roles from the database, not from the token', async () => {
    const { body } = await graphqlRequest<{ viewer: { id: string; roles: string[] } }>(yoga, {
      query: VIEWER,
      token: await signDevToken(key, login),
    });
    expect(body.data?.viewer).toEqual({ id: login.personId, roles: ['employee', 'org_admin'] });
  });

  it('refuses a malformed token as UNAUTHENTICATED instead of serving an anonymous request', async () => {
    const { status, body } = await graphqlRequest(yoga, { query: VIEWER, token: 'not.a.jwt' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('refuses an expired token as UNAUTHENTICATED and says the session expired', async () => {
    const expired = await signDevToken(key, { ...login, expiresAt: new Date(Date.now() - 60_000) });
    const { body } = await graphqlRequest(yoga, { query: VIEWER, token: expired });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/expired/);
  });

  it('refuses a token living longer than the deployment accepts, and says so', async () => {
    const yearLong = await signDevToken(key, {
      ...login,
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
    });
    const { status, body } = await graphqlRequest(yoga, { query: VIEWER, token: yearLong });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/lives longer than this deployment accepts/);
  });

  it('issues development tokens no longer than the deployment accepts', async () => {
    const strict = await createGatewayYoga({
      orm,
      devLogin: true,
      signingKey: key,
      maxTokenLifetimeSeconds: 1800,
    });
    const token = await devLoginToken(strict, built.adminPerson.email);
    const { iat, exp } = decodeJwt(token);
    expect((exp ?? Infinity) - (iat ?? 0)).toBeLessThanOrEqual(1800);
    const { body } = await graphqlRequest<{ viewer: { id: string } }>(strict, { query: VIEWER, token });
    expect(body.data?.viewer.id).toBe(login.personId);
  });

  it('refuses a token signed by another key', async () => {
    const forged = await signDevToken(await createSigningKey(), login);
    const { body } = await graphqlRequest(yoga, { query: VIEWER, token: forged });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses development tokens when development login is disabled', async () => {
    const production = await createGatewayYoga({ orm, devLogin: false });
    const { body } = await graphqlRequest(production, {
      query: VIEWER,
      token: await signDevToken(key, login),
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: VIEWER,
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

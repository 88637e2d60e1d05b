import { createLogger } from 'graphql-yoga';
import { generateHotlineKeyring, Person, TENANT_FILTER } from '@adal/domain';
import { buildOrganization, buildPerson, createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from './auth/dev-token.js';
import { createSigningKey, type SigningKey } from './auth/signing-key.js';
import { createTokenVerifier } from './auth/token-verifier.js';
import { createContextFactory, type GatewayContext } from './context.js';
import { createHotlineIntakeLimits } from './hotline-intake/intake-limits.js';
import { createClientKeys } from './limits/client-key.js';
import { memoryRateLimitStore } from './limits/rate-limit-store.js';
import { logOutbox } from './mail/outbox.js';
import { createCertificateLimits } from './training-files/certificate-limits.js';

// Tenancy below the resolvers (architecture, boundary 5) is the context's own guard: tested here
// on its own, without a resolver or a use case whose checks could hide its absence.
let database: TestDatabase;
let key: SigningKey;
let contextOf: (headers: Record<string, string>) => Promise<GatewayContext>;
const ids = { ours: '', theirs: '', ourPerson: '', theirPerson: '' };

beforeAll(async () => {
  database = await createTestDatabase();
  const em = database.orm.em.fork();
  const ours = await buildOrganization(em);
  const theirs = await buildOrganization(em);
  const theirPerson = buildPerson(em, theirs.organization, theirs.root);
  await em.flush();
  Object.assign(ids, {
    ours: ours.organization.id,
    theirs: theirs.organization.id,
    ourPerson: ours.adminPerson.id,
    theirPerson: theirPerson.id,
  });
  key = await createSigningKey();
  const keyring = generateHotlineKeyring();
  const store = memoryRateLimitStore();
  const factory = createContextFactory({
    orm: database.orm,
    verifierFor: () => createTokenVerifier({ devKey: key }),
    devLogin: null,
    logger: createLogger('error'),
    hotlineKeyring: keyring,
    hotlineLimits: await createHotlineIntakeLimits(store, { receiptPepper: keyring.receiptPepper }),
    clientKey: createClientKeys({ trustedProxies: 0, secret: Buffer.alloc(32, 1) }),
    certificateLimits: await createCertificateLimits(store),
    mailOutbox: logOutbox(() => undefined),
  });
  contextOf = (headers) =>
    factory({ request: new Request('http://localhost/graphql', { method: 'POST', headers }) } as never);
});

afterAll(async () => {
  await database?.drop();
});

describe('the request context', () => {
  it("gives a signed-in request an entity manager that sees only the viewer's organisation", async () => {
    const token = await signDevToken(key, { personId: ids.ourPerson, organizationId: ids.ours });
    const context = await contextOf({ authorization: `Bearer ${token}` });
    expect(context.actor?.organizationId).toBe(ids.ours);
    expect(context.em.getFilterParams(TENANT_FILTER)).toEqual({ organizationId: ids.ours });
    // What the filter is for: another organisation's person is simply not there.
    expect(await context.em.findOne(Person, { id: ids.theirPerson })).toBeNull();
    expect(await context.em.findOne(Person, { id: ids.ourPerson })).not.toBeNull();
  });

  it('gives each request a manager of its own, so one tenant never inherits another', async () => {
    const ourToken = await signDevToken(key, { personId: ids.ourPerson, organizationId: ids.ours });
    const first = await contextOf({ authorization: `Bearer ${ourToken}` });
    const second = await contextOf({ authorization: `Bearer ${ourToken}` });
    expect(second.em).not.toBe(first.em);
    expect(first.em).not.toBe(database.orm.em);
  });
});

import { buildOrganization } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_LOGIN, graphqlRequest } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { createAdmission } from './admission.js';

describe('admission of GraphQL requests', () => {
  it('runs as many as it admits at once and lets the next in, in arrival order, as slots free', async () => {
    const admission = createAdmission({ maxInFlight: 2, maxQueued: 10, maxWaitMs: 1000 });
    const first = await admission.enter();
    const second = await admission.enter();
    const order: string[] = [];
    const third = admission.enter().then((release) => (order.push('third'), release));
    const fourth = admission.enter().then((release) => (order.push('fourth'), release));
    expect(admission.queued).toBe(2);
    first?.();
    first?.();
    second?.();
    expect(await third).not.toBeNull();
    expect(await fourth).not.toBeNull();
    expect(order).toEqual(['third', 'fourth']);
    expect(admission.inFlight).toBe(2);
  });

  it('turns a request away at once when the queue is full, with a Retry-After of at least a second', async () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 1, maxWaitMs: 1000 });
    const running = await admission.enter();
    const queued = admission.enter();
    expect(await admission.enter()).toBeNull();
    expect(admission.retryAfterSeconds()).toBeGreaterThanOrEqual(1);
    running?.();
    expect(await queued).not.toBeNull();
  });

  it('turns a request away that waited longer than it may', async () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 50 });
    await admission.enter();
    expect(await admission.enter()).toBeNull();
    expect(admission.queued).toBe(0);
  });
});

describe('a burst of sign-ins beyond what the gateway admits', () => {
  let gateway: TestGateway;
  let email: string;

  beforeAll(async () => {
    gateway = await createTestGateway({ admission: { maxInFlight: 1, maxQueued: 1, maxWaitMs: 5000 } });
    email = (await buildOrganization(gateway.orm.em.fork())).adminPerson.email;
  });
  afterAll(() => gateway.drop());

  it('answers every request: signed in, or 429 with Retry-After and RATE_LIMITED', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        graphqlRequest(gateway.yoga, { query: DEV_LOGIN, variables: { email } }),
      ),
    );
    const refused = answers.filter((answer) => answer.status === 429);
    const signedIn = answers.filter((answer) => answer.status === 200);
    expect(signedIn.length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThan(0);
    expect(signedIn.length + refused.length).toBe(8);
    for (const answer of refused) {
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
  });
});

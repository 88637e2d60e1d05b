import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { postgresRateLimitStore, type RateLimitStore } from './rate-limit-store.js';

let database: TestDatabase;
let store: RateLimitStore;

beforeAll(async () => {
  database = await createTestDatabase();
  store = await postgresRateLimitStore({ databaseUrl: database.databaseUrl, onError: () => {} });
});

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

afterEach(() => {
  vi.useRealTimers();
});

const counterKeys = async () =>
  (
    await database.orm.em.fork().execute<{ key: string }[]>('select key from rate_limit.counter order by key')
  ).map(({ key }) => key);

describe('the PostgreSQL rate-limit store', () => {
  it('counts atomically: of 20 concurrent events against 3 points, exactly 3 pass', async () => {
    const limiter = await store.limiter({ name: 'atomic', points: 3, windowSeconds: 60 });
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => limiter.consume('k')));
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(3);
  });

  it('keeps no counter once its window has passed', async () => {
    const short = await store.limiter({ name: 'short', points: 5, windowSeconds: 60 });
    const long = await store.limiter({ name: 'long', points: 5, windowSeconds: 3600 });
    await short.consume('a');
    await long.consume('b');
    await store.sweep();
    expect(await counterKeys()).toEqual(expect.arrayContaining(['long:b', 'short:a']));

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    await store.sweep();
    const left = await counterKeys();
    expect(left).toContain('long:b');
    expect(left).not.toContain('short:a');
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concurrently, outcomes } from './concurrently.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.orm.em.fork().execute('create table race_counter (id int primary key, n int not null)');
});

afterAll(async () => {
  await db?.drop();
});

async function reset(): Promise<void> {
  await db.orm.em.fork().execute('delete from race_counter; insert into race_counter values (1, 0)');
}

async function counter(): Promise<number> {
  const [row] = await db.orm.em.fork().execute<{ n: number }[]>('select n from race_counter where id = 1');
  return row?.n ?? -1;
}

/** Reads the counter, waits a moment, writes it back plus one: the classic lost update. */
function increment(lock: boolean) {
  return async (em: EntityManager) => {
    const [row] = await em.execute<{ n: number }[]>(
      `select n from race_counter where id = 1${lock ? ' for update' : ''}`,
    );
    await em.execute('select pg_sleep(0.02)');
    await em.execute('update race_counter set n = ? where id = 1', [(row?.n ?? 0) + 1]);
  };
}

describe('concurrently', () => {
  it('overlaps the callers, so an unlocked read-then-write loses updates', async () => {
    await reset();
    const settled = await concurrently(db.orm, 8, increment(false));
    expect(outcomes(settled).rejected).toEqual([]);
    expect(await counter()).toBeLessThan(8);
  });

  it('keeps every update when the callers lock the row they read', async () => {
    await reset();
    const settled = await concurrently(db.orm, 8, increment(true));
    expect(outcomes(settled).fulfilled).toHaveLength(8);
    expect(await counter()).toBe(8);
  });
});

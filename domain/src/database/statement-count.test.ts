import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { countStatements } from './statement-count.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const select = (n: number) => db.orm.em.fork().execute(`select ${n} as n`);

describe('countStatements', () => {
  it('counts the statements of every fork and transaction the work opens, side by side too', async () => {
    const { result, tally } = await countStatements(async () => {
      await Promise.all([select(1), select(2)]);
      await db.orm.em.fork().transactional((tx) => tx.execute('select 3'));
      return 'done';
    });
    expect(result).toBe('done');
    // begin, select 3, commit
    expect(tally.count).toBe(5);
    expect(tally.statements).toContain('select 1 as n');
  });

  it('keeps the statements of work running at the same time apart', async () => {
    const [one, three] = await Promise.all([
      countStatements(() => select(1)),
      countStatements(async () => {
        for (const n of [1, 2, 3]) await select(n);
      }),
    ]);
    expect([one.tally.count, three.tally.count]).toEqual([1, 3]);
  });

  it('counts nothing outside a tally', async () => {
    await select(1);
    const { tally } = await countStatements(async () => undefined);
    expect(tally.count).toBe(0);
  });
});

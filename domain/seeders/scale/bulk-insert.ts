import type { Pool, PoolClient } from 'pg';

/** A column of a bulk insert: its name and its SQL type (`uuid`, `text`, `jsonb`, `text[]`, …). */
export type BulkColumn = readonly [name: string, type: string];

/** Rows per statement: large enough to amortise the round trip, small enough for one message. */
const BATCH_ROWS = 5_000;

/**
 * Inserts rows set-based: one `insert … select from unnest(<one array per column>)` statement per
 * few thousand rows, so that 100 000 rows cost twenty statements, not 100 000. Arrays carry the
 * values in their own types; a jsonb or array column travels as text and is cast in the select
 * (unnest would flatten an array of arrays).
 */
export async function bulkInsert(
  pool: Pool | PoolClient,
  table: string,
  columns: readonly BulkColumn[],
  rows: Iterable<readonly unknown[]>,
): Promise<number> {
  const carried = columns.map(([, type]) => (type === 'jsonb' || type.endsWith('[]') ? 'text' : type));
  const sql =
    `insert into "${table}" (${columns.map(([name]) => `"${name}"`).join(', ')}) ` +
    `select ${columns.map(([, type], i) => `cast(c${i} as ${type})`).join(', ')} ` +
    `from unnest(${carried.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) ` +
    `as t(${columns.map((_, i) => `c${i}`).join(', ')})`;
  let batch: unknown[][] = columns.map(() => []);
  let inBatch = 0;
  let total = 0;
  const flush = async () => {
    if (inBatch === 0) return;
    await pool.query(sql, batch);
    total += inBatch;
    batch = columns.map(() => []);
    inBatch = 0;
  };
  for (const row of rows) {
    columns.forEach(([, type], i) => {
      const value = row[i];
      batch[i]!.push(type === 'jsonb' && value !== null ? JSON.stringify(value) : value);
    });
    inBatch += 1;
    if (inBatch === BATCH_ROWS) await flush();
  }
  await flush();
  return total;
}

/** A PostgreSQL array literal for a text[] column carried as text. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * `change`: the writer of an aggregate; one at a time, and no `share` holder alongside.
 * `share`: many at once, but never alongside a `change` (saves of answers while nobody submits).
 */
export type RowLockMode = 'change' | 'share';

// `for no key update`, not `for update`: inserting a row that merely references the locked one
// (a certificate naming its course, a person naming the organisation) takes a key-share lock,
// which `for update` would block: every writer that merely references a locked aggregate would
// queue behind its holder, and any lock such a writer already holds could close a circle.
const CLAUSE: Record<RowLockMode, string> = { change: 'for no key update', share: 'for share' };

/**
 * Locks the row of one aggregate until the transaction ends, so that a rule checked after the
 * lock still holds when the change is written: concurrent callers take turns, and each reads
 * what the previous one committed. Take it before reading what the rule depends on; entities
 * already loaded must be refreshed. False when there is no such row.
 */
export async function lockRow<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  mode: RowLockMode = 'change',
): Promise<boolean> {
  return (await lockRows(em, entity, [id], mode)) > 0;
}

/**
 * Locks several rows of one table, in id order, so that two changes about the same rows never
 * wait on each other crosswise. Answers how many rows were there to lock.
 */
export async function lockRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  ids: readonly string[],
  mode: RowLockMode = 'change',
): Promise<number> {
  if (!em.isInTransaction()) {
    throw new Error('A row lock must be taken inside the transaction whose change it serializes');
  }
  const sorted = [...new Set(ids)].sort();
  if (sorted.length === 0) return 0;
  const table = em.getMetadata().get(entity).tableName;
  const rows = await em.execute<unknown[]>(
    `select 1 from ${em.getPlatform().quoteIdentifier(table)} where id in (${sorted.map(() => '?').join(', ')})
      order by id ${CLAUSE[mode]}`,
    sorted,
  );
  return rows.length;
}

/**
 * The one row `where` finds, locked for change and read afresh. Changes the transaction made
 * without flushing are written first, or the fresh read would drop them. Null when there is none.
 */
export async function lockedFresh<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<NoInfer<T>>,
): Promise<T | null> {
  await em.flush();
  const found = await em.findOne(entity, where);
  const id = found ? (em.getMetadata().get(entity).primaryKeys[0] ?? 'id') : null;
  const key = found && id ? String((found as Record<string, unknown>)[id]) : null;
  if (!key || !(await lockRow(em, entity, key))) return null;
  return em.findOne(entity, where, { refresh: true });
}

import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * `change`: the writer of an aggregate; one at a time, and no `share` holder alongside.
 * `share`: many at once, but never alongside a `change` (saves of answers while nobody submits).
 */
export type RowLockMode = 'change' | 'share';

// `for no key update`, not `for update`: inserting a row that merely references the locked one
// (a certificate naming its course, a person naming the organisation) takes a key-share lock,
// which `for update` would block. Such an insert often comes after the audit chain head is
// taken, so blocking it would deadlock with a writer waiting for that head.
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
  if (!em.isInTransaction()) {
    throw new Error('lockRow must run inside the transaction whose change it serializes');
  }
  const table = em.getMetadata().get(entity).tableName;
  const rows = await em.execute<unknown[]>(
    `select 1 from ${em.getPlatform().quoteIdentifier(table)} where id = ? ${CLAUSE[mode]}`,
    [id],
  );
  return rows.length > 0;
}

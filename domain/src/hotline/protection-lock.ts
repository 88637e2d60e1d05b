import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * §40.1: whether a person is protected, and what that means for the HR actions and labour
 * disputes about them, is decided one change at a time: each such change locks the person's row
 * before it reads their protection, so a grant of protection and the finalising of a dismissal
 * can't both pass on what the other has not yet written. FOR NO KEY UPDATE leaves rows that
 * merely point at the person free to be written meanwhile. Rows are locked in id order, so two
 * changes about the same people never wait on each other crosswise.
 */
export async function lockPeople(
  em: EntityManager,
  organizationId: string,
  personIds: readonly string[],
): Promise<void> {
  if (!em.isInTransaction()) {
    throw new Error('A change about protected people runs inside a transaction, which holds its locks');
  }
  const ids = [...new Set(personIds)].sort();
  if (ids.length === 0) return;
  await em.execute(
    `select id from person where organization_id = ? and id in (${ids.map(() => '?').join(', ')})
      order by id for no key update`,
    [organizationId, ...ids],
  );
}

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Everyone in the reporting lines of the given people: their managers up the `manager` chain
 * and everyone below them, all levels (the people themselves not included). `union` rather
 * than `union all` keeps a cyclic chain from looping.
 */
export async function reportingLineOf(
  em: EntityManager,
  organizationId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const placeholders = personIds.map(() => '?').join(', ');
  const rows = await em.execute<{ id: string }[]>(
    `with recursive
       above(id) as (
         select p.manager_id from person p where p.id in (${placeholders}) and p.manager_id is not null
         union
         select p.manager_id from person p join above on p.id = above.id where p.manager_id is not null
       ),
       below(id) as (
         select p.id from person p where p.manager_id in (${placeholders})
         union
         select p.id from person p join below on p.manager_id = below.id
       )
     select a.id from above a join person p on p.id = a.id and p.organization_id = ?
     union
     select b.id from below b join person p on p.id = b.id and p.organization_id = ?`,
    [...personIds, ...personIds, organizationId, organizationId],
  );
  const named = new Set(personIds);
  return new Set(rows.map((row) => row.id).filter((id) => !named.has(id)));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { RelatedPerson } from '../relatives/related-person.entity.js';

/** A spouse §24.1(b) says HR notifies, as the person declared them among their relatives. */
export interface DeclaredSpouse {
  relativeId: string;
  fullName: string;
}

/** The spouses each of `personIds` declared in the relatives registry and has not removed, by name. */
export async function declaredSpousesOf(
  em: EntityManager,
  organizationId: string,
  personIds: readonly string[],
): Promise<Map<string, DeclaredSpouse[]>> {
  const of = new Map<string, DeclaredSpouse[]>();
  if (personIds.length === 0) return of;
  const spouses = await em.find(
    RelatedPerson,
    { organization: organizationId, person: { $in: [...personIds] }, relation: 'spouse', removedAt: null },
    { orderBy: { fullName: 'asc', id: 'asc' } },
  );
  for (const spouse of spouses) {
    const declared = { relativeId: spouse.id, fullName: spouse.fullName };
    const list = of.get(spouse.person.id);
    if (list) list.push(declared);
    else of.set(spouse.person.id, [declared]);
  }
  return of;
}

/** The spouses one person declared (see declaredSpousesOf). */
export async function declaredSpouses(
  em: EntityManager,
  organizationId: string,
  personId: string,
): Promise<DeclaredSpouse[]> {
  return (await declaredSpousesOf(em, organizationId, [personId])).get(personId) ?? [];
}

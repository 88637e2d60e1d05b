import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { isFamilyMember } from '../relatives/relation.js';
import { ownRelatedPerson } from '../relatives/related-persons.js';

/**
 * §17.3, §17.5, §17.9: a family member (§4.8) from the person's own declared relatives, who
 * received the gift; their name as declared. A relative who is not a family member, or a linked
 * person, is refused: the rule on family members' gifts does not reach them.
 */
export async function familyMemberName(em: EntityManager, actor: Actor, id: string): Promise<string> {
  const related = await ownRelatedPerson(em, actor, id);
  if (!isFamilyMember(related.relation))
    throw ValidationError.because('declarations.gift.notFamilyMember', { field: 'relatedPersonId' });
  return related.fullName;
}

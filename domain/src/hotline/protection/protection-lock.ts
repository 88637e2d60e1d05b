import type { EntityManager } from '@mikro-orm/postgresql';
import { lockRows } from '../../database/row-lock.js';
import { Person } from '../../org/person.entity.js';

/**
 * §40.1: whether a person is protected, and what that means for the HR actions and labour
 * disputes about them, is decided one change at a time: each such change locks the people's rows
 * before it reads their protection, so a grant of protection and the finalising of a dismissal
 * can't both pass on what the other has not yet written.
 */
export async function lockPeople(em: EntityManager, personIds: readonly string[]): Promise<void> {
  await lockRows(em, Person, personIds);
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { IConflictOfInterestCase } from './conflict-of-interest-case.entity.js';

// TEMP until the register lands.
export async function syncRegisterEntry(
  _em: EntityManager,
  _actor: Actor,
  _conflict: IConflictOfInterestCase,
): Promise<void> {}

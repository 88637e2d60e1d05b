import { ConflictRegisterEntry } from './register/conflict-register-entry.entity.js';
import { RelatedPerson } from './relatives/related-person.entity.js';
import { CONFLICT_ENTITIES } from './conflicts/conflict-entities.js';

/** The declarations context's entities, each area adding its own. */
export const DECLARATIONS_ENTITIES = [RelatedPerson, ConflictRegisterEntry, ...CONFLICT_ENTITIES];

import { randomUUID } from 'node:crypto';

/**
 * Ids are generated in the application, not by a database extension, so that the same
 * migrations run on PostgreSQL and on embedded PGlite, and an id is known before flush
 * (an org unit's materialised path contains its own id).
 */
export function newId(): string {
  return randomUUID();
}

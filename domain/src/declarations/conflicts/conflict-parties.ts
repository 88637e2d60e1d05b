import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { RelatedPerson } from '../relatives/related-person.entity.js';

/** A declared relative or linked person, as a notification names them. */
export interface DeclaredRelated {
  id: string;
  fullName: string;
  kind: string;
  iin: string | null;
  counterparty: string | null;
  /** The person themselves when they work in the organisation too (the same IIN). */
  employeeId: string | null;
}

/** One of the notifier's own declared relatives and linked persons (not removed), or null. */
export async function declaredRelated(
  em: EntityManager,
  actor: Actor,
  notifierId: string,
  id: string,
): Promise<DeclaredRelated | null> {
  const row = isUuid(id)
    ? await em.findOne(RelatedPerson, {
        id,
        organization: actor.organizationId,
        person: notifierId,
        removedAt: null,
      })
    : null;
  if (!row) return null;
  const employee = row.iin
    ? await em.findOne(Person, { organization: actor.organizationId, iin: row.iin, active: true })
    : null;
  return {
    id: row.id,
    fullName: row.fullName,
    kind: row.relation,
    iin: row.iin ?? null,
    counterparty: row.workplace ?? null,
    employeeId: employee?.id ?? null,
  };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { NotFoundError } from '../kernel/errors.js';
import { OrgUnit, type IOrgUnit } from './org-unit.entity.js';
import { Person, type IPerson } from './person.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

// Reads name the actor's organisation explicitly as well: the tenant filter of the request's
// entity manager is the guard, this keeps a use case correct on an unfiltered manager too.

export async function getPerson(em: EntityManager, actor: Actor, personId: string): Promise<IPerson> {
  const person = isUuid(personId)
    ? await em.findOne(Person, { id: personId, organization: actor.organizationId })
    : null;
  if (!person) throw NotFoundError.forId('Person', personId);
  return person;
}

/** The organisation's structure, parents before children. */
export async function listOrgUnits(em: EntityManager, actor: Actor): Promise<IOrgUnit[]> {
  return em.find(OrgUnit, { organization: actor.organizationId }, { orderBy: { path: 'asc' } });
}

export async function getOrgUnit(em: EntityManager, actor: Actor, id: string): Promise<IOrgUnit> {
  const unit = isUuid(id) ? await em.findOne(OrgUnit, { id, organization: actor.organizationId }) : null;
  if (!unit) throw NotFoundError.forId('OrgUnit', id);
  return unit;
}

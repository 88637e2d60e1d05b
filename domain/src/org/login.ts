import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { ROLE_CODES, type RoleCode } from '../kernel/roles.js';
import { Person } from './person.entity.js';
import { RoleGrant } from './role-grant.entity.js';

export interface LoginIdentity {
  personId: string;
  organizationId: string;
}

/** Login looks across tenants on purpose: the email decides the organisation. Case does not matter. */
export async function findLoginByEmail(em: EntityManager, email: string): Promise<LoginIdentity | null> {
  const person = await em.findOne(
    Person,
    { email: email.trim().toLowerCase(), active: true },
    { filters: false, orderBy: { createdAt: 'asc' } },
  );
  return person ? { personId: person.id, organizationId: person.organization.id } : null;
}

/**
 * The acting person in an organisation: everyone employed there is an `employee`; other
 * roles come from grants, which may also be held in another organisation of the holding.
 * Null when the person is gone, inactive or has nothing to do with the organisation.
 */
export async function loadActor(
  em: EntityManager,
  personId: string,
  organizationId: string,
): Promise<Actor | null> {
  const person = await em.findOne(Person, { id: personId, active: true }, { filters: false });
  if (!person) return null;
  const grants = await em.find(
    RoleGrant,
    { person: personId, organization: organizationId },
    { filters: false },
  );
  const isMember = person.organization.id === organizationId;
  if (!isMember && grants.length === 0) return null;
  const held = new Set<RoleCode>(grants.map((grant) => grant.role));
  if (isMember) held.add('employee');
  return { personId, organizationId, roles: ROLE_CODES.filter((role) => held.has(role)) };
}

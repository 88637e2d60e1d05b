import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { ROLE_CODES } from '../kernel/roles.js';
import { Person } from './person.entity.js';

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
  // One statement on every authenticated request: the person and their grants in this organisation.
  const [row] = await em.execute<{ member: boolean; roles: string[] }[]>(
    `select p.organization_id = ? as member,
            array(select g.role::text from role_grant g where g.person_id = p.id and g.organization_id = ?) as roles
       from person p
      where p.id = ? and p.active`,
    [organizationId, organizationId, personId],
  );
  if (!row) return null;
  if (!row.member && row.roles.length === 0) return null;
  const held = new Set<string>(row.roles);
  if (row.member) held.add('employee');
  return { personId, organizationId, roles: ROLE_CODES.filter((role) => held.has(role)) };
}

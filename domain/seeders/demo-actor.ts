import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../src/kernel/actor.js';
import type { RoleCode } from '../src/kernel/roles.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { DEMO_LOGINS } from './demo-logins.js';

/** The demo login of `role` as the actor of the demo's own steps (every login is also an employee). */
export async function demoActor(
  em: EntityManager,
  organization: IOrganization,
  role: RoleCode,
): Promise<Actor> {
  const login = DEMO_LOGINS.find((l) => l.role === role);
  const person = await em.findOneOrFail(Person, { organization: organization.id, email: login?.email ?? '' });
  return { personId: person.id, organizationId: organization.id, roles: ['employee', role] };
}

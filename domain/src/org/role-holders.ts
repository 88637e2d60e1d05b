import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleCode } from '../kernel/roles.js';
import type { IPerson } from './person.entity.js';
import { RoleGrant } from './role-grant.entity.js';

/** The active people of the organisation holding one of `roles`, each once, by name. */
export async function activeRoleHolders(
  em: EntityManager,
  organizationId: string,
  roles: readonly RoleCode[],
): Promise<IPerson[]> {
  const grants = await em.find(
    RoleGrant,
    { organization: organizationId, role: { $in: [...roles] }, person: { active: true } },
    { populate: ['person'], orderBy: { person: { fullName: 'asc' } } },
  );
  return [...new Map(grants.map((grant) => [grant.person.id, grant.person])).values()];
}

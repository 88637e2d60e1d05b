import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ConflictError, ValidationError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import { isRoleCode, type RoleCode } from '../kernel/roles.js';
import { keepAnActiveOrgAdmin } from './org-admins.js';
import { lockedPerson } from './person-status.js';
import { RoleGrant } from './role-grant.entity.js';

function checkedRole(role: string): RoleCode {
  if (!isRoleCode(role)) throw ValidationError.because('org.unknownRole', { field: 'role' });
  // Every member of the organisation is an employee; that role is not granted or taken away.
  if (role === 'employee') {
    throw ValidationError.because('org.employeeRoleFixed', {
      field: 'role',
      reason: 'employee_role',
    });
  }
  return role;
}

/** The roles a person holds in the actor's organisation. */
export async function rolesOf(em: EntityManager, actor: Actor, personId: string): Promise<RoleCode[]> {
  const grants = await em.find(
    RoleGrant,
    { person: personId, organization: actor.organizationId },
    { orderBy: { role: 'asc' } },
  );
  return grants.map((grant) => grant.role);
}

/**
 * Grants a role in the actor's organisation to one of its active people (NOT_FOUND for anyone
 * else's). The person's row is locked, so that a grant and a deactivation take turns.
 * Granting a role the person holds changes nothing.
 */
export async function grantRole(
  em: EntityManager,
  actor: Actor,
  personId: string,
  role: string,
): Promise<RoleCode[]> {
  requireAnyRole(actor, ['org_admin'], 'grant roles');
  const code = checkedRole(role);
  const person = await lockedPerson(em, actor, personId);
  if (!person.active) {
    throw ConflictError.because('org.personInactive', { reason: 'inactive' });
  }
  const held = await rolesOf(em, actor, person.id);
  if (held.includes(code)) return held;
  em.create(RoleGrant, { id: newId(), person, organization: actor.organizationId, role: code });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'org.role_granted',
    entityType: 'Person',
    entityId: person.id,
    data: { role: code },
  });
  await em.flush();
  return rolesOf(em, actor, person.id);
}

/**
 * Takes a role back. The last active organisation administrator keeps theirs (CONFLICT).
 * Revoking a role the person does not hold changes nothing.
 */
export async function revokeRole(
  em: EntityManager,
  actor: Actor,
  personId: string,
  role: string,
): Promise<RoleCode[]> {
  requireAnyRole(actor, ['org_admin'], 'revoke roles');
  const code = checkedRole(role);
  if (code === 'org_admin') await keepAnActiveOrgAdmin(em, actor.organizationId, personId);
  const person = await lockedPerson(em, actor, personId);
  const grant = await em.findOne(RoleGrant, {
    person: person.id,
    organization: actor.organizationId,
    role: code,
  });
  if (!grant) return rolesOf(em, actor, person.id);
  em.remove(grant);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'org.role_revoked',
    entityType: 'Person',
    entityId: person.id,
    data: { role: code },
  });
  await em.flush();
  return rolesOf(em, actor, person.id);
}

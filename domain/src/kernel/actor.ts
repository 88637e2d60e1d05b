import { ForbiddenError } from './errors.js';
import type { RoleCode } from './roles.js';

/** The acting person of a use case: who, in which organisation (tenant), with which roles there. */
export interface Actor {
  personId: string;
  organizationId: string;
  roles: readonly RoleCode[];
}

export function hasAnyRole(actor: Actor, roles: readonly RoleCode[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

/** Refuses the use case unless the actor holds one of the roles. */
export function requireAnyRole(actor: Actor, roles: readonly RoleCode[], doing: string): void {
  if (!hasAnyRole(actor, roles)) {
    throw ForbiddenError.because('kernel.roleRequired', { roles: roles.join(', '), doing });
  }
}

import type { RoleCode } from '@adal/domain';
import type { GraphQLField } from 'graphql';
import { targetsOf, type Callers, type OperationAccess } from './access-matrix.js';

interface Scopes {
  authenticated?: boolean;
  role?: RoleCode;
  anyRole?: readonly RoleCode[];
}

/**
 * Who a field's own declaration lets through (its Pothos `authScopes`): everyone without one,
 * `signed-in` for `authenticated`, the roles of `role`/`anyRole`; null when it is written in a way
 * this comparison does not read (a function, or several scopes at once).
 */
export function declaredCallers(field: GraphQLField<unknown, unknown>): Callers | null {
  const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions;
  const scopes = options?.authScopes as Scopes | undefined;
  if (scopes === undefined) return 'everyone';
  if (typeof scopes !== 'object' || scopes === null || Object.keys(scopes).length !== 1) return null;
  if (scopes.authenticated === true) return 'signed-in';
  if (scopes.role) return [scopes.role];
  return scopes.anyRole ?? null;
}

function sameCallers(a: Callers, b: Callers): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.length === b.length && a.every((role) => b.includes(role));
}

/**
 * What the table lets a field declare. A role rule: exactly its roles (or a sign-in, where the
 * table says the domain decides). An ownership rule: a sign-in, or the roles its targets let in.
 */
function declarationsAllowed(access: OperationAccess): Callers[] {
  if ('targets' in access) {
    const roles = new Set<RoleCode>();
    for (const { allowed, hidden } of Object.values(targetsOf(access))) {
      for (const callers of [allowed, hidden ?? []]) {
        if (typeof callers === 'string') return ['signed-in'];
        for (const role of callers) roles.add(role);
      }
    }
    return ['signed-in', [...roles]];
  }
  if (access.gateway === 'signed-in') return ['signed-in'];
  return [access.allowed];
}

/** Why the field's declaration differs from the table, or null when it says the same. */
export function declarationMismatch(
  name: string,
  field: GraphQLField<unknown, unknown>,
  access: OperationAccess,
): string | null {
  const declared = declaredCallers(field);
  const allowed = declarationsAllowed(access);
  if (declared !== null && allowed.some((callers) => sameCallers(callers, declared))) return null;
  const show = (callers: Callers | null) => (callers === null ? 'unreadable' : JSON.stringify(callers));
  return `${name}: the field declares ${show(declared)}, the table ${allowed.map(show).join(' or ')}`;
}

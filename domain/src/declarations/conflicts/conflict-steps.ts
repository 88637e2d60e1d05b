import type { EntityManager } from '@mikro-orm/postgresql';
import { activeRoleHolders } from '../../org/role-holders.js';
import type { RoleCode } from '../../kernel/roles.js';
import type { ConflictStep, IConflictOfInterestCase } from './conflict-of-interest-case.entity.js';
import { CONFLICT_CONCLUDERS, CONFLICT_TRANSFER_RECORDERS } from './conflict-roles.js';
import { deciderIds, partiesOf } from './conflict-workflow.js';

/** The ids of the active people holding one of the roles; read once per set of roles. */
export type RoleHolderIds = (roles: readonly RoleCode[]) => Promise<string[]>;

export function roleHolderIds(em: EntityManager, organizationId: string): RoleHolderIds {
  const read = new Map<string, Promise<string[]>>();
  return (roles) => {
    const key = [...roles].sort().join(',');
    let ids = read.get(key);
    if (!ids) {
      ids = activeRoleHolders(em, organizationId, roles).then((people) => people.map((p) => p.id));
      read.set(key, ids);
    }
    return ids;
  };
}

/**
 * Who holds a case's open step: the forwarding manager (§15.2), the responsible unit (§15.3), the
 * deciders (§15.4–§15.5), or those who record the transfer (§15.6); never a party to the case.
 */
export async function stepOwnerIds(
  em: EntityManager,
  conflict: IConflictOfInterestCase,
  step: ConflictStep,
  holderIds: RoleHolderIds = roleHolderIds(em, conflict.organization.id),
): Promise<string[]> {
  const parties = partiesOf(conflict);
  const ids =
    step === 'forward'
      ? conflict.forwardOwner
        ? [conflict.forwardOwner.id]
        : []
      : step === 'conclude'
        ? await holderIds(CONFLICT_CONCLUDERS)
        : step === 'decide'
          ? await deciderIds(em, conflict)
          : await holderIds(CONFLICT_TRANSFER_RECORDERS);
  return ids.filter((id) => !parties.has(id));
}

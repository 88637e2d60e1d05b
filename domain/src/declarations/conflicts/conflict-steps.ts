import type { EntityManager } from '@mikro-orm/postgresql';
import { activeRoleHolders } from '../../org/role-holders.js';
import type { ConflictStep, IConflictOfInterestCase } from './conflict-of-interest-case.entity.js';
import { CONFLICT_CONCLUDERS, CONFLICT_TRANSFER_RECORDERS } from './conflict-roles.js';
import { deciderIds, partiesOf } from './conflict-workflow.js';

/**
 * Who holds a case's open step: the forwarding manager (§15.2), the responsible unit (§15.3), the
 * deciders (§15.4–§15.5), or those who record the transfer (§15.6); never a party to the case.
 */
export async function stepOwnerIds(
  em: EntityManager,
  conflict: IConflictOfInterestCase,
  step: ConflictStep,
): Promise<string[]> {
  const parties = partiesOf(conflict);
  const organizationId = conflict.organization.id;
  const ids =
    step === 'forward'
      ? conflict.forwardOwner
        ? [conflict.forwardOwner.id]
        : []
      : step === 'conclude'
        ? (await activeRoleHolders(em, organizationId, CONFLICT_CONCLUDERS)).map((p) => p.id)
        : step === 'decide'
          ? await deciderIds(em, conflict)
          : (await activeRoleHolders(em, organizationId, CONFLICT_TRANSFER_RECORDERS)).map((p) => p.id);
  return ids.filter((id) => !parties.has(id));
}

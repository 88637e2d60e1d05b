import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { RoleGrant } from '../../org/role-grant.entity.js';
import type { CaseHandling } from '../cases/case-handler.js';
import { DISCLOSURE_SECOND_LINE, HOTLINE_MANAGERS } from '../hotline-roles.js';
import type { IIdentityDisclosure } from './identity-disclosure.entity.js';

// Four eyes on an open reporter's identity (§40.6, ADR 008): whoever approves a disclosure is
// neither the person who asked for it nor the person who would read the name, and never someone
// the report names.

type DisclosurePeople = Pick<IIdentityDisclosure, 'approved'> & {
  requestedBy: { id: string };
  requestedFor: { id: string };
  decidedBy?: { id: string } | null;
};

/**
 * An approved disclosure lets its beneficiary read the identity only when a third person
 * approved it: a decision its requester or beneficiary took themselves (stored before the rule)
 * discloses nothing.
 */
export function grantsIdentity(d: DisclosurePeople, personId: string): boolean {
  const decider = d.decidedBy?.id;
  return (
    d.approved === true &&
    d.requestedFor.id === personId &&
    decider !== undefined &&
    decider !== d.requestedBy.id &&
    decider !== d.requestedFor.id
  );
}

/**
 * Which of these people run the case: a compliance head on a case that names none, the
 * alternate handler on one that names a compliance head.
 */
export async function caseRunnersAmong(
  em: EntityManager,
  organizationId: string,
  handling: CaseHandling,
  personIds: readonly string[],
): Promise<Set<string>> {
  const candidates = [...new Set(personIds)].filter((id) => !handling.named.has(id));
  if (handling.escalated) {
    return new Set(candidates.filter((id) => id === handling.alternateId));
  }
  if (candidates.length === 0) return new Set();
  const grants = await em.find(
    RoleGrant,
    { organization: organizationId, role: { $in: [...HOTLINE_MANAGERS] }, person: { $in: candidates } },
    { fields: ['person'] },
  );
  return new Set(grants.map((g) => g.person.id));
}

/**
 * Why the actor may not decide this request, or null when they may. The case's manager decides
 * (the compliance head; the alternate handler on a case that names a compliance head). When the
 * request comes from, or is for, the one who runs the case, the second pair of eyes decides:
 * the alternate handler or the first head — so that in an organisation with one compliance head,
 * her own requests still reach someone else.
 */
type DisclosureRefusal =
  | 'hotline.disclosure.askedByYou'
  | 'hotline.disclosure.forYou'
  | 'hotline.case.notAssigned'
  | 'hotline.disclosure.secondLineOnly'
  | 'hotline.disclosure.managerOnly';

export function disclosureRefusal(
  actor: Actor,
  handling: CaseHandling,
  manager: boolean,
  d: DisclosurePeople,
  runners: ReadonlySet<string>,
): DisclosureRefusal | null {
  if (actor.personId === d.requestedBy.id) return 'hotline.disclosure.askedByYou';
  if (actor.personId === d.requestedFor.id) return 'hotline.disclosure.forYou';
  if (handling.named.has(actor.personId)) return 'hotline.case.notAssigned';
  if (manager) return null;
  const involvesRunner = runners.has(d.requestedBy.id) || runners.has(d.requestedFor.id);
  const secondLine = handling.alternateId === actor.personId || hasAnyRole(actor, DISCLOSURE_SECOND_LINE);
  if (involvesRunner && secondLine) return null;
  return involvesRunner ? 'hotline.disclosure.secondLineOnly' : 'hotline.disclosure.managerOnly';
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { lockedFresh } from '../../database/row-lock.js';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../org/org-queries.js';
import { caseHandling, type CaseHandling } from './case-handler.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import { HotlineReport, type IHotlineReport } from './hotline-report.entity.js';
import { HOTLINE_INVESTIGATORS, HOTLINE_MANAGERS } from '../hotline-roles.js';

/**
 * What a use case does with a case: `read` it, or `change` it — then the case's row is locked
 * for the rest of the transaction before any rule is read, so that two changes that each check
 * a rule and then write take turns instead of both passing (an investigator assigned while she
 * is being named, two acknowledgements, two decisions on one request).
 */
export type CaseUse = 'read' | 'change';

export interface CaseAccess {
  report: IHotlineReport;
  handling: CaseHandling;
  /**
   * Runs the case: a compliance head, or — on a case that names a compliance head — the
   * alternate handler. Never a person the case names.
   */
  manager: boolean;
  /** One of the case's current investigators, and not named by it. */
  assigned: boolean;
  /** The report names the actor: no access at all, whatever their roles (ADR 008). */
  named: boolean;
}

export function isHotlineManager(actor: Actor): boolean {
  return hasAnyRole(actor, HOTLINE_MANAGERS);
}

export async function isAssigned(em: EntityManager, reportId: string, personId: string): Promise<boolean> {
  return (
    (await em.count(HotlineCaseAssignment, {
      report: reportId,
      investigator: personId,
      unassignedAt: null,
    })) > 0
  );
}

/**
 * The actor's case, or NOT_FOUND (other organisations' cases are as good as absent). For a
 * `change`, the row is locked and read afresh inside the caller's transaction.
 */
export async function findCase(
  em: EntityManager,
  actor: Actor,
  id: string,
  use: CaseUse = 'read',
): Promise<IHotlineReport> {
  const where = { id, organization: actor.organizationId };
  const report = !isUuid(id)
    ? null
    : use === 'change'
      ? await lockedFresh(em, HotlineReport, where)
      : await em.findOne(HotlineReport, where);
  if (!report) throw NotFoundError.forId('Hotline case', id);
  return report;
}

/** Locks a case the caller reached another way (a disclosure, a recommendation, a receipt). */
export async function lockCase(
  em: EntityManager,
  organizationId: string,
  reportId: string,
): Promise<IHotlineReport> {
  const report = await lockedFresh(em, HotlineReport, { id: reportId, organization: organizationId });
  if (!report) throw NotFoundError.forId('Hotline case', reportId);
  return report;
}

/**
 * Whether the actor runs the case: on a case that names a compliance head the alternate handler
 * does, on any other the compliance heads do; never a person the case names.
 */
export function managesCase(actor: Actor, handling: CaseHandling): boolean {
  if (handling.named.has(actor.personId)) return false;
  return handling.escalated ? handling.alternateId === actor.personId : isHotlineManager(actor);
}

/** Where the actor stands on a case. */
export async function accessTo(em: EntityManager, actor: Actor, report: IHotlineReport): Promise<CaseAccess> {
  const handling = await caseHandling(em, actor.organizationId, report.id);
  const named = handling.named.has(actor.personId);
  const manager = managesCase(actor, handling);
  const assigned =
    !named && hasAnyRole(actor, HOTLINE_INVESTIGATORS) && (await isAssigned(em, report.id, actor.personId));
  return { report, handling, manager, assigned, named };
}

/**
 * Why the actor can't have the case. A compliance head learns only that the alternate handler
 * runs it, whether or not she is the one it names; anyone else, named or not, that it is not
 * theirs — a refusal never says whom a report names.
 */
function refusal(
  actor: Actor,
  access: CaseAccess,
  doing: string,
  needs: 'handler' | 'manager',
): ForbiddenError {
  if (isHotlineManager(actor) && access.handling.escalated) {
    return ForbiddenError.because('hotline.case.escalated', { doing });
  }
  if (needs === 'manager') {
    return ForbiddenError.because('hotline.case.managerOnly', { doing });
  }
  return ForbiddenError.because('hotline.case.notAssigned');
}

/**
 * A case the actor may handle: its manager (the compliance head, or the alternate handler of a
 * case that names a compliance head) or one of its investigators, for reading as for writing
 * (§69: independent handling, need to know). A person the report names is refused whatever
 * their roles.
 */
export async function caseForHandler(
  em: EntityManager,
  actor: Actor,
  id: string,
  doing: string,
  use: CaseUse,
): Promise<CaseAccess> {
  const report = await findCase(em, actor, id, use);
  const access = await accessTo(em, actor, report);
  if (!access.manager && !access.assigned) throw refusal(actor, access, doing, 'handler');
  return access;
}

/** A case the actor manages (triage, assignment, named people, disclosures). */
export async function caseForManager(
  em: EntityManager,
  actor: Actor,
  id: string,
  doing: string,
  use: CaseUse,
): Promise<CaseAccess> {
  const report = await findCase(em, actor, id, use);
  const access = await accessTo(em, actor, report);
  if (!access.manager) throw refusal(actor, access, doing, 'manager');
  return access;
}

export function requireOpenCase(report: IHotlineReport, doing: string): void {
  if (report.status === 'closed') {
    throw ConflictError.because('hotline.case.closedFor', { status: report.status, doing });
  }
}

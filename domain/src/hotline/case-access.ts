import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, requireAnyRole, type Actor } from '../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../kernel/errors.js';
import { isUuid } from '../org/org-queries.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import { HotlineReport, type IHotlineReport } from './hotline-report.entity.js';
import { HOTLINE_INVESTIGATORS, HOTLINE_MANAGERS } from './hotline-roles.js';

export interface CaseAccess {
  report: IHotlineReport;
  /** The compliance head: every case of the organisation. */
  manager: boolean;
  /** The actor is one of the case's current investigators. */
  assigned: boolean;
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

/** The actor's case, or NOT_FOUND (other organisations' cases are as good as absent). */
export async function findCase(em: EntityManager, actor: Actor, id: string): Promise<IHotlineReport> {
  const report = isUuid(id)
    ? await em.findOne(HotlineReport, { id, organization: actor.organizationId })
    : null;
  if (!report) throw NotFoundError.forId('Hotline case', id);
  return report;
}

/**
 * A case the actor may handle: the compliance head sees every case; an investigator only the
 * cases assigned to them, for reading as for writing (§69: independent handling, need to know).
 */
export async function caseForHandler(
  em: EntityManager,
  actor: Actor,
  id: string,
  doing: string,
): Promise<CaseAccess> {
  requireAnyRole(actor, [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS], doing);
  const report = await findCase(em, actor, id);
  const manager = isHotlineManager(actor);
  const assigned = await isAssigned(em, report.id, actor.personId);
  if (!manager && !assigned) throw ForbiddenError.because('This case is not assigned to you');
  return { report, manager, assigned };
}

/** A case the compliance head manages (triage, assignment, disclosures). */
export async function caseForManager(
  em: EntityManager,
  actor: Actor,
  id: string,
  doing: string,
): Promise<IHotlineReport> {
  requireAnyRole(actor, HOTLINE_MANAGERS, doing);
  return findCase(em, actor, id);
}

export function requireOpenCase(report: IHotlineReport, doing: string): void {
  if (report.status === 'closed') {
    throw ConflictError.because(`This case is closed; you can no longer ${doing}`, { status: report.status });
  }
}

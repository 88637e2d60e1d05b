import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { open, seal, type HotlineKeyring } from '../crypto/keyring.js';
import { AAD } from '../crypto/sealed-fields.js';
import { HOTLINE_INVESTIGATORS } from '../hotline-roles.js';
import { accessTo, caseForManager, findCase, requireOpenCase } from './case-access.js';
import type { PersonRef } from './case-summary.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import { HotlineConflictDeclaration } from './hotline-conflict-declaration.entity.js';
import type { IHotlineReport } from './hotline-report.entity.js';

export const MAX_CONFLICT_REASON = 2_000;

export interface ConflictDeclarationView {
  id: string;
  person: PersonRef;
  /** Opened for the case's manager only: it was sealed like the case's notes. */
  reason: string;
  wasAssigned: boolean;
  declaredAt: Date;
}

/** The people who declared a conflict of interest on the case: never again its investigators. */
export async function declaredConflictIds(em: EntityManager, reportId: string): Promise<Set<string>> {
  const rows = await em.find(HotlineConflictDeclaration, { report: reportId }, { fields: ['person'] });
  return new Set(rows.map((row) => row.person.id));
}

/**
 * Annex 2 case 7: an investigator with a personal interest in a case they are offered or
 * assigned gives written notice of it and refuses to investigate (§69: handling free of
 * conflicts of interest). It takes them off the case, which then waits for its manager to assign
 * someone else, and they can never be assigned to it again. The audit trail names the case and
 * the person; the reason is sealed like the case's notes. A closed case is refused (CONFLICT),
 * and so is a second declaration; neither changes anything. The case is locked first, so a
 * declaration and an assignment of the same person take turns.
 */
export async function declareCaseConflict(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  reason: string,
  now: Date = new Date(),
): Promise<IHotlineReport> {
  if (!hasAnyRole(actor, HOTLINE_INVESTIGATORS)) {
    throw ForbiddenError.because('hotline.conflict.investigatorsOnly');
  }
  const report = await findCase(em, actor, id, 'change');
  const access = await accessTo(em, actor, report);
  // A person the report names has no access at all (ADR 008): they learn nothing of the case here either.
  if (access.named) throw ForbiddenError.because('hotline.case.notAssigned');
  const text = reason?.trim() ?? '';
  if (text.length === 0)
    throw ValidationError.because('hotline.conflict.reasonRequired', { field: 'reason' });
  if (text.length > MAX_CONFLICT_REASON) {
    throw ValidationError.because('hotline.conflict.reasonTooLong', {
      field: 'reason',
      max: MAX_CONFLICT_REASON,
    });
  }
  requireOpenCase(report, 'declare a conflict of interest on it');
  if ((await declaredConflictIds(em, report.id)).has(actor.personId)) {
    throw ConflictError.because('hotline.conflict.alreadyDeclared');
  }
  const current = await em.find(HotlineCaseAssignment, {
    report: report.id,
    investigator: actor.personId,
    unassignedAt: null,
  });
  for (const assignment of current) assignment.unassignedAt = now;
  const declarationId = newId();
  em.create(HotlineConflictDeclaration, {
    id: declarationId,
    organization: report.organization,
    report,
    person: actor.personId,
    reasonSealed: seal(keyring, text, AAD.conflictReason(declarationId)),
    wasAssigned: current.length > 0,
    declaredAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.conflict_declared',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { declarationId, personId: actor.personId, unassigned: current.length > 0 },
  });
  return report;
}

/** The declarations on a case, with their reasons, for the one who runs it and assigns afresh. */
export async function caseConflictDeclarations(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
): Promise<ConflictDeclarationView[]> {
  const { report } = await caseForManager(em, actor, id, 'read conflict declarations', 'read');
  const rows = await em.find(
    HotlineConflictDeclaration,
    { report: report.id },
    { populate: ['person'], orderBy: { declaredAt: 'asc', id: 'asc' } },
  );
  return rows.map((row) => ({
    id: row.id,
    person: { id: row.person.id, fullName: row.person.fullName },
    reason: open(keyring, row.reasonSealed, AAD.conflictReason(row.id)).toString('utf8'),
    wasAssigned: row.wasAssigned,
    declaredAt: row.declaredAt,
  }));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { RoleGrant } from '../../org/role-grant.entity.js';
import { caseForManager, requireOpenCase } from './case-access.js';
import type { PersonRef } from './case-summary.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import type { IHotlineReport } from './hotline-report.entity.js';
import { HOTLINE_INVESTIGATORS } from '../hotline-roles.js';
import { reportingLineOf } from './reporting-line.js';
import { declaredConflictIds } from './conflict-declaration.js';

/**
 * Why a person can't investigate a case: named by it, in a named person's reporting line, they
 * declared a conflict of interest on it (Annex 2 case 7), or not an investigator.
 */
export type IneligibilityReason = 'named' | 'reporting_line' | 'declared_conflict' | 'not_investigator';

export interface InvestigatorCandidate {
  person: PersonRef;
  eligible: boolean;
  reason: IneligibilityReason | null;
}

async function conflictsOf(
  em: EntityManager,
  report: IHotlineReport,
  named: ReadonlySet<string>,
): Promise<{ named: ReadonlySet<string>; line: Set<string>; declared: Set<string> }> {
  return {
    named,
    line: await reportingLineOf(em, report.organization.id, [...named]),
    declared: await declaredConflictIds(em, report.id),
  };
}

function ineligibility(
  personId: string,
  conflicts: { named: ReadonlySet<string>; line: Set<string>; declared: Set<string> },
): IneligibilityReason | null {
  if (conflicts.named.has(personId)) return 'named';
  if (conflicts.line.has(personId)) return 'reporting_line';
  if (conflicts.declared.has(personId)) return 'declared_conflict';
  return null;
}

/** The organisation's investigators and whether each may take this case. */
export async function investigatorCandidates(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<InvestigatorCandidate[]> {
  const { report, handling } = await caseForManager(em, actor, id, 'assign hotline cases', 'read');
  const conflicts = await conflictsOf(em, report, handling.named);
  const grants = await em.find(
    RoleGrant,
    {
      organization: actor.organizationId,
      role: { $in: [...HOTLINE_INVESTIGATORS] },
      person: { active: true },
    },
    { populate: ['person'], orderBy: { person: { fullName: 'asc' } } },
  );
  const seen = new Set<string>();
  const candidates: InvestigatorCandidate[] = [];
  for (const grant of grants) {
    if (seen.has(grant.person.id)) continue;
    seen.add(grant.person.id);
    const reason = ineligibility(grant.person.id, conflicts);
    candidates.push({
      person: { id: grant.person.id, fullName: grant.person.fullName },
      eligible: reason === null,
      reason,
    });
  }
  return candidates;
}

/**
 * Assigns the case to investigators, replacing the current set (the case's manager only). Never a
 * person the report names nor anyone in their reporting line — managers above and people
 * below — nor one who declared a conflict of interest on it (§69: independent handling, free of
 * conflict of interest; Annex 2 case 7). A refusal changes nothing.
 * The case is locked before the named people and the current set are read, so concurrent
 * assignments leave one set and an assignment never overlaps the naming of the same person.
 */
export async function assignHotlineCase(
  em: EntityManager,
  actor: Actor,
  id: string,
  investigatorIds: readonly string[],
  now: Date = new Date(),
): Promise<IHotlineReport> {
  const { report, handling } = await caseForManager(em, actor, id, 'assign hotline cases', 'change');
  const wanted = [...new Set(investigatorIds)];
  if (wanted.length === 0)
    throw ValidationError.because('hotline.assignment.investigatorsRequired', { field: 'investigatorIds' });
  requireOpenCase(report, 'assign it');
  const grants = await em.find(RoleGrant, {
    organization: actor.organizationId,
    role: { $in: [...HOTLINE_INVESTIGATORS] },
    person: { id: { $in: wanted.filter(isUuid) }, active: true },
  });
  const investigators = new Set(grants.map((g) => g.person.id));
  const conflicts = await conflictsOf(em, report, handling.named);
  const refused = wanted
    .map((personId) => ({
      personId,
      reason: ineligibility(personId, conflicts) ?? (investigators.has(personId) ? null : 'not_investigator'),
    }))
    .filter((r): r is { personId: string; reason: IneligibilityReason } => r.reason !== null);
  const [first] = refused;
  if (first) {
    const key = (
      {
        named: 'hotline.assignment.named',
        reporting_line: 'hotline.assignment.reportingLine',
        declared_conflict: 'hotline.assignment.declaredConflict',
        not_investigator: 'hotline.assignment.notInvestigator',
      } as const
    )[first.reason];
    throw ValidationError.because(key, { personId: first.personId, reason: first.reason, refused });
  }
  const current = await em.find(HotlineCaseAssignment, { report: report.id, unassignedAt: null });
  for (const assignment of current) {
    if (!wanted.includes(assignment.investigator.id)) assignment.unassignedAt = now;
  }
  const added: string[] = [];
  for (const personId of wanted) {
    if (current.some((a) => a.investigator.id === personId)) continue;
    em.create(HotlineCaseAssignment, {
      id: newId(),
      organization: report.organization,
      report,
      investigator: personId,
      assignedBy: actor.personId,
      assignedAt: now,
      unassignedAt: null,
    });
    added.push(personId);
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.assigned',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: {
      investigatorIds: wanted,
      added,
      removed: current.filter((a) => !wanted.includes(a.investigator.id)).map((a) => a.investigator.id),
    },
  });
  return report;
}

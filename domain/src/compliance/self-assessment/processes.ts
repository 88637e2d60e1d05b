import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { keptTranslations, type Locale } from '../../kernel/locale.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { ComplianceProcess, InternalAuditCoverage, type IComplianceProcess } from './process.entity.js';
import { processView, type ProcessView } from './process-view.js';
import { currentQuarter, shiftQuarter, type Quarter } from '../../kernel/quarters.js';
import { parseQuarter } from './quarter.js';
import { SelfAssessment } from './self-assessment.entity.js';
import { optionalText, requiredText } from './self-assessment-input.js';

/** The organisation's processes, archived ones last, each with its owner unit (one statement). */
export async function complianceProcesses(em: EntityManager, actor: Actor): Promise<ProcessView[]> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the process catalogue');
  const processes = await em.find(
    ComplianceProcess,
    { organization: actor.organizationId },
    { populate: ['ownerUnit'], orderBy: { archivedAt: 'asc nulls first', name: 'asc' } },
  );
  return processes.map(processView);
}

export interface ProcessInput {
  /** Absent for a new process. */
  id?: string | null;
  name: string;
  /** Translations of the name; blank ones are dropped. */
  names?: Partial<Record<Locale, string | null>> | null;
  ownerUnitId?: string | null;
  /** YYYY-MM-DD; today when absent for a new process. */
  activeFrom?: string | null;
  /** YYYY-MM-DD, or null while the process still runs. */
  activeTo?: string | null;
}

function day(text: string, field: string): CalendarDay {
  const parsed = parseCalendarDay(text);
  if (!parsed) throw ValidationError.because('kernel.notADate', { field, value: text });
  return parsed;
}

/** The process, locked for change, or NOT_FOUND. */
async function lockProcess(em: EntityManager, actor: Actor, id: string): Promise<IComplianceProcess> {
  const process = isUuid(id)
    ? await lockedFresh(em, ComplianceProcess, { id, organization: actor.organizationId })
    : null;
  if (!process) throw NotFoundError.forId('ComplianceProcess', id);
  return process;
}

/**
 * §73: adds a process to the catalogue or changes one. A name is unique in the organisation
 * (saves take turns on the organisation's row); an archived process is no longer changed.
 */
export async function saveComplianceProcess(
  em: EntityManager,
  actor: Actor,
  input: ProcessInput,
  now: Date,
): Promise<ProcessView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'keep the process catalogue');
  const name = requiredText(input.name, 'name', 300, 'selfAssessment.process.nameRequired').replace(
    /\s+/g,
    ' ',
  );
  const names = keptTranslations(input.names ?? {}, name);
  for (const text of Object.values(names ?? {})) optionalText(text, 'names', 300);
  const ownerUnit = input.ownerUnitId
    ? isUuid(input.ownerUnitId)
      ? await em.findOne(OrgUnit, { id: input.ownerUnitId, organization: actor.organizationId })
      : null
    : null;
  if (input.ownerUnitId && !ownerUnit) throw NotFoundError.forId('OrgUnit', input.ownerUnitId);
  await lockRow(em, Organization, actor.organizationId);
  const existing = input.id ? await lockProcess(em, actor, input.id) : null;
  if (existing?.archivedAt) throw ConflictError.because('selfAssessment.process.archived');
  const activeFrom = input.activeFrom
    ? day(input.activeFrom, 'activeFrom')
    : existing
      ? existing.activeFrom
      : kazakhstanDay(now);
  const activeTo = input.activeTo ? day(input.activeTo, 'activeTo') : null;
  if (activeTo && activeTo < String(activeFrom).slice(0, 10)) {
    throw ValidationError.because('selfAssessment.process.endsBeforeStart', { field: 'activeTo' });
  }
  const namesake = await em.findOne(ComplianceProcess, { organization: actor.organizationId, name });
  if (namesake && namesake.id !== existing?.id) {
    throw ValidationError.because('selfAssessment.process.nameTaken', { field: 'name', name });
  }
  const process =
    existing ??
    em.create(ComplianceProcess, {
      id: newId(),
      organization: actor.organizationId,
      name,
      activeFrom,
      createdBy: em.getReference(Person, actor.personId),
    });
  process.name = name;
  process.names = names;
  process.ownerUnit = ownerUnit;
  process.activeFrom = activeFrom;
  process.activeTo = activeTo;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: existing ? 'compliance_process.updated' : 'compliance_process.created',
    entityType: 'ComplianceProcess',
    entityId: process.id,
    data: { name, ownerUnitId: ownerUnit?.id ?? null, activeFrom, activeTo },
  });
  await em.flush();
  return processView(process);
}

/** Takes a process out of the catalogue: it is drawn no more; self-assessments that drew it keep it. */
export async function archiveComplianceProcess(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ProcessView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'keep the process catalogue');
  const process = await lockProcess(em, actor, id);
  if (process.archivedAt) throw ConflictError.because('selfAssessment.process.archived');
  process.archivedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_process.archived',
    entityType: 'ComplianceProcess',
    entityId: process.id,
    data: { name: process.name },
  });
  await em.flush();
  await em.populate(process, ['ownerUnit']);
  return processView(process);
}

export interface CoverageView {
  quarter: Quarter;
  processIds: string[];
  /** True once the self-assessment reviewing this quarter is drawn: the coverage is then fixed. */
  fixed: boolean;
}

/** Which processes internal audit covered in the quarter (§73 step 2). */
export async function internalAuditCoverage(
  em: EntityManager,
  actor: Actor,
  quarterText: string,
): Promise<CoverageView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the internal audit coverage');
  const quarter = parseQuarter(quarterText);
  const rows = await em.find(
    InternalAuditCoverage,
    { organization: actor.organizationId, quarter },
    { orderBy: { process: 'asc' } },
  );
  const fixed =
    (await em.count(SelfAssessment, {
      organization: actor.organizationId,
      quarter: shiftQuarter(quarter, 1),
    })) > 0;
  return { quarter, processIds: rows.map((row) => row.process.id), fixed };
}

export interface CoverageInput {
  quarter: string;
  /** Every process internal audit covered in the quarter: the coverage is set to exactly these. */
  processIds: readonly string[];
}

/**
 * §73 step 2: records the processes internal audit covered in a quarter that has begun, so that the
 * self-assessment reviewing it leaves them out. Once that self-assessment is drawn the coverage is
 * fixed (CONFLICT): it is what the draw was made from. Takes turns with the draw on the
 * organisation's row.
 */
export async function recordInternalAuditCoverage(
  em: EntityManager,
  actor: Actor,
  input: CoverageInput,
  now: Date,
): Promise<CoverageView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'record the internal audit coverage');
  const quarter = parseQuarter(input.quarter);
  if (quarter > currentQuarter(now)) {
    throw ValidationError.because('selfAssessment.quarter.notBegun', { field: 'quarter', quarter });
  }
  const ids = [...new Set(input.processIds)];
  if (ids.some((id) => !isUuid(id))) throw NotFoundError.forId('ComplianceProcess', ids.join(', '));
  await lockRow(em, Organization, actor.organizationId);
  const processes = ids.length
    ? await em.find(ComplianceProcess, { id: { $in: ids }, organization: actor.organizationId })
    : [];
  if (processes.length !== ids.length) throw NotFoundError.forId('ComplianceProcess', ids.join(', '));
  if (
    await em.count(SelfAssessment, { organization: actor.organizationId, quarter: shiftQuarter(quarter, 1) })
  ) {
    throw ConflictError.because('selfAssessment.coverage.fixed', { quarter });
  }
  const rows = await em.find(InternalAuditCoverage, { organization: actor.organizationId, quarter });
  const had = new Set(rows.map((row) => row.process.id));
  const removed = rows.filter((row) => !ids.includes(row.process.id));
  const added = ids.filter((id) => !had.has(id));
  for (const row of removed) em.remove(row);
  for (const id of added) {
    em.create(InternalAuditCoverage, {
      id: newId(),
      organization: actor.organizationId,
      process: em.getReference(ComplianceProcess, id),
      quarter,
      recordedBy: em.getReference(Person, actor.personId),
      recordedAt: now,
    });
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_internal_audit_coverage.recorded',
    entityType: 'Organization',
    entityId: actor.organizationId,
    data: { quarter, added, removed: removed.map((row) => row.process.id) },
  });
  await em.flush();
  return { quarter, processIds: [...ids].sort(), fixed: false };
}

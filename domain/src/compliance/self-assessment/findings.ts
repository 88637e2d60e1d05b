import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import {
  FINDING_SEVERITIES,
  ImprovementItem,
  SelfAssessmentFinding,
  SelfAssessmentProcess,
  type FindingSeverity,
} from './self-assessment.entity.js';
import { optionalText, requiredText } from './self-assessment-input.js';
import { latestDueOn, selfAssessmentView, type SelfAssessmentView } from './self-assessment-view.js';

export interface FindingInput {
  /** The drawn process (its id in the self-assessment, not the catalogue's). */
  drawnProcessId: string;
  text: string;
  severity: string;
}

/** §73 steps 3–4: what checking a drawn process found; the quarter's self-assessment as it now stands. */
export async function recordSelfAssessmentFinding(
  em: EntityManager,
  actor: Actor,
  input: FindingInput,
  now: Date,
): Promise<SelfAssessmentView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'record a self-assessment finding');
  const text = requiredText(input.text, 'text', 8000, 'selfAssessment.finding.textRequired');
  if (!(FINDING_SEVERITIES as readonly string[]).includes(input.severity)) {
    throw ValidationError.because('selfAssessment.finding.severity', { field: 'severity' });
  }
  const drawn = isUuid(input.drawnProcessId)
    ? await em.findOne(
        SelfAssessmentProcess,
        { id: input.drawnProcessId, organization: actor.organizationId },
        { populate: ['assessment'] },
      )
    : null;
  if (!drawn) throw NotFoundError.forId('SelfAssessmentProcess', input.drawnProcessId);
  const finding = em.create(SelfAssessmentFinding, {
    id: newId(),
    organization: actor.organizationId,
    drawnProcess: drawn,
    text,
    severity: input.severity as FindingSeverity,
    recordedBy: em.getReference(Person, actor.personId),
    recordedAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_self_assessment.finding_recorded',
    entityType: 'SelfAssessment',
    entityId: drawn.assessment.id,
    data: { findingId: finding.id, processId: drawn.process.id, severity: finding.severity },
  });
  await em.flush();
  return selfAssessmentView(em, actor, drawn.assessment.quarter, now);
}

export interface ImprovementInput {
  findingId: string;
  action: string;
  responsibleId: string;
  /** YYYY-MM-DD; 3 months after the finding when absent, and never later (§73). */
  dueOn?: string | null;
}

/**
 * §73 step 5: an item of the improvement plan for a finding. Its due day is at most 3 months after
 * the finding was recorded ("the implementation period must not exceed 3 months"), that day
 * itself when not given; a later one is refused, and so is one before the finding.
 */
export async function addImprovementItem(
  em: EntityManager,
  actor: Actor,
  input: ImprovementInput,
  now: Date,
): Promise<SelfAssessmentView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'plan an improvement');
  const action = requiredText(input.action, 'action', 4000, 'selfAssessment.improvement.actionRequired');
  const finding = isUuid(input.findingId)
    ? await em.findOne(
        SelfAssessmentFinding,
        { id: input.findingId, organization: actor.organizationId },
        { populate: ['drawnProcess.assessment'] },
      )
    : null;
  if (!finding) throw NotFoundError.forId('SelfAssessmentFinding', input.findingId);
  const responsible = isUuid(input.responsibleId)
    ? await em.findOne(Person, { id: input.responsibleId, organization: actor.organizationId, active: true })
    : null;
  if (!responsible) {
    throw ValidationError.because('selfAssessment.improvement.responsible', { field: 'responsibleId' });
  }
  const latest = latestDueOn(finding.recordedAt);
  const earliest = kazakhstanDay(finding.recordedAt);
  const dueOn = input.dueOn ? parseCalendarDay(input.dueOn) : latest;
  if (!dueOn) throw ValidationError.because('kernel.notADate', { field: 'dueOn', value: input.dueOn ?? '' });
  if (dueOn > latest) {
    throw ValidationError.because('selfAssessment.improvement.dueTooLate', { field: 'dueOn', latest });
  }
  if (dueOn < earliest) {
    throw ValidationError.because('selfAssessment.improvement.dueBeforeFinding', {
      field: 'dueOn',
      earliest,
    });
  }
  const item = em.create(ImprovementItem, {
    id: newId(),
    organization: actor.organizationId,
    finding,
    action,
    responsible,
    dueOn,
    status: 'open',
    createdBy: em.getReference(Person, actor.personId),
    createdAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_improvement_item.added',
    entityType: 'ImprovementItem',
    entityId: item.id,
    data: { findingId: finding.id, responsibleId: responsible.id, dueOn },
  });
  await em.flush();
  return selfAssessmentView(em, actor, finding.drawnProcess.assessment.quarter, now);
}

/** §73 step 5: an improvement carried out, with a note on what was done; done once (CONFLICT after). */
export async function completeImprovementItem(
  em: EntityManager,
  actor: Actor,
  id: string,
  note: string | null | undefined,
  now: Date,
): Promise<SelfAssessmentView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'complete an improvement');
  const completionNote = optionalText(note, 'note', 4000);
  const item = isUuid(id)
    ? await lockedFresh(em, ImprovementItem, { id, organization: actor.organizationId })
    : null;
  if (!item) throw NotFoundError.forId('ImprovementItem', id);
  if (item.status !== 'open') throw ConflictError.because('selfAssessment.improvement.alreadyDone');
  const today = kazakhstanDay(now);
  item.status = 'done';
  item.completedOn = today;
  item.completionNote = completionNote;
  item.completedBy = em.getReference(Person, actor.personId);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_improvement_item.completed',
    entityType: 'ImprovementItem',
    entityId: item.id,
    data: { dueOn: String(item.dueOn).slice(0, 10), completedOn: today },
  });
  await em.flush();
  await em.populate(item, ['finding.drawnProcess.assessment']);
  return selfAssessmentView(em, actor, item.finding.drawnProcess.assessment.quarter, now);
}

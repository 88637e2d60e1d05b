import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { Person } from '../../org/person.entity.js';
import { newId } from '../../kernel/ids.js';
import { open, seal, type HotlineKeyring } from '../crypto/keyring.js';
import { AAD } from '../crypto/sealed-fields.js';
import { caseForHandler } from './case-access.js';
import {
  checkProtectionTask,
  createProtectionTask,
  type ProtectionTaskInput,
} from '../protection/protection-task.js';
import {
  HotlineRetaliationAssessment,
  RETALIATION_RISK_LEVELS,
  type RetaliationRiskLevel,
} from './hotline-retaliation-assessment.entity.js';
import type { IHotlineReport } from './hotline-report.entity.js';

export const MAX_RISK_REASON = 2_000;

export interface RetaliationRiskInput {
  level: RetaliationRiskLevel;
  /** Required for medium and high. */
  reason?: string | null;
  /** Required for high: who protects the reporter and witnesses, and when it is reviewed. */
  task?: ProtectionTaskInput | null;
}

export interface CheckedRetaliationRisk {
  level: RetaliationRiskLevel;
  reason: string | null;
  task: ProtectionTaskInput | null;
}

export interface RetaliationAssessmentView {
  level: RetaliationRiskLevel;
  reason: string | null;
  assessedAt: Date;
}

/**
 * ISO 37002 §8.4 (beyond the methodology, which asks for protection from retaliation, §69): the
 * assessment is checked whole before triage writes anything — a level, the reason for medium
 * and high, and for high a protection task with its owner and review date.
 */
export async function checkRetaliationRisk(
  em: EntityManager,
  actor: Actor,
  input: RetaliationRiskInput,
  now: Date,
  /** Who may not own the protection task: the people the case names and their reporting line. */
  unfitOwners: ReadonlySet<string>,
): Promise<CheckedRetaliationRisk> {
  if (!(RETALIATION_RISK_LEVELS as readonly string[]).includes(input.level)) {
    throw ValidationError.because('hotline.retaliation.levelRequired', { field: 'retaliationRisk.level' });
  }
  const reason = input.reason?.trim() || null;
  if (input.level !== 'low' && !reason) {
    throw ValidationError.because('hotline.retaliation.reasonRequired', { field: 'retaliationRisk.reason' });
  }
  if (reason && reason.length > MAX_RISK_REASON) {
    throw ValidationError.because('hotline.retaliation.reasonTooLong', {
      field: 'retaliationRisk.reason',
      max: MAX_RISK_REASON,
    });
  }
  const task =
    input.level === 'high' ? await checkProtectionTask(em, actor, input.task, now, unfitOwners) : null;
  return { level: input.level, reason, task };
}

/**
 * Records the checked assessment on the case (replacing an earlier triage's); a high risk
 * creates its protection task. The audit trail says the level, never the reason, which is sealed.
 */
export async function recordRetaliationRisk(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  report: IHotlineReport,
  risk: CheckedRetaliationRisk,
  now: Date,
): Promise<void> {
  const existing = await em.findOne(HotlineRetaliationAssessment, { report: report.id });
  const id = existing?.id ?? newId();
  const reasonSealed = risk.reason ? seal(keyring, risk.reason, AAD.retaliationReason(id)) : null;
  if (existing) {
    existing.level = risk.level;
    existing.reasonSealed = reasonSealed;
    existing.assessedBy = em.getReference(Person, actor.personId);
    existing.assessedAt = now;
  } else {
    em.create(HotlineRetaliationAssessment, {
      id,
      organization: report.organization,
      report,
      level: risk.level,
      reasonSealed,
      assessedBy: actor.personId,
      assessedAt: now,
    });
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.retaliation_risk_assessed',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { level: risk.level },
  });
  if (risk.task) await createProtectionTask(em, actor, report, risk.task, now);
}

/** The case's assessment, its reason opened, for those who handle the case. */
export async function caseRetaliationAssessment(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
): Promise<RetaliationAssessmentView | null> {
  const { report } = await caseForHandler(em, actor, id, 'read the retaliation risk', 'read');
  return retaliationAssessmentOf(em, keyring, report.id);
}

/** The case's assessment, its reason opened (the caller checked access). */
export async function retaliationAssessmentOf(
  em: EntityManager,
  keyring: HotlineKeyring,
  reportId: string,
): Promise<RetaliationAssessmentView | null> {
  const row = await em.findOne(HotlineRetaliationAssessment, { report: reportId });
  if (!row) return null;
  return {
    level: row.level,
    reason: row.reasonSealed
      ? open(keyring, row.reasonSealed, AAD.retaliationReason(row.id)).toString('utf8')
      : null,
    assessedAt: row.assessedAt,
  };
}

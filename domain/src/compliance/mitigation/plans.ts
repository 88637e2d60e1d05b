import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_APPROVERS, COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { MitigationMeasure, MitigationPlan, type IMitigationPlan } from './mitigation.entity.js';
import { mitigationPlanView, type MitigationPlanView } from './plan-view.js';
import { optionalText } from './measure-input.js';

/** A plan is made for this year or the next, or entered for last year's (to carry its history). */
const YEARS_BACK = 1;
const YEARS_AHEAD = 1;

/** The year's plan as the reader sees it, or null when none is made yet. */
export async function mitigationPlan(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date,
): Promise<MitigationPlanView | null> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the mitigation plan');
  const plan = await em.findOne(MitigationPlan, { organization: actor.organizationId, year });
  return plan ? mitigationPlanView(em, actor, plan, kazakhstanDay(now)) : null;
}

/** The plan, locked for change (the aggregate of its measures), or NOT_FOUND. */
export async function lockMitigationPlan(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<IMitigationPlan> {
  const plan = isUuid(id)
    ? await lockedFresh(em, MitigationPlan, { id, organization: actor.organizationId })
    : null;
  if (!plan) throw NotFoundError.forId('MitigationPlan', id);
  return plan;
}

/** Measures are added and changed while the plan is a draft; the approved plan is only reported on. */
export function requireDraftPlan(plan: IMitigationPlan): void {
  if (plan.status !== 'draft') throw ConflictError.because('compliance.mitigation.approved');
}

async function recorded(
  em: EntityManager,
  actor: Actor,
  plan: IMitigationPlan,
  action: string,
  now: Date,
  data: Record<string, unknown> = {},
): Promise<MitigationPlanView> {
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action,
    entityType: 'MitigationPlan',
    entityId: plan.id,
    data: { year: plan.year, ...data },
  });
  await em.flush();
  return mitigationPlanView(em, actor, plan, kazakhstanDay(now));
}

/** §9.3: makes the year's plan, drawn from the risk map; one per year — creations take turns on the organisation's row. */
export async function createMitigationPlan(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date,
): Promise<MitigationPlanView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'draft the mitigation plan');
  const thisYear = Number(kazakhstanDay(now).slice(0, 4));
  if (!Number.isInteger(year) || year < thisYear - YEARS_BACK || year > thisYear + YEARS_AHEAD) {
    throw ValidationError.because('compliance.mitigation.year', {
      field: 'year',
      from: thisYear - YEARS_BACK,
      to: thisYear + YEARS_AHEAD,
    });
  }
  await lockRow(em, Organization, actor.organizationId);
  if (await em.count(MitigationPlan, { organization: actor.organizationId, year })) {
    throw ConflictError.because('compliance.mitigation.exists', { year });
  }
  const plan = em.create(MitigationPlan, {
    id: newId(),
    organization: actor.organizationId,
    year,
    status: 'draft',
    createdBy: em.getReference(Person, actor.personId),
  });
  return recorded(em, actor, plan, 'compliance_mitigation_plan.created', now);
}

/**
 * §9.3: the first head approves the plan, with at least one measure; the day and the approver are
 * recorded. Anyone else is FORBIDDEN; a second approval is a CONFLICT (the plan's row is locked,
 * so of two approvals at once exactly one is recorded).
 */
export async function approveMitigationPlan(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<MitigationPlanView> {
  requireAnyRole(actor, COMPLIANCE_APPROVERS, 'approve the mitigation plan');
  const plan = await lockMitigationPlan(em, actor, id);
  requireDraftPlan(plan);
  const measures = await em.count(MitigationMeasure, { plan: plan.id });
  if (measures === 0) throw ValidationError.because('compliance.mitigation.empty');
  plan.status = 'approved';
  plan.approvedBy = em.getReference(Person, actor.personId);
  plan.approvedAt = now;
  return recorded(em, actor, plan, 'compliance_mitigation_plan.approved', now, { measures });
}

/**
 * §9.4: the plan must be public — its published risks' measures show on the public page. §9.3: in
 * a state body the first head approves it first; elsewhere it may be published without approval,
 * naming who controls the measures (the first head or the management body).
 */
export async function publishMitigationPlan(
  em: EntityManager,
  actor: Actor,
  id: string,
  controlledBy: string | null,
  now: Date,
): Promise<MitigationPlanView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'publish the mitigation plan');
  const plan = await lockMitigationPlan(em, actor, id);
  if (plan.publishedAt) throw ConflictError.because('compliance.mitigation.published');
  const organization = await em.findOneOrFail(Organization, actor.organizationId);
  if (organization.kind === 'state_body' && plan.status !== 'approved') {
    throw ConflictError.because('compliance.mitigation.approvalRequired');
  }
  const controller = optionalText(controlledBy, 'controlledBy', 300);
  if (plan.status !== 'approved' && controller === null) {
    throw ValidationError.because('compliance.mitigation.controllerRequired', { field: 'controlledBy' });
  }
  if (controller !== null) plan.controlledBy = controller;
  plan.publishedAt = now;
  plan.publishedBy = em.getReference(Person, actor.personId);
  return recorded(em, actor, plan, 'compliance_mitigation_plan.published', now, {
    approved: plan.status === 'approved',
    controlledBy: plan.controlledBy ?? null,
  });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { CULTURE_APPROVERS, CULTURE_PLANNERS, CULTURE_READERS } from '../culture-roles.js';
import { CultureActivity } from './culture-activity.entity.js';
import {
  CulturePlan,
  CulturePlanVersion,
  type ICulturePlan,
  type PlanStatus,
} from './culture-plan.entity.js';
import { optionalText, requiredText } from './plan-input.js';
import { snapshotActivity, type ActivitySnapshot } from './plan-snapshot.js';
import type { NamedPerson } from '../../hotline/protection/protection.js';
import { planView, type PlanView } from './plan-view.js';

/**
 * A plan is made for this year or the next (Kazakhstan's year), or entered for one of the two years
 * before, so that an organisation starting with Adal can copy the plan it already had.
 */
const YEARS_BACK = 2;
const YEARS_AHEAD = 1;

/** The year's plan as the reader sees it, or null when none is made yet. */
export async function culturePlan(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date,
): Promise<PlanView | null> {
  requireAnyRole(actor, CULTURE_READERS, 'read the culture plan');
  const plan = await em.findOne(CulturePlan, { organization: actor.organizationId, year });
  return plan ? planView(em, actor, plan, kazakhstanDay(now)) : null;
}

export interface PlanYear {
  id: string;
  year: number;
  status: PlanStatus;
}

/** Every plan of the organisation, the latest year first (for the year picker and "copy from"). */
export async function culturePlanYears(em: EntityManager, actor: Actor): Promise<PlanYear[]> {
  requireAnyRole(actor, CULTURE_READERS, 'read the culture plan');
  const plans = await em.find(
    CulturePlan,
    { organization: actor.organizationId },
    { orderBy: { year: 'desc' } },
  );
  return plans.map((plan) => ({ id: plan.id, year: plan.year, status: plan.status }));
}

/** The plan, locked for change, or NOT_FOUND. */
export async function lockPlan(em: EntityManager, actor: Actor, id: string): Promise<ICulturePlan> {
  const plan = isUuid(id)
    ? await lockedFresh(em, CulturePlan, { id, organization: actor.organizationId })
    : null;
  if (!plan) throw NotFoundError.forId('CulturePlan', id);
  return plan;
}

/** Refuses a change to the plan's columns unless a version is being drafted (§35.1: the approved one is frozen). */
export function requireDraft(plan: ICulturePlan): void {
  if (plan.status !== 'draft') throw ConflictError.because('culture.plan.notDraft');
}

function shiftYear(day: CalendarDay, years: number): CalendarDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // 29 February moves to the 28th in a year without it.
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return toDay(new Date(Date.UTC(y + years, m - 1, Math.min(d, last))));
}

/**
 * §35.1: makes the year's plan, empty or as a copy of another year's (last year's, usually): its
 * activities come with deadlines moved to the new year and nothing of their execution. One plan
 * per organisation and year: creations take turns on the organisation's row.
 */
export async function createCulturePlan(
  em: EntityManager,
  actor: Actor,
  year: number,
  copyFrom: string | null,
  now: Date,
): Promise<PlanView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'draft the culture plan');
  const thisYear = Number(kazakhstanDay(now).slice(0, 4));
  if (!Number.isInteger(year) || year < thisYear - YEARS_BACK || year > thisYear + YEARS_AHEAD) {
    throw ValidationError.because('culture.plan.year', {
      field: 'year',
      from: thisYear - YEARS_BACK,
      to: thisYear + YEARS_AHEAD,
    });
  }
  const source = copyFrom
    ? isUuid(copyFrom)
      ? await em.findOne(CulturePlan, { id: copyFrom, organization: actor.organizationId })
      : null
    : null;
  if (copyFrom && !source) throw NotFoundError.forId('CulturePlan', copyFrom);
  if (source && source.year === year)
    throw ValidationError.because('culture.plan.copySameYear', { field: 'copyFrom' });
  await lockRow(em, Organization, actor.organizationId);
  if (await em.count(CulturePlan, { organization: actor.organizationId, year })) {
    throw ConflictError.because('culture.plan.exists', { year });
  }
  const plan = em.create(CulturePlan, {
    id: newId(),
    organization: actor.organizationId,
    year,
    status: 'draft',
    version: 1,
    riskBasis: source?.riskBasis ?? null,
    targetPassed: source?.targetPassed ?? null,
    copiedFrom: source ?? null,
    createdBy: em.getReference(Person, actor.personId),
  });
  let copied = 0;
  if (source) {
    const activities = await em.find(CultureActivity, { plan: source.id }, { orderBy: { deadline: 'asc' } });
    for (const a of activities) {
      em.create(CultureActivity, {
        ...snapshotColumns(snapshotActivity(a)),
        id: newId(),
        organization: actor.organizationId,
        plan,
        deadline: shiftYear(toDay(a.deadline), year - source.year),
        status: 'planned',
        incentives: [],
      });
      copied += 1;
    }
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_plan.created',
    entityType: 'CulturePlan',
    entityId: plan.id,
    data: { year, copiedFromYear: source?.year ?? null, activitiesCopied: copied },
  });
  await em.flush();
  return planView(em, actor, plan, kazakhstanDay(now));
}

/** An activity's plan columns as an entity takes them (a copy or a snapshot brought back). */
function snapshotColumns(s: ActivitySnapshot) {
  const { id: _id, deadline: _deadline, courseId, sessionId, ...columns } = s;
  return { ...columns, course: courseId, session: sessionId };
}

export interface PlanDetailsInput {
  riskBasis?: string | null;
  targetPassed?: number | null;
  mergedInto?: string | null;
  mergedNote?: string | null;
}

/** The draft's own fields: the risk analysis it rests on, the §35.3 target, the plan it is merged into. */
export async function updateCulturePlan(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: PlanDetailsInput,
  now: Date,
): Promise<PlanView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'draft the culture plan');
  const plan = await lockPlan(em, actor, id);
  requireDraft(plan);
  if (input.targetPassed != null && (!Number.isInteger(input.targetPassed) || input.targetPassed < 0)) {
    throw ValidationError.because('culture.plan.target', { field: 'targetPassed' });
  }
  if (input.riskBasis !== undefined) plan.riskBasis = optionalText(input.riskBasis, 'riskBasis', 4000);
  if (input.targetPassed !== undefined) plan.targetPassed = input.targetPassed;
  if (input.mergedInto !== undefined) plan.mergedInto = optionalText(input.mergedInto, 'mergedInto', 500);
  if (input.mergedNote !== undefined) plan.mergedNote = optionalText(input.mergedNote, 'mergedNote', 4000);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_plan.updated',
    entityType: 'CulturePlan',
    entityId: plan.id,
    data: { year: plan.year, targetPassed: plan.targetPassed ?? null, merged: plan.mergedInto != null },
  });
  await em.flush();
  return planView(em, actor, plan, kazakhstanDay(now));
}

/** §35.1: the draft goes to the first head; it needs at least one activity (the warnings do not stop it). */
export async function submitCulturePlan(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<PlanView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'submit the culture plan');
  const plan = await lockPlan(em, actor, id);
  requireDraft(plan);
  if ((await em.count(CultureActivity, { plan: plan.id })) === 0) {
    throw ValidationError.because('culture.plan.empty', { field: 'activities' });
  }
  plan.status = 'submitted';
  plan.submittedBy = em.getReference(Person, actor.personId);
  plan.submittedAt = now;
  plan.returnNote = null;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_plan.submitted',
    entityType: 'CulturePlan',
    entityId: plan.id,
    data: { year: plan.year, version: plan.version },
  });
  await em.flush();
  return planView(em, actor, plan, kazakhstanDay(now));
}

/** The first head sends a submitted plan back to draft, saying why. */
export async function returnCulturePlan(
  em: EntityManager,
  actor: Actor,
  id: string,
  note: string,
  now: Date,
): Promise<PlanView> {
  requireAnyRole(actor, CULTURE_APPROVERS, 'return the culture plan');
  const returnNote = requiredText(note, 'note', 4000, 'culture.plan.returnNoteRequired');
  const plan = await lockPlan(em, actor, id);
  if (plan.status !== 'submitted') throw ConflictError.because('culture.plan.notSubmitted');
  plan.status = 'draft';
  plan.returnNote = returnNote;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_plan.returned',
    entityType: 'CulturePlan',
    entityId: plan.id,
    data: { year: plan.year, version: plan.version },
  });
  await em.flush();
  return planView(em, actor, plan, kazakhstanDay(now));
}

/**
 * §35.1: the first head approves the submitted version; it is frozen as it was approved (its
 * activities' plan columns), and the plan is carried out — "in execution" once its year has begun.
 */
export async function approveCulturePlan(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<PlanView> {
  requireAnyRole(actor, CULTURE_APPROVERS, 'approve the culture plan');
  const plan = await lockPlan(em, actor, id);
  if (plan.status !== 'submitted') throw ConflictError.because('culture.plan.notSubmitted');
  const activities = await em.find(
    CultureActivity,
    { plan: plan.id },
    { orderBy: { deadline: 'asc', createdAt: 'asc' } },
  );
  em.create(CulturePlanVersion, {
    id: newId(),
    organization: actor.organizationId,
    plan,
    number: plan.version,
    reason: plan.amendmentReason ?? null,
    riskBasis: plan.riskBasis ?? null,
    targetPassed: plan.targetPassed ?? null,
    activities: activities.map(snapshotActivity),
    approvedBy: em.getReference(Person, actor.personId),
    approvedAt: now,
  });
  const today = kazakhstanDay(now);
  plan.status = today >= `${plan.year}-01-01` ? 'in_execution' : 'approved';
  plan.amendmentReason = null;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_plan.approved',
    entityType: 'CulturePlan',
    entityId: plan.id,
    data: { year: plan.year, version: plan.version, activities: activities.length },
  });
  await em.flush();
  return planView(em, actor, plan, today);
}

/**
 * §35.1: changing an approved plan is an amendment: the next version is drafted with its reason,
 * while the approved one stays readable as it was and its activities go on being carried out.
 */
export async function amendCulturePlan(
  em: EntityManager,
  actor: Actor,
  id: string,
  reason: string,
  now: Date,
): Promise<PlanView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'amend the culture plan');
  const amendmentReason = requiredText(reason, 'reason', 4000, 'culture.plan.amendReasonRequired');
  const plan = await lockPlan(em, actor, id);
  if (plan.status !== 'approved' && plan.status !== 'in_execution') {
    throw ConflictError.because('culture.plan.notApproved');
  }
  plan.status = 'draft';
  plan.version += 1;
  plan.amendmentReason = amendmentReason;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_plan.amended',
    entityType: 'CulturePlan',
    entityId: plan.id,
    data: { year: plan.year, version: plan.version },
  });
  await em.flush();
  return planView(em, actor, plan, kazakhstanDay(now));
}

/** The year is over (or the plan is done): closed with the report on its execution. */
export async function closeCulturePlan(
  em: EntityManager,
  actor: Actor,
  id: string,
  report: string,
  now: Date,
): Promise<PlanView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'close the culture plan');
  const closingReport = requiredText(report, 'report', 20000, 'culture.plan.reportRequired');
  const plan = await lockPlan(em, actor, id);
  if (plan.status !== 'approved' && plan.status !== 'in_execution') {
    throw ConflictError.because('culture.plan.notApproved');
  }
  plan.status = 'closed';
  plan.closingReport = closingReport;
  plan.closedBy = em.getReference(Person, actor.personId);
  plan.closedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_plan.closed',
    entityType: 'CulturePlan',
    entityId: plan.id,
    data: { year: plan.year, version: plan.version },
  });
  await em.flush();
  return planView(em, actor, plan, kazakhstanDay(now));
}

export interface PlanVersionView {
  planId: string;
  year: number;
  number: number;
  reason: string | null;
  riskBasis: string | null;
  targetPassed: number | null;
  approvedBy: NamedPerson;
  approvedAt: Date;
  activities: ActivitySnapshot[];
}

/** An approved version as the first head approved it (§35.1: approved versions stay readable). */
export async function culturePlanVersion(
  em: EntityManager,
  actor: Actor,
  planId: string,
  number: number,
): Promise<PlanVersionView> {
  requireAnyRole(actor, CULTURE_READERS, 'read the culture plan');
  const version = isUuid(planId)
    ? await em.findOne(
        CulturePlanVersion,
        { plan: planId, number, organization: actor.organizationId },
        { populate: ['approvedBy', 'plan'] },
      )
    : null;
  if (!version) throw NotFoundError.forId('CulturePlanVersion', `${planId}/${number}`);
  return {
    planId: version.plan.id,
    year: version.plan.year,
    number: version.number,
    reason: version.reason ?? null,
    riskBasis: version.riskBasis ?? null,
    targetPassed: version.targetPassed ?? null,
    approvedBy: { id: version.approvedBy.id, fullName: version.approvedBy.fullName },
    approvedAt: version.approvedAt,
    activities: version.activities,
  };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import { Risk, type IRisk } from '../risks/risk.entity.js';
import { MitigationMeasure, type IMitigationMeasure, type MeasureStatus } from './mitigation.entity.js';
import { evidenceLinkOf, optionalText, requiredText } from './measure-input.js';
import { lockMitigationPlan, requireDraftPlan } from './plans.js';
import { measureView, type MeasureView } from './plan-view.js';

const MEASURE_MAX = 2000;
const FORM_MAX = 500;
const NOTE_MAX = 2000;
const KPI_MAX = 500;
const LINK_MAX = 2000;

export interface MeasureInput {
  riskId: string;
  measure: string;
  executorId: string;
  deadline: string;
  completionForm: string;
  linkedKpi?: string | null;
}

export interface MeasureUpdate extends Partial<MeasureInput> {
  id: string;
}

export interface MeasureReport {
  id: string;
  status: MeasureStatus;
  progressNote?: string | null;
  evidenceLink?: string | null;
  evidenceNote?: string | null;
  /** YYYY-MM-DD; today when a measure is reported done without it. */
  doneOn?: string | null;
}

function dayOf(value: string, field: string): CalendarDay {
  const day = parseCalendarDay(value);
  if (!day) throw ValidationError.because('kernel.notADate', { field, value });
  return day;
}

/** §9.3: the measure answers an open risk of the register. */
async function openRisk(em: EntityManager, actor: Actor, id: string): Promise<IRisk> {
  const risk = isUuid(id) ? await em.findOne(Risk, { id, organization: actor.organizationId }) : null;
  if (!risk) throw NotFoundError.forId('Risk', id);
  if (risk.status !== 'open')
    throw ValidationError.because('compliance.measure.riskClosed', { field: 'riskId' });
  return risk;
}

/** §9.3: the executor is a person of the organisation still working there. */
async function executorOf(em: EntityManager, actor: Actor, id: string): Promise<IPerson> {
  const person = isUuid(id)
    ? await em.findOne(Person, { id, organization: actor.organizationId, active: true })
    : null;
  if (!person) throw ValidationError.because('compliance.measure.executor', { field: 'executorId' });
  return person;
}

async function loaded(em: EntityManager, id: string, now: Date): Promise<MeasureView> {
  const measure = await em.findOneOrFail(MitigationMeasure, id, { populate: ['risk', 'executor'] });
  return measureView(measure, kazakhstanDay(now));
}

async function findMeasure(em: EntityManager, actor: Actor, id: string): Promise<IMitigationMeasure> {
  const measure = isUuid(id)
    ? await em.findOne(MitigationMeasure, { id, organization: actor.organizationId })
    : null;
  if (!measure) throw NotFoundError.forId('MitigationMeasure', id);
  return measure;
}

/**
 * §9.3: adds a measure to the draft plan: the measure, its deadline, its executor and its form of
 * completion, and the responsible people's KPI it is linked to. The plan's row is locked, so a
 * measure racing the approval lands before it or is refused.
 */
export async function addMitigationMeasure(
  em: EntityManager,
  actor: Actor,
  planId: string,
  input: MeasureInput,
  now: Date,
): Promise<MeasureView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'change the mitigation plan');
  const plan = await lockMitigationPlan(em, actor, planId);
  requireDraftPlan(plan);
  const risk = await openRisk(em, actor, input.riskId);
  const executor = await executorOf(em, actor, input.executorId);
  const measure = em.create(MitigationMeasure, {
    id: newId(),
    organization: actor.organizationId,
    plan,
    risk,
    measure: requiredText(input.measure, 'measure', MEASURE_MAX, 'compliance.measure.textRequired'),
    executor,
    deadline: dayOf(input.deadline, 'deadline'),
    completionForm: requiredText(
      input.completionForm,
      'completionForm',
      FORM_MAX,
      'compliance.measure.completionFormRequired',
    ),
    status: 'planned',
    linkedKpi: optionalText(input.linkedKpi, 'linkedKpi', KPI_MAX),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_mitigation_measure.added',
    entityType: 'MitigationMeasure',
    entityId: measure.id,
    data: { planId: plan.id, year: plan.year, riskNumber: risk.number, deadline: input.deadline },
  });
  await em.flush();
  return loaded(em, measure.id, now);
}

/** §9.3: changes a measure of the draft plan. */
export async function updateMitigationMeasure(
  em: EntityManager,
  actor: Actor,
  input: MeasureUpdate,
  now: Date,
): Promise<MeasureView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'change the mitigation plan');
  const found = await findMeasure(em, actor, input.id);
  const plan = await lockMitigationPlan(em, actor, found.plan.id);
  requireDraftPlan(plan);
  const measure = await findMeasure(em, actor, input.id);
  await em.refresh(measure);
  const changed: string[] = [];
  if (input.riskId !== undefined && input.riskId !== measure.risk.id) {
    measure.risk = await openRisk(em, actor, input.riskId);
    changed.push('risk');
  }
  if (input.executorId !== undefined && input.executorId !== measure.executor.id) {
    measure.executor = await executorOf(em, actor, input.executorId);
    changed.push('executor');
  }
  if (input.measure !== undefined) {
    measure.measure = requiredText(input.measure, 'measure', MEASURE_MAX, 'compliance.measure.textRequired');
    changed.push('measure');
  }
  if (input.deadline !== undefined) {
    measure.deadline = dayOf(input.deadline, 'deadline');
    changed.push('deadline');
  }
  if (input.completionForm !== undefined) {
    measure.completionForm = requiredText(
      input.completionForm,
      'completionForm',
      FORM_MAX,
      'compliance.measure.completionFormRequired',
    );
    changed.push('completionForm');
  }
  if (input.linkedKpi !== undefined) {
    measure.linkedKpi = optionalText(input.linkedKpi, 'linkedKpi', KPI_MAX);
    changed.push('linkedKpi');
  }
  measure.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_mitigation_measure.updated',
    entityType: 'MitigationMeasure',
    entityId: measure.id,
    data: { planId: plan.id, year: plan.year, changed },
  });
  await em.flush();
  return loaded(em, measure.id, now);
}

/**
 * The measure's progress: its status, a note, the evidence (an https link and/or a short note) and
 * the day it was done. A done measure needs its evidence; when the last measure of a risk is done,
 * the risk waits for re-scoring (rescore.ts).
 */
export async function reportMitigationMeasure(
  em: EntityManager,
  actor: Actor,
  input: MeasureReport,
  now: Date,
): Promise<MeasureView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'report on the mitigation plan');
  const found = await findMeasure(em, actor, input.id);
  const plan = await lockMitigationPlan(em, actor, found.plan.id);
  const measure = await findMeasure(em, actor, input.id);
  await em.refresh(measure);
  const today = kazakhstanDay(now);
  if (input.progressNote !== undefined) {
    measure.progressNote = optionalText(input.progressNote, 'progressNote', NOTE_MAX);
  }
  if (input.evidenceLink !== undefined) measure.evidenceLink = evidenceLinkOf(input.evidenceLink, LINK_MAX);
  if (input.evidenceNote !== undefined) {
    measure.evidenceNote = optionalText(input.evidenceNote, 'evidenceNote', NOTE_MAX);
  }
  measure.status = input.status;
  if (input.status === 'done') {
    const doneOn = input.doneOn ? dayOf(input.doneOn, 'doneOn') : today;
    if (doneOn > today) throw ValidationError.because('compliance.measure.doneOnFuture', { field: 'doneOn' });
    if (!measure.evidenceLink && !measure.evidenceNote) {
      throw ValidationError.because('compliance.measure.evidenceRequired', { field: 'evidenceLink' });
    }
    measure.doneOn = doneOn;
  } else {
    measure.doneOn = null;
  }
  measure.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_mitigation_measure.reported',
    entityType: 'MitigationMeasure',
    entityId: measure.id,
    data: {
      planId: plan.id,
      year: plan.year,
      status: measure.status,
      doneOn: measure.doneOn ? toDay(measure.doneOn) : null,
    },
  });
  await em.flush();
  return loaded(em, measure.id, now);
}

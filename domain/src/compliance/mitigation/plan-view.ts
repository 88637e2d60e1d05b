import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import type { NamedPerson } from '../../hotline/protection/protection.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_APPROVERS, COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import type { RiskConfidentiality, RiskLevel, RiskRegister, RiskStatus } from '../risks/risk.entity.js';
import {
  MitigationMeasure,
  type IMitigationMeasure,
  type IMitigationPlan,
  type MeasureStatus,
  type MitigationPlanStatus,
} from './mitigation.entity.js';
import { awaitingRescore } from './rescore.js';

export type MitigationPlanAction = 'edit' | 'approve' | 'publish' | 'report';

export interface MeasureRiskView {
  id: string;
  number: number;
  register: RiskRegister;
  processOrDocument: string;
  level: RiskLevel;
  status: RiskStatus;
  confidentiality: RiskConfidentiality;
  published: boolean;
}

export interface MeasureView {
  id: string;
  risk: MeasureRiskView;
  measure: string;
  executor: NamedPerson;
  deadline: CalendarDay;
  completionForm: string;
  status: MeasureStatus;
  progressNote: string | null;
  evidenceLink: string | null;
  evidenceNote: string | null;
  doneOn: CalendarDay | null;
  linkedKpi: string | null;
  /** Past its deadline and not done (Kazakhstan's today). */
  overdue: boolean;
}

export interface MitigationPlanView {
  id: string;
  year: number;
  status: MitigationPlanStatus;
  /** §9.3: in a state body the first head's approval comes before the publication. */
  approvalRequired: boolean;
  approvedBy: NamedPerson | null;
  approvedAt: Date | null;
  controlledBy: string | null;
  publishedAt: Date | null;
  measures: MeasureView[];
  /** The risks whose measures are all done and which wait for re-scoring (§9.2, §9.3). */
  awaitingRescore: string[];
  actions: MitigationPlanAction[];
}

export function measureView(m: IMitigationMeasure, today: CalendarDay): MeasureView {
  const deadline = toDay(m.deadline);
  return {
    id: m.id,
    risk: {
      id: m.risk.id,
      number: m.risk.number,
      register: m.risk.register,
      processOrDocument: m.risk.processOrDocument,
      level: m.risk.level,
      status: m.risk.status,
      confidentiality: m.risk.confidentiality,
      published: m.risk.published,
    },
    measure: m.measure,
    executor: { id: m.executor.id, fullName: m.executor.fullName },
    deadline,
    completionForm: m.completionForm,
    status: m.status,
    progressNote: m.progressNote ?? null,
    evidenceLink: m.evidenceLink ?? null,
    evidenceNote: m.evidenceNote ?? null,
    doneOn: m.doneOn ? toDay(m.doneOn) : null,
    linkedKpi: m.linkedKpi ?? null,
    overdue: m.status !== 'done' && deadline < today,
  };
}

/** The plan with its measures (one statement, risks and executors joined), as the actor sees it. */
export async function mitigationPlanView(
  em: EntityManager,
  actor: Actor,
  plan: IMitigationPlan,
  today: CalendarDay,
): Promise<MitigationPlanView> {
  const measures = await em.find(
    MitigationMeasure,
    { plan: plan.id },
    { populate: ['risk', 'executor'], orderBy: { risk: { number: 'asc' }, deadline: 'asc', id: 'asc' } },
  );
  const organization = await em.findOneOrFail(Organization, actor.organizationId);
  const approvalRequired = organization.kind === 'state_body';
  const keeper = hasAnyRole(actor, COMPLIANCE_KEEPERS);
  const actions: MitigationPlanAction[] = [];
  if (keeper) actions.push('report');
  if (keeper && plan.status === 'draft') actions.push('edit');
  if (plan.status === 'draft' && measures.length > 0 && hasAnyRole(actor, COMPLIANCE_APPROVERS)) {
    actions.push('approve');
  }
  if (keeper && !plan.publishedAt && (plan.status === 'approved' || !approvalRequired))
    actions.push('publish');
  const approvedBy = plan.approvedBy ? await em.findOneOrFail(Person, plan.approvedBy.id) : null;
  return {
    id: plan.id,
    year: plan.year,
    status: plan.status,
    approvalRequired,
    approvedBy: approvedBy ? { id: approvedBy.id, fullName: approvedBy.fullName } : null,
    approvedAt: plan.approvedAt ?? null,
    controlledBy: plan.controlledBy ?? null,
    publishedAt: plan.publishedAt ?? null,
    measures: measures.map((m) => measureView(m, today)),
    awaitingRescore: await awaitingRescore(em, actor.organizationId, plan.id),
    actions,
  };
}

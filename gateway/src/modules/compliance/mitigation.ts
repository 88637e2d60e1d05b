import {
  COMPLIANCE_APPROVERS,
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  MEASURE_STATUSES,
  MITIGATION_PLAN_STATUSES,
  RISK_CONFIDENTIALITY,
  RISK_LEVELS,
  RISK_REGISTERS,
  RISK_STATUSES,
  addMitigationMeasure,
  approveMitigationPlan,
  createMitigationPlan,
  mitigationPlan,
  publishMitigationPlan,
  reportMitigationMeasure,
  updateMitigationMeasure,
  type MeasureRiskView,
  type MeasureView,
  type MitigationPlanAction,
  type MitigationPlanView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { PersonRefType } from '../hotline/person-ref.js';

export const RiskRegisterEnum = builder.enumType('MitigationRiskRegister', { values: RISK_REGISTERS });
export const RiskLevelEnum = builder.enumType('MitigationRiskLevel', { values: RISK_LEVELS });
export const RiskConfidentialityEnum = builder.enumType('MitigationRiskConfidentiality', {
  values: RISK_CONFIDENTIALITY,
});
const RiskStatusEnum = builder.enumType('MitigationRiskStatus', { values: RISK_STATUSES });
const PlanStatusEnum = builder.enumType('MitigationPlanStatus', { values: MITIGATION_PLAN_STATUSES });
export const MeasureStatusEnum = builder.enumType('MitigationMeasureStatus', { values: MEASURE_STATUSES });
const PlanActionEnum = builder.enumType('MitigationPlanAction', {
  values: ['edit', 'approve', 'publish', 'report'] as const satisfies readonly MitigationPlanAction[],
});

const MeasureRiskRef = builder.objectRef<MeasureRiskView>('MitigationMeasureRisk');
builder.objectType(MeasureRiskRef, {
  description: 'The risk of the register a measure answers.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number', { description: 'Shown as № 7.' }),
    register: t.field({ type: RiskRegisterEnum, resolve: (r) => r.register }),
    processOrDocument: t.exposeString('processOrDocument'),
    level: t.field({ type: RiskLevelEnum, resolve: (r) => r.level }),
    status: t.field({ type: RiskStatusEnum, resolve: (r) => r.status }),
    confidentiality: t.field({ type: RiskConfidentialityEnum, resolve: (r) => r.confidentiality }),
    published: t.exposeBoolean('published'),
  }),
});

export const MitigationMeasureRef = builder.objectRef<MeasureView>('MitigationMeasure');
builder.objectType(MitigationMeasureRef, {
  description: '§9.3: a measure of the plan: the measure, its deadline, executor and form of completion.',
  fields: (t) => ({
    id: t.exposeID('id'),
    risk: t.field({ type: MeasureRiskRef, resolve: (m) => m.risk }),
    measure: t.exposeString('measure'),
    executor: t.field({ type: PersonRefType, resolve: (m) => m.executor }),
    deadline: t.exposeString('deadline', { description: 'YYYY-MM-DD' }),
    completionForm: t.exposeString('completionForm'),
    status: t.field({ type: MeasureStatusEnum, resolve: (m) => m.status }),
    progressNote: t.exposeString('progressNote', { nullable: true }),
    evidenceLink: t.exposeString('evidenceLink', { nullable: true }),
    evidenceNote: t.exposeString('evidenceNote', { nullable: true }),
    doneOn: t.exposeString('doneOn', { nullable: true, description: 'YYYY-MM-DD' }),
    linkedKpi: t.exposeString('linkedKpi', {
      nullable: true,
      description: '§9.3, §5.3: the responsible people’s KPI the measure is linked to.',
    }),
    overdue: t.exposeBoolean('overdue'),
  }),
});

const MitigationPlanRef = builder.objectRef<MitigationPlanView>('MitigationPlan');
builder.objectType(MitigationPlanRef, {
  description: '§9.3: the corruption-risk elimination plan of a year.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    status: t.field({ type: PlanStatusEnum, resolve: (p) => p.status }),
    approvalRequired: t.exposeBoolean('approvalRequired', {
      description: '§9.3: a state body’s plan is approved by the first head before it is published.',
    }),
    approvedBy: t.field({ type: PersonRefType, nullable: true, resolve: (p) => p.approvedBy }),
    approvedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (p) => p.approvedAt }),
    controlledBy: t.exposeString('controlledBy', { nullable: true }),
    publishedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (p) => p.publishedAt }),
    measures: t.field({ type: [MitigationMeasureRef], resolve: (p) => p.measures }),
    awaitingRescore: t.exposeIDList('awaitingRescore', {
      description: 'The risks whose measures are all done, waiting for re-scoring.',
    }),
    actions: t.field({ type: [PlanActionEnum], resolve: (p) => p.actions }),
  }),
});

builder.queryField('mitigationPlan', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: MitigationPlanRef,
    nullable: true,
    description: '§9.3: the year’s elimination plan with its measures; null when none is made.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => mitigationPlan(context.em, context.actor, year, new Date()),
  }),
);

builder.mutationField('createMitigationPlan', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: MitigationPlanRef,
    description: '§9.3: makes the year’s plan; one per year (a second is a CONFLICT).',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) =>
      context.em.transactional((em) => createMitigationPlan(em, context.actor, year, new Date())),
  }),
);

builder.mutationField('approveMitigationPlan', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_APPROVERS }).field({
    type: MitigationPlanRef,
    description: '§9.3: the first head approves the plan; the day and the approver are recorded.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => approveMitigationPlan(em, context.actor, String(id), new Date())),
  }),
);

builder.mutationField('publishMitigationPlan', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: MitigationPlanRef,
    description:
      '§9.4: publishes the plan (its published risks’ measures show on the public page). §9.3: a state body’s ' +
      'plan must be approved first (CONFLICT); elsewhere an unapproved plan names who controls it.',
    args: { id: t.arg.id({ required: true }), controlledBy: t.arg.string() },
    resolve: (_root, { id, controlledBy }, context) =>
      context.em.transactional((em) =>
        publishMitigationPlan(em, context.actor, String(id), controlledBy ?? null, new Date()),
      ),
  }),
);

const MeasureInput = builder.inputType('MitigationMeasureInput', {
  fields: (t) => ({
    planId: t.id({ required: true }),
    riskId: t.id({ required: true }),
    measure: t.string({ required: true }),
    executorId: t.id({ required: true }),
    deadline: t.string({ required: true, description: 'YYYY-MM-DD' }),
    completionForm: t.string({ required: true }),
    linkedKpi: t.string(),
  }),
});

builder.mutationField('addMitigationMeasure', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: MitigationMeasureRef,
    description: '§9.3: adds a measure to the draft plan; an approved plan is frozen (CONFLICT).',
    args: { input: t.arg({ type: MeasureInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        addMitigationMeasure(
          em,
          context.actor,
          String(input.planId),
          {
            riskId: String(input.riskId),
            measure: input.measure,
            executorId: String(input.executorId),
            deadline: input.deadline,
            completionForm: input.completionForm,
            linkedKpi: input.linkedKpi ?? null,
          },
          new Date(),
        ),
      ),
  }),
);

const MeasureUpdateInput = builder.inputType('MitigationMeasureUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    riskId: t.id(),
    measure: t.string(),
    executorId: t.id(),
    deadline: t.string({ description: 'YYYY-MM-DD' }),
    completionForm: t.string(),
    linkedKpi: t.string(),
  }),
});

builder.mutationField('updateMitigationMeasure', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: MitigationMeasureRef,
    description: '§9.3: changes a measure of the draft plan; an approved plan is frozen (CONFLICT).',
    args: { input: t.arg({ type: MeasureUpdateInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        updateMitigationMeasure(
          em,
          context.actor,
          {
            id: String(input.id),
            ...(input.riskId != null ? { riskId: String(input.riskId) } : {}),
            ...(input.measure != null ? { measure: input.measure } : {}),
            ...(input.executorId != null ? { executorId: String(input.executorId) } : {}),
            ...(input.deadline != null ? { deadline: input.deadline } : {}),
            ...(input.completionForm != null ? { completionForm: input.completionForm } : {}),
            ...(input.linkedKpi !== undefined ? { linkedKpi: input.linkedKpi } : {}),
          },
          new Date(),
        ),
      ),
  }),
);

const MeasureReportInput = builder.inputType('MitigationMeasureReportInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    status: t.field({ type: MeasureStatusEnum, required: true }),
    progressNote: t.string(),
    evidenceLink: t.string({ description: 'An https link to the evidence.' }),
    evidenceNote: t.string(),
    doneOn: t.string({ description: 'YYYY-MM-DD; today when done without it.' }),
  }),
});

builder.mutationField('reportMitigationMeasure', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: MitigationMeasureRef,
    description:
      'The measure’s progress, status and evidence (an https link and/or a short note); done needs evidence.',
    args: { input: t.arg({ type: MeasureReportInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        reportMitigationMeasure(
          em,
          context.actor,
          {
            id: String(input.id),
            status: input.status,
            ...(input.progressNote !== undefined ? { progressNote: input.progressNote } : {}),
            ...(input.evidenceLink !== undefined ? { evidenceLink: input.evidenceLink } : {}),
            ...(input.evidenceNote !== undefined ? { evidenceNote: input.evidenceNote } : {}),
            ...(input.doneOn !== undefined ? { doneOn: input.doneOn } : {}),
          },
          new Date(),
        ),
      ),
  }),
);

import {
  CULTURE_APPROVERS,
  CULTURE_PLANNERS,
  CULTURE_READERS,
  PLAN_STATUSES,
  amendCulturePlan,
  approveCulturePlan,
  closeCulturePlan,
  createCulturePlan,
  culturePlan,
  culturePlanVersion,
  culturePlanYears,
  returnCulturePlan,
  submitCulturePlan,
  updateCulturePlan,
  type ActivitySnapshot,
  type PlanAction,
  type PlanVersionSummary,
  type PlanVersionView,
  type PlanView,
  type PlanWarning,
  type PlanYear,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { PersonRefType } from '../hotline/person-ref.js';
import {
  ActivityAudienceEnum,
  ActivityKindEnum,
  ActivityTopicEnum,
  CheckFormEnum,
  CultureActivityRef,
} from './culture-activity.js';
import { RoleEnum } from '../kernel/role.js';

export const PlanStatusEnum = builder.enumType('CulturePlanStatus', { values: PLAN_STATUSES });
const PlanActionEnum = builder.enumType('CulturePlanAction', {
  values: ['edit', 'submit', 'approve', 'return', 'amend', 'close'] as const satisfies readonly PlanAction[],
});

const PlanPeriodRef = builder.objectRef<PlanWarning['period']>('CulturePlanPeriod');
builder.objectType(PlanPeriodRef, {
  description: 'A stretch of the plan’s year: H1, H2, Q1–Q4 or the whole year.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'H1, H2, Q1, Q2, Q3, Q4 or year' }),
    from: t.exposeString('from', { description: 'YYYY-MM-DD' }),
    to: t.exposeString('to', { description: 'YYYY-MM-DD' }),
  }),
});

const PlanWarningRef = builder.objectRef<PlanWarning>('CulturePlanWarning');
builder.objectType(PlanWarningRef, {
  description:
    'A recurring event the methodology asks for, missing from a period of the plan or not done once the period ended.',
  fields: (t) => ({
    rule: t.exposeString('rule'),
    paragraph: t.exposeString('paragraph'),
    period: t.field({ type: PlanPeriodRef, resolve: (w) => w.period }),
    state: t.exposeString('state', { description: 'missing or overdue' }),
  }),
});

const PlanVersionSummaryRef = builder.objectRef<PlanVersionSummary>('CulturePlanVersionSummary');
builder.objectType(PlanVersionSummaryRef, {
  fields: (t) => ({
    number: t.exposeInt('number'),
    reason: t.exposeString('reason', { nullable: true }),
    approvedBy: t.field({ type: PersonRefType, resolve: (v) => v.approvedBy }),
    approvedAt: t.field({ type: DateTimeScalar, resolve: (v) => v.approvedAt }),
  }),
});

const CulturePlanRef = builder.objectRef<PlanView>('CulturePlan');
builder.objectType(CulturePlanRef, {
  description: '§35.1: the yearly plan of events for forming an anti-corruption culture.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    status: t.field({ type: PlanStatusEnum, resolve: (p) => p.status }),
    version: t.exposeInt('version'),
    riskBasis: t.exposeString('riskBasis', { nullable: true }),
    targetPassed: t.exposeInt('targetPassed', { nullable: true }),
    mergedInto: t.exposeString('mergedInto', { nullable: true }),
    mergedNote: t.exposeString('mergedNote', { nullable: true }),
    copiedFromYear: t.exposeInt('copiedFromYear', { nullable: true }),
    amendmentReason: t.exposeString('amendmentReason', { nullable: true }),
    returnNote: t.exposeString('returnNote', { nullable: true }),
    submittedBy: t.field({ type: PersonRefType, nullable: true, resolve: (p) => p.submittedBy }),
    submittedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (p) => p.submittedAt }),
    closingReport: t.exposeString('closingReport', { nullable: true }),
    closedBy: t.field({ type: PersonRefType, nullable: true, resolve: (p) => p.closedBy }),
    closedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (p) => p.closedAt }),
    activities: t.field({ type: [CultureActivityRef], resolve: (p) => p.activities }),
    warnings: t.field({ type: [PlanWarningRef], resolve: (p) => p.warnings }),
    versions: t.field({ type: [PlanVersionSummaryRef], resolve: (p) => p.versions }),
    actions: t.field({ type: [PlanActionEnum], resolve: (p) => p.actions }),
  }),
});

const PlanYearRef = builder.objectRef<PlanYear>('CulturePlanYear');
builder.objectType(PlanYearRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    status: t.field({ type: PlanStatusEnum, resolve: (p) => p.status }),
  }),
});

const ActivitySnapshotRef = builder.objectRef<ActivitySnapshot>('CultureActivitySnapshot');
builder.objectType(ActivitySnapshotRef, {
  description: 'An activity as an approved version froze it: the plan’s columns (§35.1).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ActivityKindEnum, resolve: (a) => a.kind }),
    topics: t.field({ type: [ActivityTopicEnum], resolve: (a) => a.topics }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    audience: t.field({ type: ActivityAudienceEnum, resolve: (a) => a.audience }),
    role: t.field({ type: RoleEnum, nullable: true, resolve: (a) => a.role }),
    deadline: t.exposeString('deadline', { description: 'YYYY-MM-DD' }),
    risks: t.exposeStringList('risks'),
    checkForm: t.field({ type: CheckFormEnum, resolve: (a) => a.checkForm }),
    checkNoneReason: t.exposeString('checkNoneReason', { nullable: true }),
    plannedParticipants: t.exposeInt('plannedParticipants', { nullable: true }),
  }),
});

const PlanVersionRef = builder.objectRef<PlanVersionView>('CulturePlanVersion');
builder.objectType(PlanVersionRef, {
  description: '§35.1: an approved version as the first head approved it; later versions never change it.',
  fields: (t) => ({
    planId: t.exposeID('planId'),
    year: t.exposeInt('year'),
    number: t.exposeInt('number'),
    reason: t.exposeString('reason', { nullable: true }),
    riskBasis: t.exposeString('riskBasis', { nullable: true }),
    targetPassed: t.exposeInt('targetPassed', { nullable: true }),
    approvedBy: t.field({ type: PersonRefType, resolve: (v) => v.approvedBy }),
    approvedAt: t.field({ type: DateTimeScalar, resolve: (v) => v.approvedAt }),
    activities: t.field({ type: [ActivitySnapshotRef], resolve: (v) => v.activities }),
  }),
});

builder.queryField('culturePlan', (t) =>
  t.withAuth({ anyRole: CULTURE_READERS }).field({
    type: CulturePlanRef,
    nullable: true,
    description:
      '§35.1: the year’s plan with its activities, the warnings of its rules and its versions; null when none is made.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => culturePlan(context.em, context.actor, year, new Date()),
  }),
);

builder.queryField('culturePlanYears', (t) =>
  t.withAuth({ anyRole: CULTURE_READERS }).field({
    type: [PlanYearRef],
    description: 'Every plan of the organisation, the latest year first.',
    resolve: (_root, _args, context) => culturePlanYears(context.em, context.actor),
  }),
);

builder.queryField('culturePlanVersion', (t) =>
  t.withAuth({ anyRole: CULTURE_READERS }).field({
    type: PlanVersionRef,
    description: '§35.1: an approved version, readable as it was approved.',
    args: { planId: t.arg.id({ required: true }), number: t.arg.int({ required: true }) },
    resolve: (_root, { planId, number }, context) =>
      culturePlanVersion(context.em, context.actor, String(planId), number),
  }),
);

builder.mutationField('createCulturePlan', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: CulturePlanRef,
    description:
      '§35.1: makes the year’s plan, empty or as a copy of another year’s plan (its activities moved to the year, without their execution). One per year: a second is a CONFLICT.',
    args: { year: t.arg.int({ required: true }), copyFrom: t.arg.id() },
    resolve: (_root, { year, copyFrom }, context) =>
      context.em.transactional((em) =>
        createCulturePlan(em, context.actor, year, copyFrom ? String(copyFrom) : null, new Date()),
      ),
  }),
);

const PlanDetailsInput = builder.inputType('CulturePlanDetailsInput', {
  fields: (t) => ({
    riskBasis: t.string({ description: '§35.1: the corruption-risk analysis the plan is drawn from.' }),
    targetPassed: t.int({
      description: '§35.3: how many employees are to pass the test with at least 60 %.',
    }),
    mergedInto: t.string({
      description: '§35.1: the other plan of the organisation this one is merged into.',
    }),
    mergedNote: t.string(),
  }),
});

builder.mutationField('updateCulturePlan', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: CulturePlanRef,
    description: 'The draft’s own fields; an approved version is frozen (CONFLICT).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PlanDetailsInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) => updateCulturePlan(em, context.actor, String(id), input, new Date())),
  }),
);

builder.mutationField('submitCulturePlan', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: CulturePlanRef,
    description: '§35.1: sends the draft to the first head for approval.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => submitCulturePlan(em, context.actor, String(id), new Date())),
  }),
);

builder.mutationField('approveCulturePlan', (t) =>
  t.withAuth({ anyRole: CULTURE_APPROVERS }).field({
    type: CulturePlanRef,
    description: '§35.1: the first head approves the submitted version, which is frozen as approved.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => approveCulturePlan(em, context.actor, String(id), new Date())),
  }),
);

builder.mutationField('returnCulturePlan', (t) =>
  t.withAuth({ anyRole: CULTURE_APPROVERS }).field({
    type: CulturePlanRef,
    description: 'The first head sends the submitted plan back to draft, saying what to change.',
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true }) },
    resolve: (_root, { id, note }, context) =>
      context.em.transactional((em) => returnCulturePlan(em, context.actor, String(id), note, new Date())),
  }),
);

builder.mutationField('amendCulturePlan', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: CulturePlanRef,
    description:
      '§35.1: starts the next version of an approved plan, with its reason; the approved one stays readable.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, context) =>
      context.em.transactional((em) => amendCulturePlan(em, context.actor, String(id), reason, new Date())),
  }),
);

builder.mutationField('closeCulturePlan', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: CulturePlanRef,
    description: 'Closes the approved plan with the report on its execution.',
    args: { id: t.arg.id({ required: true }), report: t.arg.string({ required: true }) },
    resolve: (_root, { id, report }, context) =>
      context.em.transactional((em) => closeCulturePlan(em, context.actor, String(id), report, new Date())),
  }),
);

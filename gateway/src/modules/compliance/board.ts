import {
  BOARD_REPORT_PERIODS,
  BOARD_REPORT_STATUSES,
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  MANAGEMENT_ACTIVITY_KINDS,
  RESOURCE_ASSESSMENTS,
  RESOURCE_REQUESTS,
  addManagementActivity,
  boardReport,
  boardReports,
  createBoardReport,
  createManagementPlan,
  managementPlans,
  markBoardReportRead,
  recordManagementParticipation,
  setManagementPlanMembers,
  submitBoardReport,
  updateBoardReport,
  type BoardReportFigures,
  type BoardReportKpi,
  type BoardReportSummary,
  type BoardReportView,
  type ManagementActivityView,
  type ManagementMemberView,
  type ManagementPlanView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { PersonRefType } from '../hotline/person-ref.js';

// §66, §69: the compliance service's periodic report to the board; §74.2: the management plan.

const PeriodEnum = builder.enumType('BoardReportPeriod', {
  description: 'h1: January–June; h2: July–December; year: the whole year.',
  values: BOARD_REPORT_PERIODS,
});
const StatusEnum = builder.enumType('BoardReportStatus', { values: BOARD_REPORT_STATUSES });
const AssessmentEnum = builder.enumType('ResourceAssessment', {
  description: '§66.2: whether the compliance service’s resources suffice.',
  values: RESOURCE_ASSESSMENTS,
});
const RequestEnum = builder.enumType('ResourceRequest', { values: RESOURCE_REQUESTS });
const ActivityKindEnum = builder.enumType('ManagementActivityKind', { values: MANAGEMENT_ACTIVITY_KINDS });

const KpiRef = builder.objectRef<BoardReportKpi>('BoardReportKpi');
builder.objectType(KpiRef, {
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.field({ type: LocalizedTextRef, resolve: (k) => k.title }),
    paragraph: t.exposeString('paragraph'),
    unit: t.exposeString('unit', { description: 'count or percent' }),
    value: t.exposeFloat('value', { nullable: true, description: 'Null: no data for the period.' }),
    numerator: t.exposeFloat('numerator', { nullable: true }),
    denominator: t.exposeFloat('denominator', { nullable: true }),
    target: t.exposeFloat('target', { nullable: true }),
    met: t.exposeBoolean('met', { nullable: true }),
  }),
});

const RiskCountsRef = builder.objectRef<BoardReportFigures['openRisks']>('BoardReportRiskCounts');
builder.objectType(RiskCountsRef, {
  fields: (t) => ({
    low: t.exposeInt('low'),
    medium: t.exposeInt('medium'),
    high: t.exposeInt('high'),
    critical: t.exposeInt('critical'),
  }),
});

const MeasureCountsRef = builder.objectRef<BoardReportFigures['measures']>('BoardReportMeasureCounts');
builder.objectType(MeasureCountsRef, {
  fields: (t) => ({
    total: t.exposeInt('total'),
    done: t.exposeInt('done'),
    overdue: t.exposeInt('overdue'),
  }),
});

const FiguresRef = builder.objectRef<BoardReportFigures>('BoardReportFigures');
builder.objectType(FiguresRef, {
  description: '§66.1: the figures a draft shows as of now, and a submitted report as they were.',
  fields: (t) => ({
    takenAt: t.field({ type: DateTimeScalar, resolve: (f) => new Date(f.takenAt) }),
    kpis: t.field({ type: [KpiRef], resolve: (f) => f.kpis }),
    openRisks: t.field({ type: RiskCountsRef, resolve: (f) => f.openRisks }),
    measures: t.field({
      type: MeasureCountsRef,
      description: 'The plans’ measures due within the period.',
      resolve: (f) => f.measures,
    }),
    responsiblePeople: t.exposeInt('responsiblePeople'),
    minResponsiblePeople: t.exposeInt('minResponsiblePeople', { description: '§5: at least 3.' }),
  }),
});

const SummaryRef = builder.objectRef<BoardReportSummary>('BoardReportSummary');
builder.objectType(SummaryRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    period: t.field({ type: PeriodEnum, resolve: (r) => r.period }),
    status: t.field({ type: StatusEnum, resolve: (r) => r.status }),
    resourceAssessment: t.field({
      type: AssessmentEnum,
      nullable: true,
      resolve: (r) => r.resourceAssessment,
    }),
    submittedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (r) => r.submittedAt }),
    submittedBy: t.field({ type: PersonRefType, nullable: true, resolve: (r) => r.submittedBy }),
    readByMe: t.exposeBoolean('readByMe'),
  }),
});

const ReportRef = builder.objectRef<BoardReportView>('BoardReport');
builder.objectType(ReportRef, {
  description: '§66.1–§66.2, §69: the compliance service’s periodic report to the board.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    period: t.field({ type: PeriodEnum, resolve: (r) => r.period }),
    status: t.field({ type: StatusEnum, resolve: (r) => r.status }),
    statusAndPlans: t.exposeString('statusAndPlans', { nullable: true }),
    highRiskIssues: t.exposeString('highRiskIssues', { nullable: true }),
    processResults: t.exposeString('processResults', { nullable: true }),
    resourceAssessment: t.field({
      type: AssessmentEnum,
      nullable: true,
      resolve: (r) => r.resourceAssessment,
    }),
    resourceReason: t.exposeString('resourceReason', { nullable: true }),
    resourceRequests: t.field({ type: [RequestEnum], resolve: (r) => r.resourceRequests }),
    resourceRequestNote: t.exposeString('resourceRequestNote', { nullable: true }),
    figures: t.field({ type: FiguresRef, resolve: (r) => r.figures }),
    createdBy: t.field({ type: PersonRefType, resolve: (r) => r.createdBy }),
    updatedAt: t.field({ type: DateTimeScalar, resolve: (r) => r.updatedAt }),
    submittedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (r) => r.submittedAt }),
    submittedBy: t.field({ type: PersonRefType, nullable: true, resolve: (r) => r.submittedBy }),
    readByMe: t.exposeBoolean('readByMe'),
  }),
});

const ActivityRef = builder.objectRef<ManagementActivityView>('ManagementActivity');
builder.objectType(ActivityRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    kind: t.field({ type: ActivityKindEnum, resolve: (a) => a.kind }),
    plannedOn: t.exposeString('plannedOn', { description: 'YYYY-MM-DD' }),
    participatedOn: t.exposeString('participatedOn', { nullable: true, description: 'YYYY-MM-DD' }),
  }),
});

const MemberRef = builder.objectRef<ManagementMemberView>('ManagementPlanMember');
builder.objectType(MemberRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.exposeString('fullName'),
    activities: t.field({ type: [ActivityRef], resolve: (m) => m.activities }),
    tookPart: t.exposeBoolean('tookPart'),
  }),
});

const PlanRef = builder.objectRef<ManagementPlanView>('ManagementPlan');
builder.objectType(PlanRef, {
  description: '§74.2: the plan for management’s part in promoting anti-corruption, for a year.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    members: t.field({ type: [MemberRef], resolve: (p) => p.members }),
    updatedAt: t.field({ type: DateTimeScalar, resolve: (p) => p.updatedAt }),
  }),
});

builder.queryField('boardReports', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: [SummaryRef],
    description: '§69: the reports to the board, the latest first; drafts to the compliance staff only.',
    resolve: (_root, _args, context) => boardReports(context.em, context.actor),
  }),
);

builder.queryField('boardReport', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: ReportRef,
    description: 'One report with its figures; a draft to anyone but the compliance staff is NOT_FOUND.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => boardReport(context.em, context.actor, String(id), new Date()),
  }),
);

builder.queryField('managementPlans', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: [PlanRef],
    description: '§74.2: the management plans, the latest year first.',
    resolve: (_root, _args, context) => managementPlans(context.em, context.actor),
  }),
);

builder.mutationField('createBoardReport', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ReportRef,
    description: '§66.1: starts the report for a period that has begun; one per period (CONFLICT).',
    args: {
      year: t.arg.int({ required: true }),
      period: t.arg({ type: PeriodEnum, required: true }),
    },
    resolve: (_root, { year, period }, context) =>
      context.em.transactional((em) => createBoardReport(em, context.actor, { year, period }, new Date())),
  }),
);

const ReportInput = builder.inputType('BoardReportInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    statusAndPlans: t.string(),
    highRiskIssues: t.string(),
    processResults: t.string(),
    resourceAssessment: t.field({ type: AssessmentEnum }),
    resourceReason: t.string(),
    resourceRequests: t.field({ type: [RequestEnum] }),
    resourceRequestNote: t.string(),
  }),
});

builder.mutationField('updateBoardReport', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ReportRef,
    description: '§66.1–§66.2: the draft’s text and resource assessment; a submitted one is CONFLICT.',
    args: { input: t.arg({ type: ReportInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        updateBoardReport(em, context.actor, { ...input, id: String(input.id) }, new Date()),
      ),
  }),
);

builder.mutationField('submitBoardReport', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ReportRef,
    description:
      '§66.2, §69: submits the report, its figures kept as they are now; the resource assessment is required ' +
      '(VALIDATION); submitted twice is a CONFLICT.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => submitBoardReport(em, context.actor, String(id), new Date())),
  }),
);

builder.mutationField('markBoardReportRead', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: SummaryRef,
    description: '§69: the reader has read the submitted report (its My work item is gone).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => markBoardReportRead(em, context.actor, String(id), new Date())),
  }),
);

builder.mutationField('createManagementPlan', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: PlanRef,
    description: '§74.2: the year’s plan for management, naming its members; one per year (CONFLICT).',
    args: {
      year: t.arg.int({ required: true }),
      memberIds: t.arg.idList({ required: true }),
    },
    resolve: (_root, { year, memberIds }, context) =>
      context.em.transactional((em) =>
        createManagementPlan(em, context.actor, { year, memberIds: memberIds.map(String) }, new Date()),
      ),
  }),
);

builder.mutationField('setManagementPlanMembers', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: PlanRef,
    description: '§74.2: the plan’s members; one with activities in the plan stays (VALIDATION).',
    args: {
      planId: t.arg.id({ required: true }),
      memberIds: t.arg.idList({ required: true }),
    },
    resolve: (_root, { planId, memberIds }, context) =>
      context.em.transactional((em) =>
        setManagementPlanMembers(
          em,
          context.actor,
          { planId: String(planId), memberIds: memberIds.map(String) },
          new Date(),
        ),
      ),
  }),
);

const ActivityInput = builder.inputType('ManagementActivityInput', {
  fields: (t) => ({
    planId: t.id({ required: true }),
    personId: t.id({ required: true }),
    title: t.string({ required: true }),
    kind: t.field({ type: ActivityKindEnum, required: true }),
    plannedOn: t.string({ required: true, description: 'YYYY-MM-DD, within the plan’s year.' }),
  }),
});

builder.mutationField('addManagementActivity', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: PlanRef,
    description: '§66.3, §74.2: an activity a member of management is to take part in.',
    args: { input: t.arg({ type: ActivityInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        addManagementActivity(
          em,
          context.actor,
          { ...input, planId: String(input.planId), personId: String(input.personId) },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('recordManagementParticipation', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: PlanRef,
    description: '§74.2: the day the member took part (not after today), or null to clear it.',
    args: {
      activityId: t.arg.id({ required: true }),
      participatedOn: t.arg.string({ description: 'YYYY-MM-DD' }),
    },
    resolve: (_root, { activityId, participatedOn }, context) =>
      context.em.transactional((em) =>
        recordManagementParticipation(
          em,
          context.actor,
          { activityId: String(activityId), participatedOn: participatedOn ?? null },
          new Date(),
        ),
      ),
  }),
);

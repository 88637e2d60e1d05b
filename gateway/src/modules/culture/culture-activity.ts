import {
  ACTIVITY_AUDIENCES,
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  ACTIVITY_TOPICS,
  CHECK_FORMS,
  CULTURE_PLANNERS,
  EVIDENCE_KINDS,
  addCultureActivity,
  addCultureEvidence,
  cultureActivity,
  removeCultureActivity,
  removeCultureEvidence,
  reportCultureActivity,
  updateCultureActivity,
  type ActivityAction,
  type ActivityResults,
  type ActivityView,
  type EvidenceView,
  type Incentive,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { FileScalar } from '../kernel/file.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { RoleEnum } from '../kernel/role.js';
import { PersonRefType } from '../hotline/person-ref.js';
import { loadRiskChoices, RiskChoiceRef } from '../compliance/risk.js';

export const ActivityKindEnum = builder.enumType('CultureActivityKind', {
  description: '§32: educational, informational or organisational.',
  values: ACTIVITY_KINDS,
});
export const ActivityTopicEnum = builder.enumType('CultureActivityTopic', {
  description:
    'What an activity is about, where another chapter asks for a recurring event (§19, §39, §29, §5.4, §52.3, §38.1).',
  values: ACTIVITY_TOPICS,
});
export const CheckFormEnum = builder.enumType('CultureCheckForm', {
  description: '§35.1, §33: how the knowledge gained is checked.',
  values: CHECK_FORMS,
});
export const ActivityAudienceEnum = builder.enumType('CultureActivityAudience', {
  values: ACTIVITY_AUDIENCES,
});
export const ActivityStatusEnum = builder.enumType('CultureActivityStatus', { values: ACTIVITY_STATUSES });
const EvidenceKindEnum = builder.enumType('CultureEvidenceKind', { values: EVIDENCE_KINDS });
const ActivityActionEnum = builder.enumType('CultureActivityAction', {
  values: ['edit', 'remove', 'report', 'add_evidence'] as const satisfies readonly ActivityAction[],
});
const IncentiveKindEnum = builder.enumType('CultureIncentiveKind', {
  values: ['financial', 'non_financial'] as const,
});

const IncentiveRef = builder.objectRef<Incentive>('CultureIncentive');
builder.objectType(IncentiveRef, {
  description: '§35.5: an incentive given for thematic training.',
  fields: (t) => ({
    kind: t.field({ type: IncentiveKindEnum, resolve: (i) => i.kind }),
    description: t.exposeString('description'),
    people: t.exposeInt('people'),
  }),
});

const EvidenceRef = builder.objectRef<EvidenceView>('CultureEvidence');
builder.objectType(EvidenceRef, {
  description: 'What shows an activity was held; a file is downloaded from /culture/evidence/<id>.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: EvidenceKindEnum, resolve: (e) => e.kind }),
    title: t.exposeString('title'),
    url: t.exposeString('url', { nullable: true }),
    fileName: t.exposeString('fileName', { nullable: true }),
    contentType: t.exposeString('contentType', { nullable: true }),
    sizeBytes: t.exposeInt('sizeBytes', { nullable: true }),
    addedBy: t.field({ type: PersonRefType, resolve: (e) => e.addedBy }),
    addedAt: t.field({ type: DateTimeScalar, resolve: (e) => e.addedAt }),
  }),
});

const ResultsRef = builder.objectRef<ActivityResults>('CultureActivityResults');
builder.objectType(ResultsRef, {
  description:
    '§35.3: from the linked course (tests finished in the plan’s year) or session (its attendance).',
  fields: (t) => ({
    participants: t.exposeInt('participants'),
    passed: t.exposeInt('passed', { description: 'With at least 60 %.' }),
  }),
});

export const LinkedCourseRef = builder.objectRef<NonNullable<ActivityView['course']>>('CultureLinkedCourse');
builder.objectType(LinkedCourseRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.field({ type: LocalizedTextRef, resolve: (c) => c.title }),
  }),
});

export const LinkedSessionRef =
  builder.objectRef<NonNullable<ActivityView['session']>>('CultureLinkedSession');
builder.objectType(LinkedSessionRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    topic: t.field({ type: LocalizedTextRef, resolve: (s) => s.topic }),
    plannedOn: t.exposeString('plannedOn', { description: 'YYYY-MM-DD' }),
  }),
});

export const CultureActivityRef = builder.objectRef<ActivityView>('CultureActivity');
builder.objectType(CultureActivityRef, {
  description:
    '§35.1: an entry of the plan — the task, its deadline, who answers for it, how knowledge is checked — and its execution.',
  fields: (t) => ({
    id: t.exposeID('id'),
    planId: t.exposeID('planId'),
    planYear: t.exposeInt('planYear'),
    kind: t.field({ type: ActivityKindEnum, resolve: (a) => a.kind }),
    topics: t.field({ type: [ActivityTopicEnum], resolve: (a) => a.topics }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    audience: t.field({ type: ActivityAudienceEnum, resolve: (a) => a.audience }),
    orgUnitIds: t.exposeIDList('orgUnitIds'),
    role: t.field({ type: RoleEnum, nullable: true, resolve: (a) => a.role }),
    deadline: t.exposeString('deadline', { description: 'YYYY-MM-DD' }),
    responsible: t.field({ type: [PersonRefType], resolve: (a) => a.responsible }),
    risks: t.exposeStringList('risks'),
    riskIds: t.idList({
      description: '§9.1, §34: the risks of the register it answers.',
      resolve: (a) => a.riskIds ?? [],
    }),
    answeredRisks: t.loadable({
      type: [RiskChoiceRef],
      nullable: { list: false, items: true },
      description: '§9.1, §34: the risks of `riskIds`, by number and process, in their order.',
      load: loadRiskChoices,
      resolve: (a) => a.riskIds ?? [],
    }),
    checkForm: t.field({ type: CheckFormEnum, resolve: (a) => a.checkForm }),
    checkNoneReason: t.exposeString('checkNoneReason', { nullable: true }),
    course: t.field({ type: LinkedCourseRef, nullable: true, resolve: (a) => a.course }),
    session: t.field({ type: LinkedSessionRef, nullable: true, resolve: (a) => a.session }),
    plannedParticipants: t.exposeInt('plannedParticipants', { nullable: true }),
    status: t.field({ type: ActivityStatusEnum, resolve: (a) => a.status }),
    overdue: t.exposeBoolean('overdue'),
    heldOn: t.exposeString('heldOn', { nullable: true, description: 'YYYY-MM-DD' }),
    actualParticipants: t.exposeInt('actualParticipants', { nullable: true }),
    reportNote: t.exposeString('reportNote', { nullable: true }),
    incentives: t.field({ type: [IncentiveRef], resolve: (a) => a.incentives }),
    reportedBy: t.field({ type: PersonRefType, nullable: true, resolve: (a) => a.reportedBy }),
    reportedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (a) => a.reportedAt }),
    results: t.field({ type: ResultsRef, nullable: true, resolve: (a) => a.results }),
    evidence: t.field({ type: [EvidenceRef], resolve: (a) => a.evidence }),
    actions: t.field({ type: [ActivityActionEnum], resolve: (a) => a.actions }),
  }),
});

const ActivityInput = builder.inputType('CultureActivityInput', {
  fields: (t) => ({
    kind: t.field({ type: ActivityKindEnum, required: true }),
    topics: t.field({ type: [ActivityTopicEnum] }),
    title: t.string({ required: true }),
    description: t.string(),
    audience: t.field({ type: ActivityAudienceEnum, required: true }),
    orgUnitIds: t.idList(),
    role: t.field({ type: RoleEnum }),
    deadline: t.string({ required: true, description: 'YYYY-MM-DD, within the plan’s year' }),
    responsibleIds: t.idList({ required: true }),
    risks: t.stringList(),
    riskIds: t.idList({
      description:
        '§9.1, §34: risks of the register it answers (VALIDATION for another’s); left out, they stay.',
    }),
    checkForm: t.field({ type: CheckFormEnum, required: true }),
    checkNoneReason: t.string(),
    courseId: t.id({ description: 'A test activity’s training course.' }),
    sessionId: t.id({
      description: 'A classroom activity’s training session, where its attendance is recorded.',
    }),
    plannedParticipants: t.int(),
  }),
});

type ActivityArgs = typeof ActivityInput.$inferInput;

const activityInput = (input: ActivityArgs) => ({
  ...input,
  orgUnitIds: input.orgUnitIds?.map(String) ?? null,
  responsibleIds: input.responsibleIds.map(String),
  riskIds: input.riskIds == null ? undefined : input.riskIds.map(String),
  courseId: input.courseId == null ? null : String(input.courseId),
  sessionId: input.sessionId == null ? null : String(input.sessionId),
});

builder.queryField('cultureActivity', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: CultureActivityRef,
    description:
      'An activity with its report and evidence: for the plan’s readers and its responsible people.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => cultureActivity(context.em, context.actor, String(id), new Date()),
  }),
);

builder.mutationField('addCultureActivity', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: CultureActivityRef,
    description: '§35.1: adds an entry to the draft; an approved version is frozen (CONFLICT).',
    args: { planId: t.arg.id({ required: true }), input: t.arg({ type: ActivityInput, required: true }) },
    resolve: (_root, { planId, input }, context) =>
      context.em.transactional((em) =>
        addCultureActivity(em, context.actor, String(planId), activityInput(input), new Date()),
      ),
  }),
);

builder.mutationField('updateCultureActivity', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: CultureActivityRef,
    description: 'Changes a draft’s entry.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ActivityInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        updateCultureActivity(em, context.actor, String(id), activityInput(input), new Date()),
      ),
  }),
);

builder.mutationField('removeCultureActivity', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: 'Boolean',
    description: 'Removes a draft’s entry; one with a report is cancelled instead (CONFLICT).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => removeCultureActivity(em, context.actor, String(id))),
  }),
);

const IncentiveInput = builder.inputType('CultureIncentiveInput', {
  fields: (t) => ({
    kind: t.field({ type: IncentiveKindEnum, required: true }),
    description: t.string({ required: true }),
    people: t.int({ required: true }),
  }),
});

const ReportInput = builder.inputType('CultureActivityReportInput', {
  fields: (t) => ({
    status: t.field({
      type: ActivityStatusEnum,
      required: true,
      description: 'in_progress, done or cancelled',
    }),
    heldOn: t.string({ description: 'YYYY-MM-DD, when done' }),
    actualParticipants: t.int({ description: 'When done; a linked course or session gives its own.' }),
    note: t.string({ description: 'Required when cancelled: why.' }),
    incentives: t.field({ type: [IncentiveInput] }),
  }),
});

builder.mutationField('reportCultureActivity', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: CultureActivityRef,
    description:
      '§35.1, §35.5: the activity as carried out (in progress, done, cancelled) with its participants and incentives; by its responsible people or the compliance staff, once the plan is approved.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ReportInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        reportCultureActivity(em, context.actor, String(id), input, new Date()),
      ),
  }),
);

const EvidenceInput = builder.inputType('CultureEvidenceInput', {
  fields: (t) => ({
    kind: t.field({ type: EvidenceKindEnum, required: true }),
    title: t.string({ required: true }),
    url: t.string({ description: 'A link (https) for kind link.' }),
  }),
});

builder.mutationField('addCultureEvidence', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: CultureActivityRef,
    description:
      'Evidence that an activity was held (multipart for a file): a photo (JPEG, PNG), an attendance list (PDF, JPEG, PNG, XLSX), a file (also DOCX), at most 10 MB; or an https link.',
    args: {
      activityId: t.arg.id({ required: true }),
      input: t.arg({ type: EvidenceInput, required: true }),
      file: t.arg({ type: FileScalar }),
    },
    resolve: async (_root, { activityId, input, file }, context) => {
      const upload = file ? { fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null;
      return context.em.transactional((em) =>
        addCultureEvidence(em, context.actor, String(activityId), { ...input, file: upload }, new Date()),
      );
    },
  }),
);

builder.mutationField('removeCultureEvidence', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: CultureActivityRef,
    description: 'Removes evidence added by mistake, while the plan is open.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => removeCultureEvidence(em, context.actor, String(id), new Date())),
  }),
);

import {
  ASPECT_RATINGS,
  ASSESSMENT_STATUSES,
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  PRESENTATION_AUDIENCES,
  PROGRAMME_DIRECTIONS,
  PROGRAMME_ITEM_STATUSES,
  addProgrammeItem,
  completeInitialAssessment,
  complianceProgramme,
  createComplianceProgramme,
  initialAssessment,
  myProgrammeItems,
  recordProgrammePresentation,
  reportProgrammeItem,
  riskFromAssessmentFinding,
  saveAssessmentAnswer,
  startInitialAssessment,
  updateProgrammeItem,
  type AssessmentAnswerView,
  type AuditReportRef,
  type ComplianceProgrammeView,
  type InitialAssessmentView,
  type PresentationView,
  type ProgrammeItemView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { PersonRefType } from '../hotline/person-ref.js';
import { RiskRef } from './risk.js';

// §64–§72: the initial internal assessment and the one-year programme by its directions.

const DirectionEnum = builder.enumType('ProgrammeDirection', {
  values: PROGRAMME_DIRECTIONS,
  description: '§65–§72: leadership (§66) … conflicts of interest (§72); other (§65: the list is open).',
});
const ItemStatusEnum = builder.enumType('ProgrammeItemStatus', { values: PROGRAMME_ITEM_STATUSES });
const AudienceEnum = builder.enumType('ProgrammeAudience', { values: PRESENTATION_AUDIENCES });
const AssessmentStatusEnum = builder.enumType('InitialAssessmentStatus', { values: ASSESSMENT_STATUSES });
const RatingEnum = builder.enumType('AspectRating', { values: ASPECT_RATINGS });

const ProgrammeItemRef = builder.objectRef<ProgrammeItemView>('ProgrammeItem');
builder.objectType(ProgrammeItemRef, {
  description:
    '§66.1: an action of the programme by its direction, with its owner, due day, evidence and status.',
  fields: (t) => ({
    id: t.exposeID('id'),
    direction: t.field({ type: DirectionEnum, resolve: (i) => i.direction }),
    title: t.exposeString('title'),
    owner: t.field({ type: PersonRefType, resolve: (i) => i.owner }),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD' }),
    status: t.field({ type: ItemStatusEnum, resolve: (i) => i.status }),
    progressNote: t.exposeString('progressNote', { nullable: true }),
    evidenceLink: t.exposeString('evidenceLink', { nullable: true }),
    evidenceNote: t.exposeString('evidenceNote', { nullable: true }),
    doneOn: t.exposeString('doneOn', { nullable: true, description: 'YYYY-MM-DD' }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
    fromAspect: t.exposeInt('fromAspect', {
      nullable: true,
      description: '§64: the aspect of the initial assessment the item was drafted from.',
    }),
    version: t.exposeInt('version'),
    overdue: t.exposeBoolean('overdue'),
    canReport: t.exposeBoolean('canReport'),
  }),
});

const PresentationRef = builder.objectRef<PresentationView>('ProgrammePresentation');
builder.objectType(PresentationRef, {
  description: '§66.1: the programme presented to management or to all staff, with the attendance.',
  fields: (t) => ({
    id: t.exposeID('id'),
    presentedOn: t.exposeString('presentedOn', { description: 'YYYY-MM-DD' }),
    audience: t.field({ type: AudienceEnum, resolve: (p) => p.audience }),
    note: t.exposeString('note', { nullable: true }),
    invitedCount: t.exposeInt('invitedCount'),
    presentCount: t.exposeInt('presentCount'),
    present: t.field({ type: [PersonRefType], resolve: (p) => p.present }),
    recordedBy: t.field({ type: PersonRefType, resolve: (p) => p.recordedBy }),
  }),
});

const ProgrammeRef = builder.objectRef<ComplianceProgrammeView>('ComplianceProgramme');
builder.objectType(ProgrammeRef, {
  description: '§66.1: the one-year anti-corruption compliance programme.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    items: t.field({ type: [ProgrammeItemRef], resolve: (p) => p.items }),
    presentations: t.field({ type: [PresentationRef], resolve: (p) => p.presentations }),
    presentedToManagement: t.exposeBoolean('presentedToManagement'),
    presentedToAllStaff: t.exposeBoolean('presentedToAllStaff'),
    canEdit: t.exposeBoolean('canEdit'),
  }),
});

const AuditReportRefType = builder.objectRef<AuditReportRef>('AssessmentAuditReport');
builder.objectType(AuditReportRefType, {
  description: '§64.9: an auditor’s report of the last 2 years.',
  fields: (t) => ({
    title: t.exposeString('title'),
    date: t.exposeString('date', { description: 'YYYY-MM-DD' }),
    link: t.exposeString('link', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const AnswerRef = builder.objectRef<AssessmentAnswerView>('AssessmentAnswer');
builder.objectType(AnswerRef, {
  description: '§64: the answer to one of the 13 aspects.',
  fields: (t) => ({
    id: t.exposeID('id'),
    aspect: t.exposeInt('aspect', { description: '§64.1–§64.13' }),
    rating: t.field({ type: RatingEnum, resolve: (a) => a.rating }),
    finding: t.exposeString('finding'),
    auditReports: t.field({ type: [AuditReportRefType], resolve: (a) => a.auditReports }),
    answeredAt: t.field({ type: DateTimeScalar, resolve: (a) => a.answeredAt }),
    riskNumbers: t.exposeIntList('riskNumbers', { description: 'The risks drawn from the finding, as № 7.' }),
  }),
});

const AssessmentRef = builder.objectRef<InitialAssessmentView>('InitialAssessment');
builder.objectType(AssessmentRef, {
  description: '§64: the initial internal assessment of corruption risks of a year.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    status: t.field({ type: AssessmentStatusEnum, resolve: (a) => a.status }),
    completedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (a) => a.completedAt }),
    answers: t.field({ type: [AnswerRef], resolve: (a) => a.answers }),
    missingAspects: t.exposeIntList('missingAspects'),
    canEdit: t.exposeBoolean('canEdit'),
  }),
});

builder.queryField('complianceProgramme', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: ProgrammeRef,
    nullable: true,
    description: '§66.1: the year’s programme with its items and presentations; null when none is made.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => complianceProgramme(context.em, context.actor, year, new Date()),
  }),
);

builder.queryField('myProgrammeItems', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [ProgrammeItemRef],
    description: 'The items of the year’s programme the viewer owns and reports on.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => myProgrammeItems(context.em, context.actor, year, new Date()),
  }),
);

builder.mutationField('createComplianceProgramme', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ProgrammeRef,
    description: '§66.1: makes the year’s programme; one per year (a second is a CONFLICT).',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) =>
      context.em.transactional((em) => createComplianceProgramme(em, context.actor, year, new Date())),
  }),
);

const ItemInput = builder.inputType('ProgrammeItemInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    direction: t.field({ type: DirectionEnum, required: true }),
    title: t.string({ required: true }),
    ownerId: t.id({ required: true }),
    dueOn: t.string({ required: true, description: 'YYYY-MM-DD, within the programme’s year' }),
  }),
});

builder.mutationField('addProgrammeItem', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ProgrammeItemRef,
    description: '§66.1: adds an action to the programme by its direction (§65–§72).',
    args: { input: t.arg({ type: ItemInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        addProgrammeItem(
          em,
          context.actor,
          String(input.programmeId),
          {
            direction: input.direction,
            title: input.title,
            ownerId: String(input.ownerId),
            dueOn: input.dueOn,
          },
          new Date(),
        ),
      ),
  }),
);

const ItemUpdateInput = builder.inputType('ProgrammeItemUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version read; a changed item is a CONFLICT.' }),
    direction: t.field({ type: DirectionEnum }),
    title: t.string(),
    ownerId: t.id(),
    dueOn: t.string({ description: 'YYYY-MM-DD' }),
  }),
});

builder.mutationField('updateProgrammeItem', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ProgrammeItemRef,
    description:
      'Changes an item’s direction, title, owner or due day; an edit on a stale version is a CONFLICT.',
    args: { input: t.arg({ type: ItemUpdateInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        updateProgrammeItem(
          em,
          context.actor,
          {
            id: String(input.id),
            version: input.version,
            ...(input.direction != null ? { direction: input.direction } : {}),
            ...(input.title != null ? { title: input.title } : {}),
            ...(input.ownerId != null ? { ownerId: String(input.ownerId) } : {}),
            ...(input.dueOn != null ? { dueOn: input.dueOn } : {}),
          },
          new Date(),
        ),
      ),
  }),
);

const ItemReportInput = builder.inputType('ProgrammeItemReportInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    status: t.field({ type: ItemStatusEnum, required: true }),
    progressNote: t.string(),
    evidenceLink: t.string({ description: 'An https link to the evidence.' }),
    evidenceNote: t.string(),
    doneOn: t.string({ description: 'YYYY-MM-DD; today when done without it.' }),
    cancelReason: t.string({ description: 'Required when cancelled.' }),
  }),
});

builder.mutationField('reportProgrammeItem', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ProgrammeItemRef,
    description:
      'An item’s progress, status and evidence; the compliance service reports on any item, the owner on their own ' +
      '(others FORBIDDEN). Done needs evidence, cancelled a reason; only the compliance service cancels.',
    args: { input: t.arg({ type: ItemReportInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        reportProgrammeItem(
          em,
          context.actor,
          {
            id: String(input.id),
            status: input.status,
            ...(input.progressNote !== undefined ? { progressNote: input.progressNote } : {}),
            ...(input.evidenceLink !== undefined ? { evidenceLink: input.evidenceLink } : {}),
            ...(input.evidenceNote !== undefined ? { evidenceNote: input.evidenceNote } : {}),
            ...(input.doneOn !== undefined ? { doneOn: input.doneOn } : {}),
            ...(input.cancelReason !== undefined ? { cancelReason: input.cancelReason } : {}),
          },
          new Date(),
        ),
      ),
  }),
);

const PresentationInput = builder.inputType('ProgrammePresentationInput', {
  fields: (t) => ({
    programmeId: t.id({ required: true }),
    audience: t.field({ type: AudienceEnum, required: true }),
    presentedOn: t.string({ required: true, description: 'YYYY-MM-DD, not after today' }),
    invitedIds: t.idList({
      description: 'For all staff, everyone working in the organisation when left out.',
    }),
    presentIds: t.idList({ required: true }),
    note: t.string(),
  }),
});

builder.mutationField('recordProgrammePresentation', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: PresentationRef,
    description:
      '§66.1: records the programme’s presentation to management or to all staff, with the attendance.',
    args: { input: t.arg({ type: PresentationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        recordProgrammePresentation(
          em,
          context.actor,
          {
            programmeId: String(input.programmeId),
            audience: input.audience,
            presentedOn: input.presentedOn,
            invitedIds: input.invitedIds ? input.invitedIds.map(String) : null,
            presentIds: input.presentIds.map(String),
            note: input.note ?? null,
          },
          new Date(),
        ),
      ),
  }),
);

builder.queryField('initialAssessment', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: AssessmentRef,
    nullable: true,
    description: '§64: the year’s initial internal assessment with its answers; null when none is begun.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => initialAssessment(context.em, context.actor, year),
  }),
);

builder.mutationField('startInitialAssessment', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: AssessmentRef,
    description: '§64: begins the year’s initial assessment; one per year (a second is a CONFLICT).',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) =>
      context.em.transactional((em) => startInitialAssessment(em, context.actor, year, new Date())),
  }),
);

const AuditReportInput = builder.inputType('AssessmentAuditReportInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    date: t.string({ required: true, description: 'YYYY-MM-DD, within the last 2 years (§64.9)' }),
    link: t.string(),
    note: t.string(),
  }),
});

const AnswerInput = builder.inputType('AssessmentAnswerInput', {
  fields: (t) => ({
    assessmentId: t.id({ required: true }),
    aspect: t.int({ required: true, description: '1–13 (§64.1–§64.13)' }),
    rating: t.field({ type: RatingEnum, required: true }),
    finding: t.string({ required: true }),
    auditReports: t.field({ type: [AuditReportInput], description: '§64.9 only.' }),
  }),
});

builder.mutationField('saveAssessmentAnswer', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: AssessmentRef,
    description:
      '§64: saves the answer to one aspect; for §64.9 the auditors’ reports, of the last 2 years only (VALIDATION).',
    args: { input: t.arg({ type: AnswerInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        saveAssessmentAnswer(
          em,
          context.actor,
          {
            assessmentId: String(input.assessmentId),
            aspect: input.aspect,
            rating: input.rating,
            finding: input.finding,
            auditReports: input.auditReports ?? [],
          },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('completeInitialAssessment', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: AssessmentRef,
    description:
      '§64: completes the assessment once all 13 aspects are answered (VALIDATION names those missing); each aspect ' +
      'found wanting becomes a draft item of the year’s programme in its direction.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => completeInitialAssessment(em, context.actor, String(id), new Date())),
  }),
);

const FindingRiskInput = builder.inputType('AssessmentFindingRiskInput', {
  fields: (t) => ({
    answerId: t.id({ required: true }),
    register: t.string({ required: true }),
    processOrDocument: t.string({ required: true }),
    probability: t.int({ required: true }),
    frequency: t.int({ required: true }),
    impact: t.int({ required: true }),
  }),
});

builder.mutationField('riskFromAssessmentFinding', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: RiskRef,
    description:
      '§64: a finding becomes a risk of the register (source: the internal analysis), linked back to the answer.',
    args: { input: t.arg({ type: FindingRiskInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        riskFromAssessmentFinding(
          em,
          context.actor,
          { ...input, answerId: String(input.answerId) },
          new Date(),
        ),
      ),
  }),
);

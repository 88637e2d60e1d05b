import {
  CONFLICT_CASE_STATUSES,
  CONFLICT_REGISTER_STATUSES,
  CONFLICT_SOURCES,
  CONFLICT_CONCLUDERS,
  CONFLICT_REGISTER_READERS,
  CONFLICT_MEASURES,
  CONFLICT_STEPS,
  CONFLICT_TRANSFER_RECORDERS,
  REFERRALS,
  TYPICAL_CASE_TEMPLATES,
  TYPICAL_CASES,
  concludeConflictOfInterest,
  conflictOfInterestCase,
  decideConflictOfInterest,
  forwardConflictOfInterest,
  listConflictRegister,
  myConflictNotifications,
  notifyConflictOfInterest,
  recordConflictTransfer,
  type ConflictCaseView,
  type ConflictRegisterPage,
  type ConflictRegisterRow,
  type TypicalCaseTemplate,
  assignableCourses,
  type AssignableCourse,
  type AssignedCourse,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { PersonRefType } from '../hotline/person-ref.js';

const ConflictCaseStatusEnum = builder.enumType('ConflictCaseStatus', {
  description: '§15.2–§15.6: the step a conflict-of-interest case waits for, or settled.',
  values: CONFLICT_CASE_STATUSES,
});

const ConflictStepEnum = builder.enumType('ConflictStep', {
  description: '§15: forward (§15.2), conclude (§15.3), decide (§15.4–§15.5), transfer (§15.6).',
  values: CONFLICT_STEPS,
});

const ConflictMeasureEnum = builder.enumType('ConflictMeasure', {
  description:
    '§15.4: remove from the matter, change duties, other measures; §15.6: transfer to an equivalent post.',
  values: CONFLICT_MEASURES,
});

const ConflictReferralEnum = builder.enumType('ConflictReferral', {
  description:
    'Annex 2: signs of an offence go to the anti-corruption Agency; case 5 to the relevant authorised body.',
  values: REFERRALS,
});

const ConflictRegisterStatusEnum = builder.enumType('ConflictRegisterStatus', {
  description: 'An entry of the register: open, settled, or concluded to be no conflict.',
  values: CONFLICT_REGISTER_STATUSES,
});

const ConflictSourceEnum = builder.enumType('ConflictSource', {
  description:
    'What brought a conflict to light: a notification (§15), a declaration campaign (§72), the quarterly ' +
    'analysis (§14), an audit or the hotline.',
  values: CONFLICT_SOURCES,
});

const TypicalConflictCaseEnum = builder.enumType('TypicalConflictCase', {
  description: 'Annex 2: the seven typical conflict-of-interest cases.',
  values: TYPICAL_CASES,
});

const TypicalCaseTemplateRef = builder.objectRef<TypicalCaseTemplate>('TypicalConflictCaseTemplate');

builder.objectType(TypicalCaseTemplateRef, {
  description: 'Annex 2: a typical case offered as a template, with its prescribed measures and referral.',
  fields: (t) => ({
    code: t.field({ type: TypicalConflictCaseEnum, resolve: (template) => template.code }),
    title: t.field({ type: LocalizedTextRef, resolve: (template) => template.title }),
    prescription: t.field({ type: LocalizedTextRef, resolve: (template) => template.prescription }),
    measures: t.field({ type: [ConflictMeasureEnum], resolve: (template) => [...template.measures] }),
    referral: t.field({ type: ConflictReferralEnum, resolve: (template) => template.referral }),
  }),
});

const AssignedCourseRef = builder.objectRef<AssignedCourse>('ConflictAssignedCourse');

builder.objectType(AssignedCourseRef, {
  description: '§15.4: the short course a decision assigned to the employee, through Training.',
  fields: (t) => ({
    courseId: t.exposeID('courseId'),
    title: t.field({ type: LocalizedTextRef, resolve: (c) => c.title }),
    dueOn: t.exposeString('dueOn'),
  }),
});

const AssignableCourseRef = builder.objectRef<AssignableCourse>('ConflictAssignableCourse');

builder.objectType(AssignableCourseRef, {
  description: 'A published course a decision may assign.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.field({ type: LocalizedTextRef, resolve: (c) => c.title }),
  }),
});

export const ConflictCaseRef = builder.objectRef<ConflictCaseView>('ConflictOfInterestCase');

builder.objectType(ConflictCaseRef, {
  description:
    '§15: a conflict-of-interest notification and its steps, each with its due day (YYYY-MM-DD, working days of ' +
    'the organisation’s calendar) and the day it was taken.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    status: t.field({ type: ConflictCaseStatusEnum, resolve: (c) => c.status }),
    notifier: t.field({ type: PersonRefType, resolve: (c) => c.notifier }),
    relatedPersonId: t.exposeID('relatedPersonId', { nullable: true }),
    relatedPersonName: t.exposeString('relatedPersonName'),
    relationKind: t.exposeString('relationKind', { nullable: true }),
    relatedEmployee: t.field({ type: PersonRefType, nullable: true, resolve: (c) => c.relatedEmployee }),
    counterparty: t.exposeString('counterparty'),
    matter: t.exposeString('matter'),
    decisionAtStake: t.exposeString('decisionAtStake'),
    typicalCase: t.field({ type: TypicalConflictCaseEnum, nullable: true, resolve: (c) => c.typicalCase }),
    notifiedAt: t.field({ type: 'DateTime', resolve: (c) => c.notifiedAt }),
    notifiedOn: t.exposeString('notifiedOn'),
    forwardOwner: t.field({ type: PersonRefType, nullable: true, resolve: (c) => c.forwardOwner }),
    forwardDueOn: t.exposeString('forwardDueOn', { nullable: true }),
    forwardedOn: t.exposeString('forwardedOn', { nullable: true }),
    forwardedBy: t.field({ type: PersonRefType, nullable: true, resolve: (c) => c.forwardedBy }),
    concludeDueOn: t.exposeString('concludeDueOn', { nullable: true }),
    concludedOn: t.exposeString('concludedOn', { nullable: true }),
    concludedBy: t.field({ type: PersonRefType, nullable: true, resolve: (c) => c.concludedBy }),
    conflictFound: t.exposeBoolean('conflictFound', { nullable: true }),
    conclusion: t.exposeString('conclusion', { nullable: true }),
    identifiedOn: t.exposeString('identifiedOn', { nullable: true }),
    deputy: t.field({ type: PersonRefType, nullable: true, resolve: (c) => c.deputy }),
    decideDueOn: t.exposeString('decideDueOn', { nullable: true }),
    decidedOn: t.exposeString('decidedOn', { nullable: true }),
    decidedBy: t.field({ type: PersonRefType, nullable: true, resolve: (c) => c.decidedBy }),
    measures: t.field({ type: [ConflictMeasureEnum], resolve: (c) => c.measures }),
    assignedCourse: t.field({ type: AssignedCourseRef, nullable: true, resolve: (c) => c.assignedCourse }),
    assignableCourses: t.field({
      type: [AssignableCourseRef],
      description:
        'To whom the decision is theirs to take: the published courses the measure may assign; else none.',
      resolve: (c, _args, context) =>
        c.actions.includes('decide') && context.actor
          ? assignableCourses(context.em, context.actor.organizationId)
          : [],
    }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    referral: t.field({ type: ConflictReferralEnum, nullable: true, resolve: (c) => c.referral }),
    transferDueOn: t.exposeString('transferDueOn', { nullable: true }),
    transferredOn: t.exposeString('transferredOn', { nullable: true }),
    transferNote: t.exposeString('transferNote', { nullable: true }),
    settledOn: t.exposeString('settledOn', { nullable: true }),
    settledInTime: t.exposeBoolean('settledInTime', { nullable: true }),
    currentStep: t.field({ type: ConflictStepEnum, nullable: true, resolve: (c) => c.currentStep }),
    dueOn: t.exposeString('dueOn', { nullable: true }),
    overdue: t.exposeBoolean('overdue'),
    actions: t.field({
      type: [ConflictStepEnum],
      description: 'The steps the viewer may take now; a party to the case never has one.',
      resolve: (c) => c.actions,
    }),
  }),
});

builder.queryField('conflictTypicalCases', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [TypicalCaseTemplateRef],
    description: 'Annex 2: the seven typical cases, as templates of a notification.',
    resolve: () => [...TYPICAL_CASE_TEMPLATES],
  }),
);

builder.queryField('conflictOfInterestCase', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConflictCaseRef,
    description:
      'One case, for its notifier, the holder of its forwarding step, those who decide it, the responsible unit ' +
      'and auditors; NOT_FOUND for anyone else, the related employee included.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      conflictOfInterestCase(context.em, context.actor, String(id), new Date()),
  }),
);

builder.queryField('myConflictNotifications', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [ConflictCaseRef],
    description: 'The signed-in person’s own notifications, newest first.',
    resolve: (_root, _args, context) => myConflictNotifications(context.em, context.actor, new Date()),
  }),
);

const ConflictNotificationInput = builder.inputType('ConflictNotificationInput', {
  description:
    '§15.1: what the conflict is about, whom it concerns (relatedPersonId from the declared list, or ' +
    'relatedPersonName; relatedEmployeeId when they work here too), the counterparty and the decision at stake. ' +
    'deputyId is required when a first head is a party (§15.5).',
  fields: (t) => ({
    relatedPersonId: t.id(),
    relatedPersonName: t.string(),
    relationKind: t.string(),
    relatedEmployeeId: t.id(),
    counterparty: t.string({ required: true }),
    matter: t.string({ required: true }),
    decisionAtStake: t.string({ required: true }),
    typicalCase: t.field({ type: TypicalConflictCaseEnum }),
    deputyId: t.id(),
  }),
});

builder.mutationField('notifyConflictOfInterest', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConflictCaseRef,
    description:
      '§15.1: notifies a conflict of interest; the direct manager forwards it within 3 working days.',
    args: { input: t.arg({ type: ConflictNotificationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        notifyConflictOfInterest(
          em,
          context.actor,
          {
            relatedPersonId: input.relatedPersonId ? String(input.relatedPersonId) : null,
            relatedPersonName: input.relatedPersonName ?? null,
            relationKind: input.relationKind ?? null,
            relatedEmployeeId: input.relatedEmployeeId ? String(input.relatedEmployeeId) : null,
            counterparty: input.counterparty,
            matter: input.matter,
            decisionAtStake: input.decisionAtStake,
            typicalCase: input.typicalCase ?? null,
            deputyId: input.deputyId ? String(input.deputyId) : null,
          },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('forwardConflictOfInterest', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConflictCaseRef,
    description:
      '§15.2: the manager holding the step forwards the notification to the responsible unit (which may forward ' +
      'it in their place once overdue); the conclusion is then due in 10 working days.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) =>
        forwardConflictOfInterest(em, context.actor, String(id), {}, new Date()),
      ),
  }),
);

const ConflictConclusionInput = builder.inputType('ConflictConclusionInput', {
  fields: (t) => ({
    conflictFound: t.boolean({ required: true }),
    conclusion: t.string({
      required: true,
      description: '§15.3: the recommendations, or why there is no conflict.',
    }),
    referral: t.field({ type: ConflictReferralEnum }),
  }),
});

builder.mutationField('concludeConflictOfInterest', (t) =>
  t.withAuth({ anyRole: CONFLICT_CONCLUDERS }).field({
    type: ConflictCaseRef,
    description:
      '§15.3: the responsible unit concludes; with a conflict, management decides within 10 working days.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: ConflictConclusionInput, required: true }),
    },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        concludeConflictOfInterest(
          em,
          context.actor,
          String(id),
          {
            conflictFound: input.conflictFound,
            conclusion: input.conclusion,
            referral: input.referral ?? null,
          },
          new Date(),
        ),
      ),
  }),
);

const ConflictCourseInput = builder.inputType('ConflictCourseInput', {
  fields: (t) => ({
    courseId: t.id({ required: true }),
    dueOn: t.string({ required: true }),
  }),
});

const ConflictDecisionInput = builder.inputType('ConflictDecisionInput', {
  fields: (t) => ({
    measures: t.field({ type: [ConflictMeasureEnum], required: true }),
    note: t.string({ required: true, description: 'The order or the reasons.' }),
    referral: t.field({ type: ConflictReferralEnum }),
    course: t.field({
      type: ConflictCourseInput,
      description: 'With the measure assign_course: the published course and the day it is due (YYYY-MM-DD).',
    }),
  }),
});

builder.mutationField('decideConflictOfInterest', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConflictCaseRef,
    description:
      '§15.4: the first head (or the deputy named when the first head is a party, §15.5) decides the measures; a ' +
      'transfer to an equivalent post is then due within 3 months of identification (§15.6).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ConflictDecisionInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        decideConflictOfInterest(
          em,
          context.actor,
          String(id),
          {
            measures: input.measures,
            note: input.note,
            referral: input.referral ?? null,
            course: input.course
              ? { courseId: String(input.course.courseId), dueOn: input.course.dueOn }
              : null,
          },
          new Date(),
        ),
      ),
  }),
);

const ConflictTransferInput = builder.inputType('ConflictTransferInput', {
  fields: (t) => ({
    transferredOn: t.string({ description: 'YYYY-MM-DD; today when absent.' }),
    note: t.string({ required: true, description: 'The post and the order.' }),
  }),
});

builder.mutationField('recordConflictTransfer', (t) =>
  t.withAuth({ anyRole: CONFLICT_TRANSFER_RECORDERS }).field({
    type: ConflictCaseRef,
    description: '§15.6: the transfer to an equivalent post is made; the case is settled.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ConflictTransferInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        recordConflictTransfer(
          em,
          context.actor,
          String(id),
          { transferredOn: input.transferredOn ?? null, note: input.note },
          new Date(),
        ),
      ),
  }),
);

const ConflictRegisterRowRef = builder.objectRef<ConflictRegisterRow>('ConflictRegisterRow');

builder.objectType(ConflictRegisterRowRef, {
  description:
    'An entry of the conflict-of-interest register, with the dates of each step when a notification brought ' +
    'it (§15). Dates are YYYY-MM-DD.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (r) => r.person }),
    source: t.field({ type: ConflictSourceEnum, resolve: (r) => r.source }),
    sourceId: t.exposeID('sourceId', { nullable: true }),
    relatedPersonName: t.exposeString('relatedPersonName', { nullable: true }),
    counterparty: t.exposeString('counterparty', { nullable: true }),
    description: t.exposeString('description'),
    identifiedOn: t.exposeString('identifiedOn'),
    status: t.field({ type: ConflictRegisterStatusEnum, resolve: (r) => r.status }),
    measures: t.exposeString('measures', { nullable: true }),
    measureCodes: t.field({ type: [ConflictMeasureEnum], resolve: (row) => row.measureCodes }),
    settledOn: t.exposeString('settledOn', { nullable: true }),
    caseNumber: t.exposeString('caseNumber', { nullable: true }),
    notifiedOn: t.exposeString('notifiedOn', { nullable: true }),
    forwardedOn: t.exposeString('forwardedOn', { nullable: true }),
    concludedOn: t.exposeString('concludedOn', { nullable: true }),
    decidedOn: t.exposeString('decidedOn', { nullable: true }),
    transferredOn: t.exposeString('transferredOn', { nullable: true }),
    settledInTime: t.exposeBoolean('settledInTime', { nullable: true }),
  }),
});

const ConflictRegisterPageRef = builder.objectRef<ConflictRegisterPage>('ConflictRegisterPage');

builder.objectType(ConflictRegisterPageRef, {
  fields: (t) => ({
    total: t.exposeInt('total'),
    rows: t.field({ type: [ConflictRegisterRowRef], resolve: (page) => page.rows }),
  }),
});

builder.queryField('conflictOfInterestRegister', (t) =>
  t.withAuth({ anyRole: CONFLICT_REGISTER_READERS }).field({
    type: ConflictRegisterPageRef,
    description:
      '§14, §15, §72: the register, newest first; search by name, counterparty, related person or case number, ' +
      'filtered by status and source.',
    args: {
      search: t.arg.string(),
      status: t.arg({ type: ConflictRegisterStatusEnum }),
      source: t.arg({ type: ConflictSourceEnum }),
      limit: t.arg.int(),
      offset: t.arg.int(),
    },
    resolve: (_root, args, context) =>
      listConflictRegister(context.em, context.actor, {
        search: args.search ?? null,
        status: args.status ?? null,
        source: args.source ?? null,
        limit: args.limit ?? null,
        offset: args.offset ?? null,
      }),
  }),
);

import {
  CAMPAIGN_GROUPS,
  CAMPAIGN_KINDS,
  CAMPAIGN_PROGRESS_READERS,
  CAMPAIGN_RUNNERS,
  DECLARATION_STATUSES,
  STANDARD_QUESTIONS,
  campaignReminderMail,
  closeDeclarationCampaign,
  declarationCampaignDeclarants,
  declarationCampaignProgress,
  launchDeclarationCampaign,
  listDeclarationCampaigns,
  myCampaignDeclarations,
  submitDeclaration,
  remindOverdueDeclarants,
  type CampaignDeclarantRow,
  type CampaignProgress,
  type CampaignQuestion,
  type CampaignSummary,
  type DeclarationAnswer,
  type IDeclarationCampaign,
  type MyCampaignDeclaration,
  type ProgressCounts,
  type SupplierLink,
  type UnitProgress,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextInput, toLocalizedInput } from '../training/localized-input.js';
import { MyDeclarationsRef } from './my-declarations.js';

export const CampaignKindEnum = builder.enumType('DeclarationCampaignKind', {
  description: '§72.1: yearly, or ad hoc (periodically, when needed).',
  values: CAMPAIGN_KINDS,
});

export const CampaignGroupEnum = builder.enumType('DeclarationCampaignGroup', {
  description:
    '§72.1: the five groups: all employees, new hires, tender and expert commission members, potential suppliers, management.',
  values: CAMPAIGN_GROUPS,
});

export const DeclarationStatusEnum = builder.enumType('CampaignDeclarationStatus', {
  description:
    'submitted; pending before its due date; overdue after it; missed when the campaign closed without it.',
  values: DECLARATION_STATUSES,
});

const CampaignQuestionRef = builder.objectRef<CampaignQuestion>('DeclarationCampaignQuestion');

builder.objectType(CampaignQuestionRef, {
  description:
    'A question of the questionnaire; a "yes" to an interest question opens a register entry (§72.4).',
  fields: (t) => ({
    code: t.exposeString('code'),
    text: t.field({ type: LocalizedTextRef, resolve: (q) => q.text }),
    interest: t.exposeBoolean('interest'),
  }),
});

const DeclarationAnswerRef = builder.objectRef<DeclarationAnswer>('DeclarationAnswer');

builder.objectType(DeclarationAnswerRef, {
  fields: (t) => ({
    code: t.exposeString('code'),
    yes: t.exposeBoolean('yes'),
    details: t.exposeString('details', { nullable: true }),
  }),
});

const ProgressCountsRef = builder.objectRef<ProgressCounts>('DeclarationCampaignCounts');

builder.objectType(ProgressCountsRef, {
  fields: (t) => ({
    total: t.exposeInt('total'),
    submitted: t.exposeInt('submitted'),
    pending: t.exposeInt('pending'),
    overdue: t.exposeInt('overdue'),
    missed: t.exposeInt('missed'),
  }),
});

export const DeclarationCampaignRef = builder.objectRef<IDeclarationCampaign>('DeclarationCampaign');

builder.objectType(DeclarationCampaignRef, {
  description: '§72: a call to one group to declare the presence or absence of a conflict of interest.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.field({ type: LocalizedTextRef, resolve: (c) => c.title }),
    kind: t.field({ type: CampaignKindEnum, resolve: (c) => c.kind }),
    group: t.field({ type: CampaignGroupEnum, resolve: (c) => c.group }),
    orgUnitId: t.id({ nullable: true, resolve: (c) => c.orgUnit?.id ?? null }),
    procurementReference: t.string({ nullable: true, resolve: (c) => c.procurementReference ?? null }),
    hiredFrom: t.string({ nullable: true, resolve: (c) => c.hiredFrom ?? null }),
    hiredTo: t.string({ nullable: true, resolve: (c) => c.hiredTo ?? null }),
    deadline: t.exposeString('deadline', { description: 'YYYY-MM-DD' }),
    open: t.boolean({ resolve: (c) => c.status === 'open' }),
    launchedAt: t.field({ type: DateTimeScalar, resolve: (c) => c.launchedAt }),
    closedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (c) => c.closedAt ?? null }),
    questions: t.field({ type: [CampaignQuestionRef], resolve: (c) => c.questions }),
  }),
});

const CampaignSummaryRef = builder.objectRef<CampaignSummary>('DeclarationCampaignSummary');

builder.objectType(CampaignSummaryRef, {
  fields: (t) => ({
    id: t.id({ resolve: (s) => s.campaign.id }),
    campaign: t.field({ type: DeclarationCampaignRef, resolve: (s) => s.campaign }),
    totals: t.field({ type: ProgressCountsRef, resolve: (s) => s.totals }),
  }),
});

const UnitProgressRef = builder.objectRef<UnitProgress>('DeclarationCampaignUnitProgress');

builder.objectType(UnitProgressRef, {
  description: 'One unit right under the unit asked for, counting its whole subtree.',
  fields: (t) => ({
    id: t.id({ resolve: (u) => u.orgUnitId }),
    orgUnitId: t.exposeID('orgUnitId'),
    names: t.field({ type: LocalizedTextRef, resolve: (u) => u.names }),
    hasChildren: t.exposeBoolean('hasChildren', {
      description: 'Whether there is a level below to drill into.',
    }),
    counts: t.field({ type: ProgressCountsRef, resolve: (u) => u }),
  }),
});

const CampaignProgressRef = builder.objectRef<CampaignProgress>('DeclarationCampaignProgress');

builder.objectType(CampaignProgressRef, {
  fields: (t) => ({
    id: t.id({ resolve: (p) => `${p.campaign.id}:${p.orgUnitId ?? ''}` }),
    campaign: t.field({ type: DeclarationCampaignRef, resolve: (p) => p.campaign }),
    orgUnitId: t.exposeID('orgUnitId', {
      nullable: true,
      description: 'The unit drilled into; null: the whole campaign.',
    }),
    totals: t.field({ type: ProgressCountsRef, resolve: (p) => p.totals }),
    units: t.field({ type: [UnitProgressRef], resolve: (p) => p.units }),
  }),
});

const DeclarantRef = builder.objectRef<CampaignDeclarantRow>('DeclarationCampaignDeclarant');

builder.objectType(DeclarantRef, {
  description: 'Who is asked and where they stand; the answers stay out.',
  fields: (t) => ({
    id: t.id({ resolve: (r) => r.declarationId }),
    personId: t.exposeID('personId', { nullable: true }),
    fullName: t.exposeString('fullName', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    orgUnitNames: t.field({ type: LocalizedTextRef, nullable: true, resolve: (r) => r.orgUnitNames }),
    supplierName: t.exposeString('supplierName', { nullable: true }),
    supplierBin: t.exposeString('supplierBin', { nullable: true }),
    dueOn: t.exposeString('dueOn'),
    status: t.field({ type: DeclarationStatusEnum, resolve: (r) => r.status }),
    submittedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (r) => r.submittedAt }),
    declaredInterest: t.exposeBoolean('declaredInterest'),
    lastRemindedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (r) => r.lastRemindedAt }),
    reminderCount: t.exposeInt('reminderCount'),
  }),
});

const DeclarantsPageRef = builder.objectRef<{ total: number; rows: CampaignDeclarantRow[] }>(
  'DeclarationCampaignDeclarants',
);

builder.objectType(DeclarantsPageRef, {
  fields: (t) => ({
    total: t.exposeInt('total'),
    rows: t.field({ type: [DeclarantRef], resolve: (p) => p.rows }),
  }),
});

builder.queryField('declarationCampaigns', (t) =>
  t.withAuth({ anyRole: CAMPAIGN_PROGRESS_READERS }).field({
    type: [CampaignSummaryRef],
    description: "The organisation's declaration campaigns, newest first, with their figures.",
    resolve: (_root, _args, context) => listDeclarationCampaigns(context.em, context.actor),
  }),
);

builder.queryField('standardDeclarationQuestions', (t) =>
  t.withAuth({ anyRole: CAMPAIGN_RUNNERS }).field({
    type: [CampaignQuestionRef],
    description: '§72: the questions a new campaign starts from, to reword for it.',
    resolve: () => [...STANDARD_QUESTIONS],
  }),
);

builder.queryField('declarationCampaignProgress', (t) =>
  t.withAuth({ anyRole: CAMPAIGN_PROGRESS_READERS }).field({
    type: CampaignProgressRef,
    description:
      '§72.2: submitted / pending / overdue for the campaign or one unit subtree, with the units right under it.',
    args: { campaignId: t.arg.id({ required: true }), orgUnitId: t.arg.id() },
    resolve: (_root, args, context) =>
      declarationCampaignProgress(
        context.em,
        context.actor,
        String(args.campaignId),
        args.orgUnitId ? String(args.orgUnitId) : null,
      ),
  }),
);

builder.queryField('declarationCampaignDeclarants', (t) =>
  t.withAuth({ anyRole: CAMPAIGN_PROGRESS_READERS }).field({
    type: DeclarantsPageRef,
    description: "A campaign's declarants by name, filtered by unit subtree, status and a search text.",
    args: {
      campaignId: t.arg.id({ required: true }),
      orgUnitId: t.arg.id(),
      status: t.arg({ type: DeclarationStatusEnum }),
      search: t.arg.string(),
      limit: t.arg.int({ defaultValue: 50 }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, args, context) =>
      declarationCampaignDeclarants(context.em, context.actor, String(args.campaignId), {
        orgUnitId: args.orgUnitId ? String(args.orgUnitId) : null,
        status: args.status ?? null,
        search: args.search ?? null,
        limit: args.limit ?? 50,
        offset: args.offset ?? 0,
      }),
  }),
);

const QuestionInput = builder.inputType('DeclarationCampaignQuestionInput', {
  fields: (t) => ({
    code: t.string({
      description: 'Small Latin letters, digits and _; given one by its place when left out.',
    }),
    text: t.field({ type: LocalizedTextInput, required: true }),
    interest: t.boolean({ required: true }),
  }),
});

const SupplierInput = builder.inputType('DeclarationSupplierInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    bin: t.string({
      description: 'When known: checked by its check digit; the supplier must then give the same.',
    }),
  }),
});

const LaunchInput = builder.inputType('LaunchDeclarationCampaignInput', {
  fields: (t) => ({
    title: t.field({ type: LocalizedTextInput, required: true }),
    kind: t.field({ type: CampaignKindEnum, required: true }),
    group: t.field({ type: CampaignGroupEnum, required: true }),
    orgUnitId: t.id({
      description: 'Employees, new hires, management: the unit subtree asked; none: everyone.',
    }),
    deadline: t.string({ required: true, description: 'YYYY-MM-DD, today or later.' }),
    questions: t.field({
      type: [QuestionInput],
      description: 'The questionnaire as edited for this campaign; none: the standard questions.',
    }),
    procurementReference: t.string({ description: 'Commission members: the procurement.' }),
    memberIds: t.idList({ description: 'Commission members: the people, by id.' }),
    suppliers: t.field({
      type: [SupplierInput],
      description: 'Potential suppliers: each gets a one-time link.',
    }),
    hiredFrom: t.string({
      description: 'New hires: the first hiring day that joins (YYYY-MM-DD); none: today.',
    }),
    hiredTo: t.string({ description: 'New hires: the last hiring day that joins; none: no end.' }),
  }),
});

const SupplierLinkRef = builder.objectRef<SupplierLink>('DeclarationSupplierLink');

builder.objectType(SupplierLinkRef, {
  description: 'Shown once, at launch: the token of the link /declare/<token>; only its hash is kept.',
  fields: (t) => ({
    id: t.id({ resolve: (l) => l.declarationId }),
    supplierName: t.exposeString('supplierName'),
    token: t.exposeString('token'),
  }),
});

const LaunchedRef = builder.objectRef<{
  campaign: IDeclarationCampaign;
  declarants: number;
  supplierLinks: SupplierLink[];
}>('LaunchedDeclarationCampaign');

builder.objectType(LaunchedRef, {
  fields: (t) => ({
    id: t.id({ resolve: (l) => l.campaign.id }),
    campaign: t.field({ type: DeclarationCampaignRef, resolve: (l) => l.campaign }),
    declarants: t.exposeInt('declarants'),
    supplierLinks: t.field({ type: [SupplierLinkRef], resolve: (l) => l.supplierLinks }),
  }),
});

builder.mutationField('launchDeclarationCampaign', (t) =>
  t.withAuth({ anyRole: CAMPAIGN_RUNNERS }).field({
    type: LaunchedRef,
    description:
      '§72.1: launches a campaign: everyone of the group is asked at once (new hires also as they are hired).',
    args: { input: t.arg({ type: LaunchInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        launchDeclarationCampaign(em, context.actor, {
          title: toLocalizedInput(input.title),
          kind: input.kind,
          group: input.group,
          orgUnitId: input.orgUnitId ? String(input.orgUnitId) : null,
          deadline: input.deadline,
          questions:
            input.questions?.map((q) => ({
              code: q.code ?? null,
              text: toLocalizedInput(q.text),
              interest: q.interest,
            })) ?? null,
          procurementReference: input.procurementReference ?? null,
          memberIds: input.memberIds?.map(String) ?? null,
          suppliers: input.suppliers?.map((s) => ({ name: s.name, bin: s.bin ?? null })) ?? null,
          hiredFrom: input.hiredFrom ?? null,
          hiredTo: input.hiredTo ?? null,
        }),
      ),
  }),
);

builder.mutationField('closeDeclarationCampaign', (t) =>
  t.withAuth({ anyRole: CAMPAIGN_RUNNERS }).field({
    type: DeclarationCampaignRef,
    description: 'Closes a campaign: it takes no more declarations; those not submitted stay missed.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => closeDeclarationCampaign(em, context.actor, String(id))),
  }),
);

builder.mutationField('remindOverdueDeclarants', (t) =>
  t.withAuth({ anyRole: CAMPAIGN_RUNNERS }).field({
    type: 'Int',
    description:
      "E-mails a reminder now to the campaign's overdue declarants, except those reminded today; answers how many.",
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: async (_root, { campaignId }, context) => {
      const reminders = await context.em.transactional((em) =>
        remindOverdueDeclarants(em, context.actor, String(campaignId)),
      );
      // Only once the reminders are recorded (committed) do the mails leave.
      await context.mailOutbox.post(reminders.map((r) => campaignReminderMail(r, context.mailOutbox.appUrl)));
      return reminders.length;
    },
  }),
);

// --- the declarant's side

const MyCampaignDeclarationRef = builder.objectRef<MyCampaignDeclaration>('MyCampaignDeclaration');

builder.objectType(MyCampaignDeclarationRef, {
  description: "A campaign's declaration as its declarant sees it: what is asked, by when, what they filed.",
  fields: (t) => ({
    id: t.id({ resolve: (d) => d.declarationId }),
    campaignId: t.exposeID('campaignId'),
    title: t.field({ type: LocalizedTextRef, resolve: (d) => d.title }),
    kind: t.field({ type: CampaignKindEnum, resolve: (d) => d.kind }),
    group: t.field({ type: CampaignGroupEnum, resolve: (d) => d.group }),
    procurementReference: t.exposeString('procurementReference', { nullable: true }),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD' }),
    status: t.field({ type: DeclarationStatusEnum, resolve: (d) => d.status }),
    open: t.exposeBoolean('open', { description: 'Whether it can be submitted now.' }),
    questions: t.field({ type: [CampaignQuestionRef], resolve: (d) => d.questions }),
    answers: t.field({ type: [DeclarationAnswerRef], nullable: true, resolve: (d) => d.answers }),
    submittedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (d) => d.submittedAt }),
    declaredInterest: t.exposeBoolean('declaredInterest'),
    asksEthicsCodeAcknowledgement: t.exposeBoolean('asksEthicsCodeAcknowledgement', {
      description: '§67: new hires acknowledge the code of business ethics with the declaration.',
    }),
    ethicsCodeAcknowledgedAt: t.field({
      type: DateTimeScalar,
      nullable: true,
      resolve: (d) => d.ethicsCodeAcknowledgedAt,
    }),
  }),
});

const MyCampaignDeclarationsRef = builder.objectRef<MyCampaignDeclaration[]>('MyCampaignDeclarations');

builder.objectType(MyCampaignDeclarationsRef, {
  description:
    "§72: the person's campaign declarations: those due (nearest first) and those filed or missed.",
  fields: (t) => ({
    due: t.field({ type: [MyCampaignDeclarationRef], resolve: (all) => all.filter((d) => d.open) }),
    filed: t.field({ type: [MyCampaignDeclarationRef], resolve: (all) => all.filter((d) => !d.open) }),
  }),
});

builder.objectField(MyDeclarationsRef, 'campaigns', (t) =>
  t.field({
    type: MyCampaignDeclarationsRef,
    resolve: (root, _args, context) => myCampaignDeclarations(context.em, root.actor, root.now),
  }),
);

const AnswerInput = builder.inputType('DeclarationAnswerInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    yes: t.boolean({ required: true }),
    details: t.string({ description: 'Required with a "yes": what it is about.' }),
  }),
});

const SubmitInput = builder.inputType('SubmitDeclarationInput', {
  fields: (t) => ({
    answers: t.field({ type: [AnswerInput], required: true }),
    acknowledgeEthicsCode: t.boolean({ description: '§67: required (true) in a new-hires campaign.' }),
  }),
});

function answerInputs(answers: readonly { code: string; yes: boolean; details?: string | null }[]) {
  return answers.map((a) => ({ code: a.code, yes: a.yes, details: a.details ?? null }));
}

builder.mutationField('submitDeclaration', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: MyCampaignDeclarationRef,
    description:
      "§72.1: the signed-in person's declaration in a campaign that asks them, once, while it is open (late is " +
      'taken, after closing is CONFLICT). A "yes" to an interest question opens a register entry.',
    args: { campaignId: t.arg.id({ required: true }), input: t.arg({ type: SubmitInput, required: true }) },
    resolve: async (_root, { campaignId, input }, context) => {
      const declaration = await context.em.transactional((em) =>
        submitDeclaration(em, context.actor, String(campaignId), {
          answers: answerInputs(input.answers),
          acknowledgeEthicsCode: input.acknowledgeEthicsCode ?? null,
        }),
      );
      const mine = await myCampaignDeclarations(context.em, context.actor);
      const found = mine.find((d) => d.declarationId === declaration.id);
      if (!found) throw new Error("A submitted declaration is among the person's own");
      return found;
    },
  }),
);

export { answerInputs, AnswerInput };

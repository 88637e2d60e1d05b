import {
  DECLARANT_CATEGORIES,
  FILING_STATUSES,
  FINANCIAL_NOTICE_KINDS,
  FINANCIAL_READERS,
  HR_OFFICERS,
  NOTICE_RECIPIENTS,
  PUBLICATION_CATEGORIES,
  financialDeclarationStatus,
  financialNoticesOf,
  myFinancialDeclaration,
  pendingFinancialNotices,
  recordDeclarantDeparture,
  recordFilingProof,
  recordTrustManagement,
  registerDeclarant,
  sendFinancialNotices,
  setDeclarationDeadline,
  signFinancialNotice,
  declarationYearNow,
  noticeStandingNow,
  type DeclarantStatus,
  type IFinancialNotice,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';

// §21–§29: who must declare, the written notices HR gives them, and the proofs of filing — never a
// declaration's content.

const DeclarantCategoryEnum = builder.enumType('DeclarantCategory', {
  description: '§25–§26: why the person must declare.',
  values: DECLARANT_CATEGORIES,
});

export const PublicationCategoryEnum = builder.enumType('DeclarationPublicationCategory', {
  description: '§29: the six categories of officials whose declaration data is published.',
  values: PUBLICATION_CATEGORIES,
});

const FinancialNoticeKindEnum = builder.enumType('FinancialNoticeKind', {
  description:
    'The duty and liability (§24.1(b)), a change in the law (§24.1(d), 30 working days) or in who must declare ' +
    '(§26, one month), the reminder a month before the deadline (§24.3), the post-service warning (§16).',
  values: FINANCIAL_NOTICE_KINDS,
});

const NoticeRecipientEnum = builder.enumType('FinancialNoticeRecipient', { values: NOTICE_RECIPIENTS });

const NoticeStandingEnum = builder.enumType('FinancialNoticeStanding', {
  description: 'Sent by its term or after it; waiting before its term or past it.',
  values: ['sent', 'sent_late', 'pending', 'overdue'] as const,
});

const FilingStatusEnum = builder.enumType('FinancialFilingStatus', {
  description:
    'Proof in by the deadline, after it, none yet (deadline ahead or unset), none past it, or no form due.',
  values: FILING_STATUSES,
});

const FinancialNoticeRef = builder.objectRef<IFinancialNotice>('FinancialNotice');

builder.objectType(FinancialNoticeRef, {
  description: "A written notice filed to the declarant's HR file (§24.2).",
  fields: (t) => ({
    id: t.exposeID('id'),
    personId: t.id({ resolve: (n) => n.person.id }),
    personName: t.string({ resolve: (n) => n.person.fullName }),
    kind: t.field({ type: FinancialNoticeKindEnum, resolve: (n) => n.kind }),
    recipient: t.field({ type: NoticeRecipientEnum, resolve: (n) => n.recipient }),
    spouseName: t.string({ nullable: true, resolve: (n) => n.spouseName ?? null }),
    ruleTitle: t.string({ nullable: true, resolve: (n) => n.ruleChange?.title ?? null }),
    form: t.string({ nullable: true, resolve: (n) => n.form ?? null }),
    year: t.int({ nullable: true, resolve: (n) => n.year ?? null }),
    dueOn: t.string({
      nullable: true,
      description: 'YYYY-MM-DD; null where the text sets no term.',
      resolve: (n) => n.dueOn ?? null,
    }),
    sentAt: t.field({ type: 'DateTime', nullable: true, resolve: (n) => n.sentAt ?? null }),
    signedOn: t.string({ nullable: true, resolve: (n) => n.signedOn ?? null }),
    banUntil: t.string({
      nullable: true,
      description: '§16: the end of the post-service ban.',
      resolve: (n) => n.banUntil ?? null,
    }),
    standing: t.field({ type: NoticeStandingEnum, resolve: (n) => noticeStandingNow(n) }),
  }),
});

const DeclarantStatusRef = builder.objectRef<DeclarantStatus>('FinancialDeclarantStatus');

builder.objectType(DeclarantStatusRef, {
  description:
    "A person obliged to declare, the form they file this year, its deadline, the proof and HR's notices.",
  fields: (t) => ({
    personId: t.exposeID('personId'),
    fullName: t.exposeString('fullName'),
    orgUnitId: t.exposeID('orgUnitId'),
    category: t.field({ type: DeclarantCategoryEnum, resolve: (s) => s.category }),
    publicationCategory: t.field({
      type: PublicationCategoryEnum,
      nullable: true,
      resolve: (s) => s.publicationCategory,
    }),
    obligedFrom: t.exposeString('obligedFrom'),
    obligedUntil: t.exposeString('obligedUntil', { nullable: true }),
    form: t.exposeString('form', {
      nullable: true,
      description: '250.00 or 270.00; null when none is due that year.',
    }),
    deadline: t.exposeString('deadline', { nullable: true }),
    filedOn: t.exposeString('filedOn', { nullable: true }),
    proofId: t.exposeID('proofId', { nullable: true }),
    filing: t.field({ type: FilingStatusEnum, resolve: (s) => s.filing }),
    dutyNotice: t.field({ type: NoticeStandingEnum, nullable: true, resolve: (s) => s.dutyNotice }),
    spouseNoticesPending: t.exposeInt('spouseNoticesPending'),
    reminder: t.field({ type: NoticeStandingEnum, nullable: true, resolve: (s) => s.reminder }),
    reminderDueOn: t.exposeString('reminderDueOn', { nullable: true }),
    trustManagementDueOn: t.exposeString('trustManagementDueOn'),
    trustManagementSettledOn: t.exposeString('trustManagementSettledOn', { nullable: true }),
  }),
});

builder.queryField('financialDeclarationStatus', (t) =>
  t.withAuth({ anyRole: FINANCIAL_READERS }).field({
    type: [DeclarantStatusRef],
    description:
      "Who must declare in the unit's subtree for the year, with the proof and notice standing: HR and the first head.",
    args: { year: t.arg.int({ required: true }), orgUnitId: t.arg.id({ required: true }) },
    resolve: (_root, { year, orgUnitId }, context) =>
      financialDeclarationStatus(context.em, context.actor, { year, orgUnitId: String(orgUnitId) }),
  }),
);

builder.queryField('pendingFinancialNotices', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: [FinancialNoticeRef],
    description: 'The notices HR has yet to send, the earliest term first.',
    resolve: (_root, _args, context) => pendingFinancialNotices(context.em, context.actor),
  }),
);

builder.queryField('financialNotices', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [FinancialNoticeRef],
    description: "A person's HR file of declaration notices (§24.2): HR for anyone, a person for their own.",
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_root, { personId }, context) =>
      financialNoticesOf(context.em, context.actor, String(personId)),
  }),
);

const MyFinancialDeclarationRef = builder.objectRef<{ status: DeclarantStatus; notices: IFinancialNotice[] }>(
  'MyFinancialDeclaration',
);

builder.objectType(MyFinancialDeclarationRef, {
  fields: (t) => ({
    status: t.field({ type: DeclarantStatusRef, resolve: (m) => m.status }),
    notices: t.field({ type: [FinancialNoticeRef], resolve: (m) => m.notices }),
  }),
});

builder.queryField('myFinancialDeclaration', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: MyFinancialDeclarationRef,
    nullable: true,
    description:
      "The signed-in person's form due this year, its proof and their notices; null when they need not declare.",
    resolve: (_root, _args, context) => myFinancialDeclaration(context.em, context.actor),
  }),
);

const RegisterDeclarantInput = builder.inputType('RegisterDeclarantInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    category: t.field({ type: DeclarantCategoryEnum, required: true }),
    publicationCategory: t.field({ type: PublicationCategoryEnum }),
    maslikhatDeputy: t.boolean(),
    obligedFrom: t.string({ required: true, description: 'YYYY-MM-DD: the day they took the post.' }),
  }),
});

builder.mutationField('registerDeclarant', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: DeclarantStatusRef,
    description:
      'Lists a person obliged to declare; the notices of the duty to them and their spouses wait to be sent.',
    args: { input: t.arg({ type: RegisterDeclarantInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const year = declarationYearNow();
      const declarant = await context.em.transactional((em) =>
        registerDeclarant(em, context.actor, {
          personId: String(input.personId),
          category: input.category,
          publicationCategory: input.publicationCategory ?? null,
          maslikhatDeputy: input.maslikhatDeputy ?? false,
          obligedFrom: input.obligedFrom,
        }),
      );
      const rows = await financialDeclarationStatus(context.em, context.actor, {
        year,
        orgUnitId: declarant.person.orgUnit.id,
      });
      return rows.find((row) => row.personId === declarant.person.id) ?? rows[0]!;
    },
  }),
);

builder.mutationField('recordDeclarantDeparture', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: FinancialNoticeRef,
    description: "Records that a declarant left; answers §16's post-service warning, to be signed.",
    args: { personId: t.arg.id({ required: true }), leftOn: t.arg.string({ required: true }) },
    resolve: (_root, { personId, leftOn }, context) =>
      context.em.transactional((em) =>
        recordDeclarantDeparture(em, context.actor, { personId: String(personId), leftOn }),
      ),
  }),
);

builder.mutationField('setDeclarationDeadline', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: 'String',
    description:
      "Sets a form's filing deadline for a year (YYYY-MM-DD); each declarant's §24.3 reminder falls due a month before. Answers the day.",
    args: {
      form: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
      dueOn: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) =>
      (await context.em.transactional((em) => setDeclarationDeadline(em, context.actor, args))).dueOn,
  }),
);

builder.mutationField('sendFinancialNotices', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: [FinancialNoticeRef],
    description:
      'Sends the chosen notices (mail to employees; a spouse is handed theirs in writing); answers those sent now.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (_root, { ids }, context) => {
      const { sent, mails } = await context.em.transactional((em) =>
        sendFinancialNotices(em, context.actor, ids.map(String)),
      );
      await context.mailOutbox.post(mails);
      return sent;
    },
  }),
);

builder.mutationField('signFinancialNotice', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: FinancialNoticeRef,
    description: 'Records the day a notice was signed: HR for anyone, a person for their own.',
    args: { id: t.arg.id({ required: true }), signedOn: t.arg.string({ required: true }) },
    resolve: (_root, { id, signedOn }, context) =>
      context.em.transactional((em) =>
        signFinancialNotice(em, context.actor, { noticeId: String(id), signedOn }),
      ),
  }),
);

const ProofInput = builder.inputType('FilingProofInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    form: t.string({ required: true, description: '250.00 or 270.00' }),
    year: t.int({ required: true }),
    filedOn: t.string({ required: true }),
  }),
});

builder.mutationField('recordFilingProof', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: 'ID',
    description:
      'The proof that a form was filed (multipart): a PDF, JPEG or PNG of at most 5 MB. The declarant for their own, or HR. ' +
      'Once per person, form and year.',
    args: {
      input: t.arg({ type: ProofInput, required: true }),
      file: t.arg({ type: FileScalar, required: true }),
    },
    resolve: async (_root, { input, file }, context) => {
      const data = new Uint8Array(await file.arrayBuffer());
      const proof = await context.em.transactional((em) =>
        recordFilingProof(em, context.actor, {
          ...input,
          personId: String(input.personId),
          file: { fileName: file.name, data },
        }),
      );
      return proof.id;
    },
  }),
);

builder.mutationField('recordTrustManagement', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: 'String',
    description:
      '§13: the trust-management contract (multipart, PDF/JPEG/PNG), or that there is nothing to transfer. Answers the day.',
    args: {
      personId: t.arg.id({ required: true }),
      settledOn: t.arg.string({ required: true }),
      nothingToTransfer: t.arg.boolean({ required: true }),
      file: t.arg({ type: FileScalar }),
    },
    resolve: async (_root, { personId, settledOn, nothingToTransfer, file }, context) => {
      const upload = file ? { fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null;
      const declarant = await context.em.transactional((em) =>
        recordTrustManagement(em, context.actor, {
          personId: String(personId),
          settledOn,
          nothingToTransfer,
          file: upload,
        }),
      );
      return declarant.trustManagementSettledOn ?? settledOn;
    },
  }),
);

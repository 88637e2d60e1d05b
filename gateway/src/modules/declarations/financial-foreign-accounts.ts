import {
  HR_OFFICERS,
  FINDING_RECIPIENTS,
  findingNotices,
  findingStatus,
  foreignAccountAccessOrder,
  foreignAccountFindings,
  foreignAccountUndertakings,
  prepareTaxAuthorityRequest,
  recordForeignAccountAccessOrder,
  recordForeignAccountClosure,
  recordForeignAccountUndertaking,
  recordTaxAuthorityAnswer,
  taxAuthorityRequests,
  type AccessOrderView,
  type ITaxAuthorityRequest,
  todayInKazakhstan,
  type IForeignAccountFinding,
  type IForeignAccountNotice,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { taxRequestFileName } from '../../declarations-files/tax-request-export.js';
import { FileScalar } from '../kernel/file.js';

// §30: the check of accounts in foreign banks — the first head's access order, the undertakings,
// the yearly request to the tax authority, its answer, and each finding to its proof of closure.

const FindingStatusEnum = builder.enumType('ForeignAccountFindingStatus', {
  description:
    'Open within the 6 months, past them (§30.6: the first head acts), closed by the term or after it.',
  values: ['open', 'overdue', 'closed', 'closed_late'] as const,
});

const FindingRecipientEnum = builder.enumType('ForeignAccountNoticeRecipient', {
  description: '§30.5: the first head, HR and the employee, notified at the same time.',
  values: FINDING_RECIPIENTS,
});

const FindingNoticeRef = builder.objectRef<IForeignAccountNotice>('ForeignAccountNotice');

builder.objectType(FindingNoticeRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    recipient: t.field({ type: FindingRecipientEnum, resolve: (n) => n.recipient }),
    personName: t.string({ resolve: (n) => n.person.fullName }),
    sentAt: t.expose('sentAt', { type: 'DateTime' }),
  }),
});

const FindingRef = builder.objectRef<IForeignAccountFinding>('ForeignAccountFinding');

builder.objectType(FindingRef, {
  description: "An employee's account in a foreign bank the tax authority's answer revealed (§30.5).",
  fields: (t) => ({
    id: t.exposeID('id'),
    personId: t.id({ resolve: (f) => f.person.id }),
    personName: t.string({ resolve: (f) => f.person.fullName }),
    year: t.int({ resolve: (f) => f.request.year }),
    bank: t.exposeString('bank'),
    country: t.exposeString('country'),
    foundOn: t.exposeString('foundOn'),
    notifyBy: t.exposeString('notifyBy', { description: '2 working days from the finding.' }),
    notifiedAt: t.field({ type: 'DateTime', nullable: true, resolve: (f) => f.notifiedAt ?? null }),
    closureDueOn: t.exposeString('closureDueOn', { description: '6 months from the finding.' }),
    closedOn: t.string({ nullable: true, resolve: (f) => f.closedOn ?? null }),
    status: t.field({ type: FindingStatusEnum, resolve: (f) => findingStatus(f, todayInKazakhstan()) }),
    notices: t.field({
      type: [FindingNoticeRef],
      description: 'The three notices, for those who read the check.',
      resolve: async (f, _args, context) =>
        context.actor ? findingNotices(context.em, context.actor, f.id).catch(() => []) : [],
    }),
  }),
});

builder.queryField('foreignAccountFindings', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [FindingRef],
    description:
      "The check's findings: all of them for the first head, HR and those the access order names; a person's own otherwise.",
    args: { year: t.arg.int() },
    resolve: (_root, { year }, context) =>
      foreignAccountFindings(context.em, context.actor, { year: year ?? null }),
  }),
);

builder.queryField('myForeignAccountFindings', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [FindingRef],
    description:
      "The signed-in person's own accounts found abroad, each with its deadline to prove it closed.",
    resolve: (_root, _args, context) => foreignAccountFindings(context.em, context.actor, { ownOnly: true }),
  }),
);

const UndertakingRef = builder.objectRef<{ personId: string; fullName: string; signedOn: string | null }>(
  'ForeignAccountUndertaking',
);

builder.objectType(UndertakingRef, {
  fields: (t) => ({
    personId: t.exposeID('personId'),
    fullName: t.exposeString('fullName'),
    signedOn: t.exposeString('signedOn', { nullable: true }),
  }),
});

builder.queryField('foreignAccountUndertakings', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: [UndertakingRef],
    description: '§30.2: everyone who signs the no-foreign-account undertaking, with the day they signed.',
    resolve: (_root, _args, context) => foreignAccountUndertakings(context.em, context.actor),
  }),
);

const AccessOrderPersonRef = builder.objectRef<AccessOrderView['members'][number]>(
  'ForeignAccountAccessOrderPerson',
);

builder.objectType(AccessOrderPersonRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.exposeString('fullName'),
  }),
});

const AccessOrderRef = builder.objectRef<AccessOrderView>('ForeignAccountAccessOrder');

builder.objectType(AccessOrderRef, {
  description:
    "§30.1: the first head's order naming who has access to the data on money in foreign banks and who analyses it.",
  fields: (t) => ({
    id: t.exposeID('id'),
    orderNumber: t.exposeString('orderNumber'),
    orderDate: t.exposeString('orderDate'),
    approvedBy: t.field({ type: AccessOrderPersonRef, resolve: (o) => o.approvedBy }),
    members: t.field({ type: [AccessOrderPersonRef], resolve: (o) => o.members }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('foreignAccountAccessOrder', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AccessOrderRef,
    nullable: true,
    description:
      'The §30.1 order in force, null before the first head records one: for the first head, HR and those it names.',
    resolve: (_root, _args, context) => foreignAccountAccessOrder(context.em, context.actor),
  }),
);

builder.mutationField('recordForeignAccountAccessOrder', (t) =>
  t.withAuth({ role: 'first_head' }).field({
    type: 'ID',
    description:
      "§30.1: the first head's order naming who has access to the foreign-account data; replaces the one in force.",
    args: {
      orderNumber: t.arg.string({ required: true }),
      orderDate: t.arg.string({ required: true }),
      memberIds: t.arg.idList({ required: true }),
    },
    resolve: async (_root, { orderNumber, orderDate, memberIds }, context) =>
      (
        await context.em.transactional((em) =>
          recordForeignAccountAccessOrder(em, context.actor, {
            orderNumber,
            orderDate,
            memberIds: memberIds.map(String),
          }),
        )
      ).id,
  }),
);

builder.mutationField('recordForeignAccountUndertaking', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: 'String',
    description: '§30.2: the undertaking a person signed; answers the day.',
    args: { personId: t.arg.id({ required: true }), signedOn: t.arg.string({ required: true }) },
    resolve: async (_root, { personId, signedOn }, context) =>
      (
        await context.em.transactional((em) =>
          recordForeignAccountUndertaking(em, context.actor, { personId: String(personId), signedOn }),
        )
      ).signedOn,
  }),
);

const TaxRequestRef = builder.objectRef<ITaxAuthorityRequest>('TaxAuthorityRequest');

builder.objectType(TaxRequestRef, {
  description: '§30.3: the yearly request listing every employee with their IIN, and §30.4 its answer.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    employeeCount: t.exposeInt('employeeCount'),
    preparedAt: t.expose('preparedAt', { type: 'DateTime' }),
    answerReceivedOn: t.string({ nullable: true, resolve: (r) => r.answerReceivedOn ?? null }),
    answerReference: t.string({ nullable: true, resolve: (r) => r.answerReference ?? null }),
    fileName: t.string({
      description:
        'The name the file sent is saved under; the file is GET /declarations/foreign-accounts/tax-requests/<id>.csv.',
      resolve: (r) => taxRequestFileName(r.year),
    }),
  }),
});

builder.queryField('taxAuthorityRequests', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [TaxRequestRef],
    description: 'The requests to the tax authority, the latest year first: for those the §30.1 order names.',
    resolve: (_root, _args, context) => taxAuthorityRequests(context.em, context.actor),
  }),
);

builder.mutationField('prepareTaxAuthorityRequest', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: TaxRequestRef,
    description:
      'Prepares the year’s request to the tax authority: those the §30.1 order names. Once a year.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) =>
      context.em.transactional((em) => prepareTaxAuthorityRequest(em, context.actor, { year })),
  }),
);

const FindingInput = builder.inputType('ForeignAccountFindingInput', {
  fields: (t) => ({
    iin: t.string({ required: true }),
    bank: t.string({ required: true }),
    country: t.string({ required: true }),
  }),
});

builder.mutationField('recordTaxAuthorityAnswer', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [FindingRef],
    description:
      "The tax authority's answer, by those the §30.1 order names: each account found notifies the first head, HR and " +
      'the employee at once and starts the 6 months to prove it closed.',
    args: {
      requestId: t.arg.id({ required: true }),
      receivedOn: t.arg.string({ required: true }),
      reference: t.arg.string(),
      findings: t.arg({ type: [FindingInput], required: true }),
    },
    resolve: async (_root, { requestId, receivedOn, reference, findings }, context) => {
      const answer = await context.em.transactional((em) =>
        recordTaxAuthorityAnswer(em, context.actor, {
          requestId: String(requestId),
          receivedOn,
          reference: reference ?? null,
          findings,
        }),
      );
      await context.mailOutbox.post(answer.mails);
      return answer.findings;
    },
  }),
);

builder.mutationField('recordForeignAccountClosure', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: FindingRef,
    description:
      '§30.5: the proof that the account is closed (multipart, PDF/JPEG/PNG of at most 5 MB): the employee, or HR.',
    args: {
      findingId: t.arg.id({ required: true }),
      closedOn: t.arg.string({ required: true }),
      file: t.arg({ type: FileScalar, required: true }),
    },
    resolve: async (_root, { findingId, closedOn, file }, context) => {
      const data = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        recordForeignAccountClosure(em, context.actor, {
          findingId: String(findingId),
          closedOn,
          file: { fileName: file.name, data },
        }),
      );
    },
  }),
);

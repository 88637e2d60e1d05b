import { addReporterMessage, hotlineReportByReceipt, type ReporterView } from '@adal/domain';
import { builder } from '../../builder.js';
import { guardReceipt } from '../../hotline-intake/intake-limits.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { FileScalar } from '../kernel/file.js';
import { HotlineProofInput } from './hotline-challenge.js';
import {
  HotlineCategoryEnum,
  HotlineMessageKindEnum,
  HotlineOutcomeEnum,
  HotlineStatusEnum,
} from './enums.js';
import { attachmentInputs, reporterOf } from './reporter-request.js';

type ReporterMessageShape = ReporterView['messages'][number];
type ReporterAttachmentShape = ReporterMessageShape['attachments'][number];

const ReporterAttachmentRef = builder.objectRef<ReporterAttachmentShape>('ReporterAttachment');

builder.objectType(ReporterAttachmentRef, {
  description:
    'A file of the conversation; the reporter downloads it with POST /hotline/reporter-attachment.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    sizeBytes: t.exposeInt('sizeBytes'),
  }),
});

const ReporterMessageRef = builder.objectRef<ReporterMessageShape>('ReporterMessage');

builder.objectType(ReporterMessageRef, {
  description: 'A message as the reporter sees it: from them or from "the organisation", never a staff name.',
  fields: (t) => ({
    id: t.exposeID('id'),
    from: t.exposeString('from', { description: '"reporter" or "organisation".' }),
    kind: t.field({ type: HotlineMessageKindEnum, resolve: (message) => message.kind }),
    code: t.exposeString('code', {
      nullable: true,
      description:
        'A system message (e.g. auto_receipt) for the page to word in its language; its body is then empty.',
    }),
    body: t.exposeString('body'),
    createdAt: t.field({ type: DateTimeScalar, resolve: (message) => message.createdAt }),
    attachments: t.field({ type: [ReporterAttachmentRef], resolve: (message) => message.attachments }),
  }),
});

const ReporterReportContentRef = builder.objectRef<ReporterView['content']>('ReporterReportContent');

builder.objectType(ReporterReportContentRef, {
  description: 'What the reporter wrote (§41.1: theirs to re-read while they follow the report).',
  fields: (t) => ({
    what: t.exposeString('what'),
    when: t.exposeString('when', { nullable: true }),
    where: t.exposeString('where', { nullable: true }),
    who: t.exposeString('who', { nullable: true }),
  }),
});

const ReporterReportRef = builder.objectRef<ReporterView>('ReporterReport');

builder.objectType(ReporterReportRef, {
  description:
    'A report as its reporter follows it with the receipt: what they wrote, status, deadlines and the conversation.',
  fields: (t) => ({
    number: t.exposeString('number'),
    content: t.field({ type: ReporterReportContentRef, resolve: (report) => report.content }),
    category: t.field({ type: HotlineCategoryEnum, resolve: (report) => report.category }),
    status: t.field({ type: HotlineStatusEnum, resolve: (report) => report.status }),
    receivedAt: t.field({ type: DateTimeScalar, resolve: (report) => report.receivedAt }),
    acknowledgedAt: t.field({
      type: DateTimeScalar,
      nullable: true,
      resolve: (report) => report.acknowledgedAt,
    }),
    processBy: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'When the check is due to end (§69 interim feedback may move it).',
      resolve: (report) => report.processBy,
    }),
    outcome: t.field({ type: HotlineOutcomeEnum, nullable: true, resolve: (report) => report.outcome }),
    closedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (report) => report.closedAt }),
    attachments: t.field({
      type: [ReporterAttachmentRef],
      description: 'The files sent with the report itself; later files belong to their message.',
      resolve: (report) => report.attachments,
    }),
    messages: t.field({ type: [ReporterMessageRef], resolve: (report) => report.messages }),
  }),
});

builder.queryField('hotlineReportByReceipt', (t) =>
  t.field({
    type: ReporterReportRef,
    description:
      'Anonymous: the report a receipt opens, for a solved hotlineChallenge (`proof`; a wrong, expired or reused ' +
      'one is VALIDATION). A malformed receipt is VALIDATION; an unknown, wrong or expired one is NOT_FOUND with ' +
      'one fixed message, and RATE_LIMITED once the client has tried 10 unknown receipts in 15 minutes. A right ' +
      'receipt is always served.',
    args: {
      receipt: t.arg.string({ required: true }),
      proof: t.arg({ type: HotlineProofInput, required: true }),
    },
    resolve: (_root, { receipt, proof }, context) =>
      guardReceipt(reporterOf(context), proof, () =>
        // A write too (the reporter's last visit keeps their access alive), so in a transaction.
        context.orm.em
          .fork()
          .transactional((em) => hotlineReportByReceipt(em, context.hotlineKeyring, receipt, new Date())),
      ),
  }),
);

const ReporterMessageInput = builder.inputType('ReporterMessageInput', {
  description: 'An answer or further facts from the reporter (§69), with files if any (multipart request).',
  fields: (t) => ({
    body: t.string({ required: true }),
    attachments: t.field({ type: [FileScalar], description: 'Up to 5 files of at most 5 MB each.' }),
  }),
});

builder.mutationField('addReporterMessage', (t) =>
  t.field({
    type: ReporterReportRef,
    description:
      'Anonymous: the reporter answers or adds facts and files with the receipt. A closed case is CONFLICT; ' +
      'receipts are checked and rate-limited as in hotlineReportByReceipt. `proof` is needed only once the ' +
      'client has used its allowance of unknown receipts (RATE_LIMITED with extensions.retryWithWork).',
    args: {
      receipt: t.arg.string({ required: true }),
      input: t.arg({ type: ReporterMessageInput, required: true }),
      proof: t.arg({ type: HotlineProofInput }),
    },
    resolve: async (_root, { receipt, input, proof }, context) => {
      const reporter = reporterOf(context);
      const attachments = await attachmentInputs(input.attachments);
      return guardReceipt(reporter, proof, () =>
        context.orm.em
          .fork()
          .transactional((em) =>
            addReporterMessage(
              em,
              context.hotlineKeyring,
              receipt,
              { body: input.body, attachments },
              new Date(),
            ),
          ),
      );
    },
  }),
);

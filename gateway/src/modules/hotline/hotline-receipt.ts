import {
  HOTLINE_OPERATORS,
  enterHotlineReportForCaller,
  submitHotlineReport,
  type CallerReportInput,
  type HotlineReceipt,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { guardSubmission } from '../../hotline-intake/intake-limits.js';
import { FileScalar } from '../kernel/file.js';
import { HotlineCategoryEnum, HotlineChannelEnum } from './enums.js';
import { HotlineProofInput } from './hotline-challenge.js';
import { IntakeAnswerInput, answerInputs } from './intake-question.js';
import { attachmentInputs, reporterOf } from './reporter-request.js';

export const HotlineReceiptRef = builder.objectRef<HotlineReceipt>('HotlineReceipt');

builder.objectType(HotlineReceiptRef, {
  description:
    'The receipt of a filed report: the only key to it, shown once and never stored (only its keyed hash is).',
  fields: (t) => ({
    receipt: t.exposeString('receipt', { description: 'Eight groups of four digits, e.g. "4821 0937 …".' }),
    number: t.exposeString('number', { description: 'The case number, HL-<year>-<number>.' }),
  }),
});

const HotlineReportInput = builder.inputType('HotlineReportInput', {
  description: 'The public intake form (§69). Name and contact only for an open report.',
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    category: t.field({ type: HotlineCategoryEnum, required: true }),
    what: t.string({ required: true, description: 'What happened: 20 to 20 000 characters.' }),
    when: t.string(),
    where: t.string(),
    who: t.string({ description: 'Who is involved.' }),
    anonymous: t.boolean({ required: true }),
    name: t.string(),
    contact: t.string(),
    answers: t.field({
      type: [IntakeAnswerInput],
      description: "Answers to the category's custom questions.",
    }),
    attachments: t.field({
      type: [FileScalar],
      description: 'Up to 5 files of at most 5 MB: PDF, PNG, JPEG, DOCX, XLSX or text (multipart request).',
    }),
  }),
});

builder.mutationField('submitHotlineReport', (t) =>
  t.field({
    type: HotlineReceiptRef,
    description:
      'Anonymous: files a report and returns its receipt once the report is stored. Credentials sent along are ' +
      'ignored; nothing about the sender is kept. Needs a solved hotlineChallenge (`proof`; a wrong, expired or ' +
      'reused one is VALIDATION). A client files 5 reports an hour, then up to 50 more with strong proofs ' +
      '(RATE_LIMITED with extensions.retryWithWork = "strong" says when one is needed).',
    args: {
      input: t.arg({ type: HotlineReportInput, required: true }),
      proof: t.arg({ type: HotlineProofInput, required: true }),
    },
    resolve: async (_root, { input, proof }, context) => {
      const reporter = reporterOf(context);
      const attachments = await attachmentInputs(input.attachments);
      return guardSubmission(reporter, proof, () =>
        // An unfiltered manager of its own, and one transaction: the receipt leaves only after the commit.
        context.orm.em.fork().transactional((em) =>
          submitHotlineReport(em, context.hotlineKeyring, String(input.organizationId), {
            category: input.category,
            what: input.what,
            when: input.when ?? null,
            where: input.where ?? null,
            who: input.who ?? null,
            anonymous: input.anonymous,
            name: input.name ?? null,
            contact: input.contact ?? null,
            attachments,
            answers: answerInputs(input.answers),
          }),
        ),
      );
    },
  }),
);

export const CallerReportInputType = builder.inputType('CallerReportInput', {
  description:
    'A report received by phone, in person or by letter, entered by an operator for the caller (§69).',
  fields: (t) => ({
    channel: t.field({ type: HotlineChannelEnum, required: true }),
    category: t.field({ type: HotlineCategoryEnum, required: true }),
    what: t.string({ required: true }),
    when: t.string(),
    where: t.string(),
    who: t.string(),
    anonymous: t.boolean({ required: true }),
    name: t.string(),
    contact: t.string(),
    answers: t.field({
      type: [IntakeAnswerInput],
      description: "Answers to the category's custom questions.",
    }),
  }),
});

builder.mutationField('enterHotlineReportForCaller', (t) =>
  t.withAuth({ anyRole: HOTLINE_OPERATORS }).field({
    type: HotlineReceiptRef,
    description:
      "Files a caller's report on their behalf; hand the receipt to the caller. The operator is recorded.",
    args: { input: t.arg({ type: CallerReportInputType, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        enterHotlineReportForCaller(em, context.actor, context.hotlineKeyring, {
          // 'web' is the intake's own channel; the domain refuses it here with a VALIDATION error.
          channel: input.channel as CallerReportInput['channel'],
          category: input.category,
          what: input.what,
          when: input.when ?? null,
          where: input.where ?? null,
          who: input.who ?? null,
          anonymous: input.anonymous,
          name: input.name ?? null,
          contact: input.contact ?? null,
          answers: answerInputs(input.answers),
        }),
      ),
  }),
);

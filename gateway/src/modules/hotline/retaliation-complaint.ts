import {
  HOTLINE_OPERATORS,
  caseLinks,
  openRetaliationComplaint,
  type CallerReportInput,
  type CaseLinks,
  type LinkedCaseRef,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { CallerReportInputType, HotlineReceiptRef } from './hotline-receipt.js';

// ISO 37002 §8.4: a complaint of retaliation is a case of its own, linked to the case it follows from.

const LinkedCaseRefType = builder.objectRef<LinkedCaseRef>('LinkedHotlineCase');

builder.objectType(LinkedCaseRefType, {
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
  }),
});

const CaseLinksRef = builder.objectRef<CaseLinks>('HotlineCaseLinks');

builder.objectType(CaseLinksRef, {
  description:
    'The cases linked to a case: the one it complains of retaliation for, and the complaints opened from it.',
  fields: (t) => ({
    retaliationComplaintOf: t.field({
      type: LinkedCaseRefType,
      nullable: true,
      resolve: (links) => links.retaliationComplaintOf,
    }),
    retaliationComplaints: t.field({
      type: [LinkedCaseRefType],
      resolve: (links) => links.retaliationComplaints,
    }),
  }),
});

builder.queryField('hotlineCaseLinks', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: CaseLinksRef,
    description: 'The cases linked to this one, numbers only: for those who handle it.',
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_root, { caseId }, context) => caseLinks(context.em, context.actor, String(caseId)),
  }),
);

builder.mutationField('openRetaliationComplaint', (t) =>
  t.withAuth({ anyRole: HOTLINE_OPERATORS }).field({
    type: HotlineReceiptRef,
    description:
      'Opens a complaint of retaliation from the case it follows from (those who handle that case; it may be ' +
      'closed): a new case entered for the complainant, linked to the original. Hand the receipt to the complainant.',
    args: {
      caseId: t.arg.id({ required: true }),
      input: t.arg({ type: CallerReportInputType, required: true }),
    },
    resolve: (_root, { caseId, input }, context) =>
      context.em.transactional((em) =>
        openRetaliationComplaint(em, context.actor, context.hotlineKeyring, String(caseId), {
          channel: input.channel as CallerReportInput['channel'],
          category: input.category,
          what: input.what,
          when: input.when ?? null,
          where: input.where ?? null,
          who: input.who ?? null,
          anonymous: input.anonymous,
          name: input.name ?? null,
          contact: input.contact ?? null,
        }),
      ),
  }),
);

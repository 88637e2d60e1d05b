import {
  bulkAssignHotlineCases,
  bulkLabelHotlineCases,
  MAX_BULK_CASES,
  type BulkCaseResult,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { JsonScalar } from '../kernel/json.js';
import { CASE_ACCESS } from './hotline-case-summary.js';

// The compliance head acts on several cases at once; each case is changed, or left as it was, on its own.

const BulkCaseResultRef = builder.objectRef<BulkCaseResult>('HotlineBulkCaseResult');

builder.objectType(BulkCaseResultRef, {
  description: 'What became of one case of a bulk action: done, or the refusal the case alone would give.',
  fields: (t) => ({
    caseId: t.exposeID('caseId'),
    number: t.exposeString('number', { nullable: true, description: 'Null for an id that is no case.' }),
    done: t.exposeBoolean('done'),
    errorCode: t.string({ nullable: true, resolve: (r) => r.error?.code ?? null }),
    messageKey: t.string({
      nullable: true,
      description: 'The refusal’s message key, for the client to say in the reader’s language.',
      resolve: (r) => r.error?.messageKey ?? null,
    }),
    params: t.field({ type: JsonScalar, nullable: true, resolve: (r) => r.error?.params ?? null }),
  }),
});

const caseIdsArg = (description: string) => ({ required: true, description }) as const;

builder.mutationField('bulkAssignHotlineCases', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [BulkCaseResultRef],
    description:
      `Assigns each case (at most ${MAX_BULK_CASES}) to the investigators, as assignHotlineCase would, case by case: ` +
      'a case whose report names one of them, or someone above or below them, stays as it was and its result says ' +
      'why (§69). The compliance head only (FORBIDDEN otherwise).',
    args: {
      caseIds: t.arg.idList(caseIdsArg('The cases, in any order.')),
      investigatorIds: t.arg.idList({ required: true }),
    },
    resolve: (_root, { caseIds, investigatorIds }, context) =>
      context.em.transactional(async (em) => {
        const results = await bulkAssignHotlineCases(
          em,
          context.actor,
          caseIds.map(String),
          investigatorIds.map(String),
          new Date(),
        );
        await em.flush();
        return results;
      }),
  }),
);

builder.mutationField('bulkLabelHotlineCases', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [BulkCaseResultRef],
    description:
      `Adds the labels to each case (at most ${MAX_BULK_CASES}) the compliance head handles, keeping those it has; ` +
      'a case that would carry too many, or that she does not run, says why.',
    args: {
      caseIds: t.arg.idList(caseIdsArg('The cases, in any order.')),
      labels: t.arg.stringList({ required: true }),
    },
    resolve: (_root, { caseIds, labels }, context) =>
      context.em.transactional(async (em) => {
        const results = await bulkLabelHotlineCases(em, context.actor, caseIds.map(String), labels);
        await em.flush();
        return results;
      }),
  }),
);

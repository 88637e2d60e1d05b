import {
  acknowledgeHotlineCase,
  closeHotlineCase,
  recordFindings,
  triageHotlineCase,
  type TriageInput,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { HotlineCategoryEnum, HotlineOutcomeEnum, HotlineScopeEnum, OutOfScopeReasonEnum } from './enums.js';
import { changeCase, HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { RetaliationRiskLevelEnum } from './protection-task.js';

// A case's way from receipt to closing (§69): acknowledgement, triage, findings, the outcome.

builder.mutationField('acknowledgeHotlineCase', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'Confirms to the reporter that the report is received and under review (§69: within 24 hours). Once per case; ' +
      'a closed or already acknowledged case is CONFLICT.',
    args: {
      id: t.arg.id({ required: true }),
      message: t.arg.string({ description: 'Own words for the reporter; a standard text when absent.' }),
    },
    resolve: (_root, { id, message }, context) =>
      changeCase(context, String(id), (em, now) =>
        acknowledgeHotlineCase(em, context.actor, context.hotlineKeyring, String(id), now, message ?? null),
      ),
  }),
);

const ProtectionTaskInput = builder.inputType('ProtectionTaskInput', {
  fields: (t) => ({
    ownerId: t.id({ required: true, description: 'A compliance head or compliance officer.' }),
    reviewOn: t.string({ required: true, description: 'YYYY-MM-DD, today or later.' }),
  }),
});

const RetaliationRiskInput = builder.inputType('RetaliationRiskInput', {
  fields: (t) => ({
    level: t.field({ type: RetaliationRiskLevelEnum, required: true }),
    reason: t.string({ description: 'Required for medium and high; sealed.' }),
    task: t.field({ type: ProtectionTaskInput, description: 'Required for high: the protection task.' }),
  }),
});

const TriageInputType = builder.inputType('TriageInput', {
  fields: (t) => ({
    scope: t.field({ type: HotlineScopeEnum, required: true, description: 'in_scope or out_of_scope.' }),
    reason: t.field({ type: OutOfScopeReasonEnum, description: 'Required when out of scope.' }),
    note: t.string({ description: 'Internal; never shown to the reporter.' }),
    category: t.field({
      type: HotlineCategoryEnum,
      description: 'Corrects the category the reporter chose.',
    }),
    retaliationRisk: t.field({
      type: RetaliationRiskInput,
      description: 'In scope: the reporter’s and witnesses’ risk of retaliation (ISO 37002 §8.4).',
    }),
  }),
});

builder.mutationField('triageHotlineCase', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'In scope starts the check; out of scope (with its reason, §69) closes the case and tells the reporter. The ' +
      'case’s manager only: the compliance head, or the alternate handler of a case that names a compliance head.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: TriageInputType, required: true }) },
    resolve: (_root, { id, input }, context) =>
      changeCase(context, String(id), (em, now) =>
        triageHotlineCase(
          em,
          context.actor,
          context.hotlineKeyring,
          String(id),
          {
            // 'pending' is no decision; the domain refuses it with a VALIDATION error.
            scope: input.scope as TriageInput['scope'],
            reason: input.reason ?? null,
            note: input.note ?? null,
            category: input.category ?? null,
            retaliationRisk: input.retaliationRisk
              ? {
                  level: input.retaliationRisk.level,
                  reason: input.retaliationRisk.reason ?? null,
                  task: input.retaliationRisk.task
                    ? {
                        ownerId: String(input.retaliationRisk.task.ownerId),
                        reviewOn: input.retaliationRisk.task.reviewOn,
                      }
                    : null,
                }
              : null,
          },
          now,
        ),
      ),
  }),
);

const FindingsInput = builder.inputType('FindingsInput', {
  fields: (t) => ({
    findings: t.string({ required: true }),
    outcome: t.field({ type: HotlineOutcomeEnum, required: true }),
  }),
});

builder.mutationField('recordHotlineFindings', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'The findings of the check (sealed) and its outcome; may be revised until the case is closed.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: FindingsInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      changeCase(context, String(id), (em) =>
        recordFindings(em, context.actor, context.hotlineKeyring, String(id), input),
      ),
  }),
);

const CloseCaseInput = builder.inputType('CloseCaseInput', {
  fields: (t) => ({
    outcome: t.field({ type: HotlineOutcomeEnum, required: true }),
    messageToReporter: t.string({
      required: true,
      description: 'A concrete, clear answer to the reporter (§69).',
    }),
  }),
});

builder.mutationField('closeHotlineCase', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'Closes the case with its outcome and the answer the reporter reads. Needs the findings unless out of scope ' +
      '(CONFLICT otherwise); recommendations stay monitored after closing.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: CloseCaseInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      changeCase(context, String(id), (em, now) =>
        closeHotlineCase(em, context.actor, context.hotlineKeyring, String(id), input, now),
      ),
  }),
);

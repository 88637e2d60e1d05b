import {
  PROTECTION_TASK_OWNERS,
  RETALIATION_RISK_LEVELS,
  caseRetaliationAssessment,
  completeProtectionTask,
  listProtectionTasks,
  protectionTaskOwners,
  type ProtectionTaskView,
  type RetaliationAssessmentView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';

// ISO 37002 §8.4: the retaliation risk assessed at triage, and the protection tasks a high risk creates.

export const RetaliationRiskLevelEnum = builder.enumType('RetaliationRiskLevel', {
  description: 'The reporter’s and witnesses’ risk of retaliation (ISO 37002 §8.4).',
  values: RETALIATION_RISK_LEVELS,
});

const RetaliationAssessmentRef = builder.objectRef<RetaliationAssessmentView>('RetaliationAssessment');

builder.objectType(RetaliationAssessmentRef, {
  fields: (t) => ({
    level: t.field({ type: RetaliationRiskLevelEnum, resolve: (a) => a.level }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Sealed at rest; for the case’s handlers.',
    }),
    assessedAt: t.expose('assessedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('hotlineRetaliationAssessment', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: RetaliationAssessmentRef,
    nullable: true,
    description: 'The retaliation risk assessed at the case’s triage; null before. The case’s handlers only.',
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_root, { caseId }, context) =>
      caseRetaliationAssessment(context.em, context.actor, context.hotlineKeyring, String(caseId)),
  }),
);

const ProtectionTaskRef = builder.objectRef<ProtectionTaskView>('ProtectionTask');

builder.objectType(ProtectionTaskRef, {
  description: 'A task to protect a reporter and witnesses at high risk of retaliation (ISO 37002 §8.4).',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    caseNumber: t.exposeString('caseNumber'),
    owner: t.field({ type: PersonRefType, resolve: (task) => task.owner }),
    reviewOn: t.exposeString('reviewOn', { description: 'YYYY-MM-DD' }),
    overdue: t.exposeBoolean('overdue', {
      description: 'Open and past its review date (Kazakhstan’s calendar).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    completionNote: t.exposeString('completionNote', { nullable: true }),
  }),
});

builder.queryField('protectionTasks', (t) =>
  t.withAuth({ anyRole: PROTECTION_TASK_OWNERS }).field({
    type: [ProtectionTaskRef],
    description:
      'Protection tasks, open ones first by review date: all for the compliance head, their own for the other ' +
      'compliance staff. At most `limit` (default 200).',
    args: { openOnly: t.arg.boolean(), limit: t.arg.int() },
    resolve: (_root, { openOnly, limit }, context) =>
      listProtectionTasks(
        context.em,
        context.actor,
        { openOnly: openOnly === true },
        new Date(),
        Math.min(Math.max(limit ?? 200, 1), 200),
      ),
  }),
);

builder.queryField('protectionTaskOwners', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [PersonRefType],
    description:
      'The compliance staff who may own a protection task on this case: for the one who triages it.',
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_root, { caseId }, context) => protectionTaskOwners(context.em, context.actor, String(caseId)),
  }),
);

builder.mutationField('completeProtectionTask', (t) =>
  t.withAuth({ anyRole: PROTECTION_TASK_OWNERS }).field({
    type: ProtectionTaskRef,
    description:
      'Completes a protection task with a note of what was done: its owner or the compliance head. Once: a ' +
      'completed task is CONFLICT.',
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true }) },
    resolve: (_root, { id, note }, context) =>
      context.em.transactional((em) =>
        completeProtectionTask(em, context.actor, String(id), note, new Date()),
      ),
  }),
);

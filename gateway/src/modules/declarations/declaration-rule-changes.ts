import {
  HR_OFFICERS,
  RULE_CHANGE_KINDS,
  declarationRuleChanges,
  recordDeclarationRuleChange,
  type DeclarationRuleChangeSummary,
} from '@adal/domain';
import { builder } from '../../builder.js';

// The changes that oblige HR to notify declarants afresh: a change in the law on declarations
// (§24.1(d), within 30 working days) or in who must declare (§26, within one month).

const RuleChangeKindEnum = builder.enumType('DeclarationRuleChangeKind', {
  description: 'A change in the law on declarations (§24.1(d)) or in who must declare (§26).',
  values: RULE_CHANGE_KINDS,
});

const RuleChangeRef = builder.objectRef<DeclarationRuleChangeSummary>('DeclarationRuleChange');

builder.objectType(RuleChangeRef, {
  description: 'A recorded change in the declaration rules, and how many of its notices HR has sent.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: RuleChangeKindEnum, resolve: (c) => c.kind }),
    title: t.exposeString('title'),
    inForceOn: t.exposeString('inForceOn', { description: 'YYYY-MM-DD' }),
    noticesDueOn: t.exposeString('noticesDueOn', { description: 'YYYY-MM-DD: the term of its notices.' }),
    recordedAt: t.field({ type: 'DateTime', resolve: (c) => c.recordedAt }),
    notices: t.exposeInt('notices', { description: 'The notices it made, one per person concerned.' }),
    sent: t.exposeInt('sent', { description: 'Those sent (or signed).' }),
  }),
});

builder.queryField('declarationRuleChanges', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: [RuleChangeRef],
    description: 'The changes in the declaration rules entering into force in the year, the latest first.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => declarationRuleChanges(context.em, context.actor, year),
  }),
);

const RuleChangeInput = builder.inputType('DeclarationRuleChangeInput', {
  fields: (t) => ({
    kind: t.field({ type: RuleChangeKindEnum, required: true }),
    title: t.string({ required: true }),
    inForceOn: t.string({ required: true }),
    personIds: t.idList({ description: '§26: the employees a change in who must declare concerns.' }),
  }),
});

builder.mutationField('recordDeclarationRuleChange', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: 'String',
    description:
      'Records a change in the law (§24.1(d)) or in who must declare (§26); answers the day its notices are due.',
    args: { input: t.arg({ type: RuleChangeInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      (
        await context.em.transactional((em) =>
          recordDeclarationRuleChange(em, context.actor, {
            kind: input.kind,
            title: input.title,
            inForceOn: input.inForceOn,
            personIds: (input.personIds ?? []).map(String),
          }),
        )
      ).noticesDueOn,
  }),
);

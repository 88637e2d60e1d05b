import {
  addHotlineRecommendation,
  completeHotlineRecommendation,
  listOpenRecommendations,
  type HotlineRecommendationView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { RecommendationKindEnum } from './enums.js';
import { changeCase, HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';

export const HotlineRecommendationRef = builder.objectRef<HotlineRecommendationView>('HotlineRecommendation');

builder.objectType(HotlineRecommendationRef, {
  description: 'A recommendation from a check, with its owner and due date, monitored until done (§69).',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    caseNumber: t.exposeString('caseNumber'),
    kind: t.field({ type: RecommendationKindEnum, resolve: (r) => r.kind }),
    text: t.exposeString('text'),
    owner: t.field({ type: PersonRefType, resolve: (r) => r.owner }),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD' }),
    doneAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (r) => r.doneAt }),
    doneNote: t.exposeString('doneNote', { nullable: true }),
    overdue: t.exposeBoolean('overdue', { description: 'Not done by the end of its due date.' }),
  }),
});

builder.queryField('hotlineRecommendations', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [HotlineRecommendationRef],
    description:
      'Open recommendations of the cases the viewer manages, earliest due first: their monitoring until done (§69). ' +
      'The compliance head and the alternate handler.',
    args: { overdueOnly: t.arg.boolean() },
    resolve: (_root, { overdueOnly }, context) =>
      listOpenRecommendations(context.em, context.actor, { overdueOnly: overdueOnly ?? null }, new Date()),
  }),
);

const RecommendationInput = builder.inputType('RecommendationInput', {
  fields: (t) => ({
    kind: t.field({ type: RecommendationKindEnum, required: true }),
    text: t.string({ required: true }),
    ownerId: t.id({ required: true }),
    dueOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
  }),
});

builder.mutationField('addHotlineRecommendation', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: RecommendationInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      changeCase(context, String(id), (em, now) =>
        addHotlineRecommendation(
          em,
          context.actor,
          String(id),
          { kind: input.kind, text: input.text, ownerId: String(input.ownerId), dueOn: input.dueOn },
          now,
        ),
      ),
  }),
);

builder.mutationField('completeHotlineRecommendation', (t) =>
  // Its owner may be anyone in the organisation; the domain says who may complete it.
  t.withAuth({ authenticated: true }).field({
    type: HotlineRecommendationRef,
    args: { id: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_root, { id, note }, context) =>
      context.em.transactional((em) =>
        completeHotlineRecommendation(em, context.actor, String(id), { note: note ?? null }, new Date()),
      ),
  }),
);

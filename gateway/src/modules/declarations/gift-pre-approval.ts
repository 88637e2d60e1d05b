import {
  GIFT_DECIDERS,
  GIFT_REGISTER_READERS,
  INVITATION_KINDS,
  PRE_APPROVAL_STATUSES,
  decideGiftPreApproval,
  giftPreApprovals,
  myGiftPreApprovals,
  requestGiftPreApproval,
  type PreApprovalView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { PersonRefType } from '../hotline/person-ref.js';
import { TripExceptionEnum } from './gift.js';

export const InvitationKindEnum = builder.enumType('InvitationKind', { values: INVITATION_KINDS });
export const PreApprovalStatusEnum = builder.enumType('GiftPreApprovalStatus', {
  values: PRE_APPROVAL_STATUSES,
});

const PreApprovalRef = builder.objectRef<PreApprovalView>('GiftPreApproval');

builder.objectType(PreApprovalRef, {
  description: '§17.8: a request to accept an invitation (a trip, hospitality, a gift) before accepting it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (r) => r.person }),
    kind: t.field({ type: InvitationKindEnum, resolve: (r) => r.kind }),
    inviter: t.exposeString('inviter'),
    occasion: t.exposeString('occasion'),
    eventOn: t.exposeString('eventOn', { description: 'YYYY-MM-DD' }),
    valueAmount: t.exposeFloat('valueAmount', { nullable: true }),
    currency: t.exposeString('currency', { nullable: true }),
    tripException: t.field({ type: TripExceptionEnum, nullable: true, resolve: (r) => r.tripException }),
    hostPresent: t.exposeBoolean('hostPresent', { nullable: true }),
    status: t.field({ type: PreApprovalStatusEnum, resolve: (r) => r.status }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    decidedBy: t.field({ type: PersonRefType, nullable: true, resolve: (r) => r.decidedBy }),
    decidedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (r) => r.decidedAt }),
    requestedAt: t.field({ type: DateTimeScalar, resolve: (r) => r.requestedAt }),
  }),
});

const PreApprovalInput = builder.inputType('GiftPreApprovalInput', {
  fields: (t) => ({
    kind: t.field({ type: InvitationKindEnum, required: true }),
    inviter: t.string({ required: true }),
    occasion: t.string({ required: true }),
    eventOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
    valueAmount: t.float(),
    currency: t.string(),
    tripException: t.field({ type: TripExceptionEnum }),
    hostPresent: t.boolean(),
  }),
});

builder.mutationField('requestGiftPreApproval', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: PreApprovalRef,
    description: '§17.8: asks the compliance officer before accepting an invitation.',
    args: { input: t.arg({ type: PreApprovalInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) => requestGiftPreApproval(em, context.actor, input)),
  }),
);

builder.mutationField('decideGiftPreApproval', (t) =>
  t.withAuth({ anyRole: GIFT_DECIDERS }).field({
    type: PreApprovalRef,
    description: 'Approves or refuses a request, once (a second answer is a CONFLICT); never one’s own.',
    args: {
      id: t.arg.id({ required: true }),
      approve: t.arg.boolean({ required: true }),
      note: t.arg.string(),
    },
    resolve: (_root, { id, approve, note }, context) =>
      context.em.transactional((em) =>
        decideGiftPreApproval(em, context.actor, String(id), { approve, note }, new Date()),
      ),
  }),
);

builder.queryField('myGiftPreApprovals', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [PreApprovalRef],
    description: 'The signed-in person’s own requests, the latest first.',
    resolve: (_root, _args, context) => myGiftPreApprovals(context.em, context.actor),
  }),
);

builder.queryField('giftPreApprovals', (t) =>
  t.withAuth({ anyRole: GIFT_REGISTER_READERS }).field({
    type: [PreApprovalRef],
    description: 'The organisation’s requests: those waiting first.',
    args: { status: t.arg({ type: PreApprovalStatusEnum }) },
    resolve: (_root, { status }, context) => giftPreApprovals(context.em, context.actor, { status }),
  }),
);

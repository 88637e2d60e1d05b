import {
  GIFT_ACTIONS,
  GIFT_CURRENCIES,
  GIFT_DECIDERS,
  GIFT_DECISIONS,
  GIFT_EVENTS,
  GIFT_KINDS,
  GIFT_REGISTER_READERS,
  GIFT_STATUSES,
  MAX_GIFT_PAGE,
  TRIP_EXCEPTIONS,
  declareGift,
  decideGift,
  giftActions,
  giftDeclaration,
  giftRegister,
  myGifts,
  recordGiftHandOver,
  type GiftRegisterPage,
  type GiftView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { PersonRefType } from '../hotline/person-ref.js';

export const GiftKindEnum = builder.enumType('GiftKind', {
  description: '§17–§18: a thing, money, a service, a trip invitation or hospitality.',
  values: GIFT_KINDS,
});

export const GiftEventEnum = builder.enumType('GiftEvent', {
  description: 'What became of the offer: offered (not yet answered), received, or refused.',
  values: GIFT_EVENTS,
});

export const GiftDecisionEnum = builder.enumType('GiftDecision', {
  description:
    '§17.5–§17.6, §20: keep as an official gift, hand over to the state property body, buy back at its value, ' +
    'refuse (return to the giver), or pay its value back to the budget.',
  values: GIFT_DECISIONS,
});

export const TripExceptionEnum = builder.enumType('TripException', {
  description:
    '§17.8 (a)–(d): invited by the spouse or relatives at their expense; by an individual unrelated to the ' +
    'work, with a higher official’s consent; under an international treaty; to a scientific, sporting, creative, ' +
    'professional or humanitarian event.',
  values: TRIP_EXCEPTIONS,
});

export const GiftActionEnum = builder.enumType('GiftAction', {
  description: 'Record the hand-over of a received gift (§17.5), or decide what becomes of it (§17.6).',
  values: GIFT_ACTIONS,
});

export const GiftStatusEnum = builder.enumType('GiftStatus', {
  values: GIFT_STATUSES,
});

const GiftRef = builder.objectRef<GiftView>('GiftDeclaration');

builder.objectType(GiftRef, {
  description:
    'A gift, money, service, trip invitation or hospitality offered to, received or refused by an employee or ' +
    'a family member of theirs (§17–§18), with its hand-over deadline and the compliance officer’s decision.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (g) => g.person }),
    relatedPersonId: t.exposeID('relatedPersonId', { nullable: true }),
    recipientName: t.exposeString('recipientName', {
      nullable: true,
      description: 'The family member who received it (§17.9); null when the employee did.',
    }),
    kind: t.field({ type: GiftKindEnum, resolve: (g) => g.kind }),
    event: t.field({ type: GiftEventEnum, resolve: (g) => g.event }),
    giver: t.exposeString('giver'),
    giverOrganization: t.exposeString('giverOrganization', { nullable: true }),
    occasion: t.exposeString('occasion'),
    description: t.exposeString('description'),
    occurredOn: t.exposeString('occurredOn', { description: 'YYYY-MM-DD' }),
    learnedOn: t.exposeString('learnedOn', { nullable: true, description: 'YYYY-MM-DD' }),
    valueAmount: t.exposeFloat('valueAmount'),
    currency: t.exposeString('currency'),
    exchangeRate: t.exposeFloat('exchangeRate'),
    valueTenge: t.exposeFloat('valueTenge'),
    mciTenge: t.exposeInt('mciTenge', {
      nullable: true,
      description: 'The MCI in force on the day it occurred; null when none is configured for that day.',
    }),
    valueMci: t.exposeFloat('valueMci', { nullable: true }),
    official: t.exposeBoolean('official'),
    withoutConsent: t.exposeBoolean('withoutConsent'),
    tripException: t.field({ type: TripExceptionEnum, nullable: true, resolve: (g) => g.tripException }),
    tripBanned: t.exposeBoolean('tripBanned', {
      description: '§17.8: a trip paid by others under none of the four exceptions.',
    }),
    hostPresent: t.exposeBoolean('hostPresent', { nullable: true }),
    countsAsGift: t.exposeBoolean('countsAsGift', {
      description: '§18: false only for hospitality with the host present.',
    }),
    actionDueOn: t.exposeString('actionDueOn', {
      nullable: true,
      description:
        'YYYY-MM-DD: the last day to hand it over or pay it — 7 calendar days from receipt or learning of it ' +
        '(§17.4–§17.5), 2 weeks for money received without consent (§17.3), on the next working day when that is a ' +
        'day off; null when nothing is to be handed over.',
    }),
    handedOverOn: t.exposeString('handedOverOn', { nullable: true, description: 'YYYY-MM-DD' }),
    handedOverTo: t.exposeString('handedOverTo', { nullable: true }),
    handOverOverdue: t.exposeBoolean('handOverOverdue'),
    status: t.field({ type: GiftStatusEnum, resolve: (g) => g.status }),
    decision: t.field({ type: GiftDecisionEnum, nullable: true, resolve: (g) => g.decision }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    buyBackPriceTenge: t.exposeFloat('buyBackPriceTenge', { nullable: true }),
    decidedOn: t.exposeString('decidedOn', { nullable: true, description: 'YYYY-MM-DD' }),
    decidedBy: t.field({ type: PersonRefType, nullable: true, resolve: (g) => g.decidedBy }),
    decidedInTime: t.exposeBoolean('decidedInTime', { nullable: true }),
    declaredAt: t.field({ type: DateTimeScalar, resolve: (g) => g.declaredAt }),
    actions: t.field({
      type: [GiftActionEnum],
      description: 'What the viewer may do with it now; the person never decides on their own gift.',
      resolve: (g, _args, context) => (context.actor ? giftActions(g, context.actor) : []),
    }),
  }),
});

const DeclareGiftInput = builder.inputType('DeclareGiftInput', {
  fields: (t) => ({
    kind: t.field({ type: GiftKindEnum, required: true }),
    event: t.field({ type: GiftEventEnum, required: true }),
    relatedPersonId: t.id({ description: 'A family member from the declared relatives who received it.' }),
    recipientName: t.string({ description: 'A family member who received it, by name.' }),
    giver: t.string({ required: true }),
    giverOrganization: t.string(),
    occasion: t.string({ required: true }),
    description: t.string(),
    occurredOn: t.string({
      required: true,
      description: 'YYYY-MM-DD: the day it was offered, received or refused.',
    }),
    learnedOn: t.string({
      description: 'YYYY-MM-DD: the day the person learned of a receipt they did not know of.',
    }),
    valueAmount: t.float({ required: true, description: 'Not negative; no upper limit.' }),
    currency: t.string({
      required: true,
      description: `One of ${GIFT_CURRENCIES.join(', ')}; any other is a VALIDATION error.`,
    }),
    exchangeRate: t.float({
      description: 'Tenge for one unit of the currency on the day; required unless KZT.',
    }),
    official: t.boolean(),
    withoutConsent: t.boolean({ description: '§17.3: money transferred without consent.' }),
    tripException: t.field({ type: TripExceptionEnum }),
    hostPresent: t.boolean({ description: '§18: required for hospitality.' }),
  }),
});

builder.mutationField('declareGift', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: GiftRef,
    description:
      '§17–§18: declares a gift, money, service, trip invitation or hospitality of one’s own or of a family ' +
      'member. A negative value or an unknown currency is a VALIDATION error and nothing is written.',
    args: { input: t.arg({ type: DeclareGiftInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        declareGift(
          em,
          context.actor,
          { ...input, relatedPersonId: input.relatedPersonId == null ? null : String(input.relatedPersonId) },
          new Date(),
        ),
      ),
  }),
);

const DecideGiftInput = builder.inputType('DecideGiftInput', {
  fields: (t) => ({
    decision: t.field({ type: GiftDecisionEnum, required: true }),
    note: t.string(),
    decidedOn: t.string({ description: 'YYYY-MM-DD; today when left out.' }),
    buyBackPriceTenge: t.float({
      description: '§17.6: the assessed price; the declared value when left out.',
    }),
  }),
});

builder.mutationField('decideGift', (t) =>
  t.withAuth({ anyRole: GIFT_DECIDERS }).field({
    type: GiftRef,
    description:
      'The compliance officer’s decision on a declared gift, once: a second decision is a CONFLICT and the first ' +
      'stands; the person who declared it may not decide it (FORBIDDEN).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: DecideGiftInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) => decideGift(em, context.actor, String(id), input, new Date())),
  }),
);

const GiftHandOverInput = builder.inputType('GiftHandOverInput', {
  fields: (t) => ({
    handedOverOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
    handedOverTo: t.string({
      required: true,
      description: 'The state property body, the budget, or the giver.',
    }),
  }),
});

builder.mutationField('recordGiftHandOver', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: GiftRef,
    description:
      '§17.3–§17.5: the day a received gift was handed over or its value paid, recorded once by the person who ' +
      'declared it or a compliance officer (anyone else: FORBIDDEN).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: GiftHandOverInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) => recordGiftHandOver(em, context.actor, String(id), input, new Date())),
  }),
);

builder.queryField('myGifts', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [GiftRef],
    description: 'The signed-in person’s own gift declarations, the latest first.',
    resolve: (_root, _args, context) => myGifts(context.em, context.actor, new Date()),
  }),
);

builder.queryField('giftDeclaration', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: GiftRef,
    description: 'One declaration: to its declarant, the officers and auditors; to anyone else NOT_FOUND.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => giftDeclaration(context.em, context.actor, String(id), new Date()),
  }),
);

const GiftRegisterFilterInput = builder.inputType('GiftRegisterFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Words of the declarant’s name, the giver or the occasion.' }),
    status: t.field({ type: GiftStatusEnum }),
    kind: t.field({ type: GiftKindEnum }),
    overdue: t.boolean({ description: 'Only those past their hand-over day and not handed over.' }),
    from: t.string({ description: 'YYYY-MM-DD, by the day it occurred.' }),
    to: t.string({ description: 'YYYY-MM-DD' }),
  }),
});

const GiftRegisterPageRef = builder.objectRef<GiftRegisterPage>('GiftRegisterPage');

builder.objectType(GiftRegisterPageRef, {
  fields: (t) => ({
    items: t.field({ type: [GiftRef], resolve: (page) => page.items }),
    total: t.exposeInt('total'),
  }),
});

builder.queryField('giftRegister', (t) =>
  t.withAuth({ anyRole: GIFT_REGISTER_READERS }).field({
    type: GiftRegisterPageRef,
    description: 'The gift register (§17, §75): the undecided first, then the latest.',
    args: {
      filter: t.arg({ type: GiftRegisterFilterInput }),
      limit: t.arg.int({ defaultValue: 25, description: `1 to ${MAX_GIFT_PAGE}.` }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, { filter, limit, offset }, context) =>
      giftRegister(context.em, context.actor, filter ?? {}, { limit, offset }, new Date()),
  }),
);

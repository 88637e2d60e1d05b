import {
  HOTLINE_INVESTIGATORS,
  HOTLINE_MANAGERS,
  listHotlineCases,
  type HotlineCaseSummary,
  type HotlineQueueItem,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { SortDirectionEnum } from '../kernel/sort-direction.js';
import {
  HotlineCaseHandlerEnum,
  HotlineCategoryEnum,
  HotlineChannelEnum,
  HotlineScopeEnum,
  HotlineCaseSortFieldEnum,
  HotlinePriorityEnum,
  HotlineStatusEnum,
} from './enums.js';
import { PersonRefType } from './person-ref.js';

/** The compliance head and the investigators: who works the hotline by role. */
export const HOTLINE_HANDLERS = [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS];

/**
 * Who reaches the case fields: any signed-in person, because the alternate handler of the cases
 * that name a compliance head may hold no hotline role (a board member, or a deputy the first
 * head names; ADR 008). Which case each may see or change is the domain's rule, from the case
 * itself: its manager (the compliance head, or that alternate handler), its investigators, and
 * never a person it names — everyone else is FORBIDDEN.
 */
export const CASE_ACCESS = { authenticated: true } as const;

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What every row of the queue shows, a withheld one too: that the case exists. */
function caseHeadFields<
  Case extends Pick<HotlineCaseSummary, 'id' | 'number' | 'status' | 'receivedAt' | 'handledBy'>,
>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Case>) {
  return {
    id: t.id({ resolve: (c) => c.id }),
    number: t.string({ description: 'HL-<year>-<number>.', resolve: (c) => c.number }),
    status: t.field({ type: HotlineStatusEnum, resolve: (c) => c.status }),
    receivedAt: t.field({ type: DateTimeScalar, resolve: (c) => c.receivedAt }),
    handledBy: t.field({ type: HotlineCaseHandlerEnum, resolve: (c) => c.handledBy }),
  };
}

/** The whole case's summary fields (a withheld row has none of them). */
export function caseSummaryFields<Case extends HotlineCaseSummary>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Case>,
) {
  return {
    ...caseHeadFields(t),
    category: t.field({ type: HotlineCategoryEnum, resolve: (c) => c.category }),
    channel: t.field({ type: HotlineChannelEnum, resolve: (c) => c.channel }),
    scope: t.field({ type: HotlineScopeEnum, resolve: (c) => c.scope }),
    anonymous: t.boolean({ resolve: (c) => c.anonymous }),
    acknowledgeBy: t.field({
      type: DateTimeScalar,
      description: 'The acknowledgement deadline: 24 hours after receipt by default (§69).',
      resolve: (c) => c.acknowledgeBy,
    }),
    acknowledgedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (c) => c.acknowledgedAt }),
    processBy: t.field({
      type: DateTimeScalar,
      description: 'The internal processing deadline (§74.6), moved by interim feedback.',
      resolve: (c) => c.processBy,
    }),
    closedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (c) => c.closedAt }),
    overdueAcknowledgement: t.boolean({ resolve: (c) => c.overdueAcknowledgement }),
    acknowledgedInTime: t.boolean({
      nullable: true,
      description: 'Whether the acknowledgement came by its deadline (§69); null until it comes.',
      resolve: (c) => c.acknowledgedInTime,
    }),
    assignees: t.field({
      type: [PersonRefType],
      description: 'The current investigators.',
      resolve: (c) => c.assignees,
    }),
    priority: t.field({ type: HotlinePriorityEnum, resolve: (c) => c.priority }),
    labels: t.stringList({ description: 'The handlers’ own tags, lower case.', resolve: (c) => c.labels }),
  };
}

const HotlineCaseSummaryRef = builder.objectRef<HotlineQueueItem>('HotlineCaseSummary');

/** A queue field that a withheld row leaves null. */
const whole = <T>(c: HotlineQueueItem, pick: (c: HotlineCaseSummary) => T): T | null =>
  c.withheld ? null : pick(c);

builder.objectType(HotlineCaseSummaryRef, {
  description:
    'A case in the queue: no content, nothing about the reporter but whether they are anonymous. A withheld row ' +
    '(a case that names a compliance head, in a compliance head’s queue) shows only its number, date, status and ' +
    'handler; its other fields are null.',
  fields: (t) => ({
    ...caseHeadFields(t),
    withheld: t.exposeBoolean('withheld', {
      description: 'Only that the case exists: the alternate handler runs it (ADR 008).',
    }),
    category: t.field({
      type: HotlineCategoryEnum,
      nullable: true,
      resolve: (c) => whole(c, (s) => s.category),
    }),
    channel: t.field({
      type: HotlineChannelEnum,
      nullable: true,
      resolve: (c) => whole(c, (s) => s.channel),
    }),
    scope: t.field({ type: HotlineScopeEnum, nullable: true, resolve: (c) => whole(c, (s) => s.scope) }),
    anonymous: t.boolean({ nullable: true, resolve: (c) => whole(c, (s) => s.anonymous) }),
    acknowledgeBy: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'The acknowledgement deadline: 24 hours after receipt by default (§69).',
      resolve: (c) => whole(c, (s) => s.acknowledgeBy),
    }),
    acknowledgedAt: t.field({
      type: DateTimeScalar,
      nullable: true,
      resolve: (c) => whole(c, (s) => s.acknowledgedAt),
    }),
    processBy: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'The internal processing deadline (§74.6), moved by interim feedback.',
      resolve: (c) => whole(c, (s) => s.processBy),
    }),
    closedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (c) => whole(c, (s) => s.closedAt) }),
    overdueAcknowledgement: t.boolean({
      nullable: true,
      resolve: (c) => whole(c, (s) => s.overdueAcknowledgement),
    }),
    acknowledgedInTime: t.boolean({
      nullable: true,
      description:
        'Whether the acknowledgement came by its deadline (§69); null until it comes or when withheld.',
      resolve: (c) => whole(c, (s) => s.acknowledgedInTime),
    }),
    assignees: t.field({
      type: [PersonRefType],
      nullable: true,
      description: 'The current investigators.',
      resolve: (c) => whole(c, (s) => s.assignees),
    }),
    priority: t.field({
      type: HotlinePriorityEnum,
      nullable: true,
      resolve: (c) => whole(c, (s) => s.priority),
    }),
    labels: t.stringList({
      nullable: true,
      description: 'The handlers’ own tags, lower case.',
      resolve: (c) => whole(c, (s) => s.labels),
    }),
  }),
});

interface HotlineCasePageShape {
  total: number;
  items: HotlineQueueItem[];
}

const HotlineCasePageRef = builder.objectRef<HotlineCasePageShape>('HotlineCasePage');

builder.objectType(HotlineCasePageRef, {
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Cases matching the filter, across all pages.' }),
    items: t.field({ type: [HotlineCaseSummaryRef], resolve: (page) => page.items }),
  }),
});

const HotlineCaseSort = builder.inputType('HotlineCaseSort', {
  description:
    'Rows withheld from the viewer go last, in the order they came, when sorted by what they do not show.',
  fields: (t) => ({
    field: t.field({ type: HotlineCaseSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: true }),
  }),
});

const HotlineCaseFilter = builder.inputType('HotlineCaseFilter', {
  fields: (t) => ({
    status: t.field({ type: HotlineStatusEnum }),
    category: t.field({ type: HotlineCategoryEnum }),
    scope: t.field({ type: HotlineScopeEnum }),
    channel: t.field({ type: HotlineChannelEnum }),
    priority: t.field({ type: HotlinePriorityEnum }),
    labels: t.stringList({ description: 'Cases that carry every one of these labels.' }),
    overdueOnly: t.boolean({ description: 'Only cases whose acknowledgement is overdue.' }),
    assignedToMe: t.boolean(),
    search: t.string({ description: 'A case number: "HL-2026-0012", "0012" or "12".' }),
    sort: t.field({ type: HotlineCaseSort, description: 'Newest first when absent.' }),
    offset: t.int(),
    limit: t.int({ description: '1 to 100; 25 by default.' }),
  }),
});

builder.queryField('hotlineCases', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCasePageRef,
    description:
      'The hotline queue, newest first unless sorted: every case for the compliance head (withheld rows for those that name a ' +
      'compliance head), the assigned ones for an investigator, those that name a compliance head for the ' +
      'alternate handler; an empty queue for the first head and board members otherwise; FORBIDDEN for others.',
    args: { filter: t.arg({ type: HotlineCaseFilter }) },
    resolve: (_root, { filter }, context) =>
      listHotlineCases(context.em, context.actor, filter ?? {}, new Date()),
  }),
);

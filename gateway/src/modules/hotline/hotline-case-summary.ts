import {
  HOTLINE_INVESTIGATORS,
  HOTLINE_MANAGERS,
  listHotlineCases,
  type HotlineCaseSummary,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { HotlineCategoryEnum, HotlineChannelEnum, HotlineScopeEnum, HotlineStatusEnum } from './enums.js';
import { PersonRefType } from './person-ref.js';

/**
 * Who may reach the case fields at all: the compliance head and the investigators. Which case
 * each may see or change is the domain's rule (an investigator only the cases assigned to them).
 */
export const HOTLINE_HANDLERS = [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS];

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The queue's fields, shared by the summary and the whole case (which extends it). */
export function caseSummaryFields<Case extends HotlineCaseSummary>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Case>,
) {
  return {
    id: t.id({ resolve: (c) => c.id }),
    number: t.string({ description: 'HL-<year>-<number>.', resolve: (c) => c.number }),
    category: t.field({ type: HotlineCategoryEnum, resolve: (c) => c.category }),
    channel: t.field({ type: HotlineChannelEnum, resolve: (c) => c.channel }),
    status: t.field({ type: HotlineStatusEnum, resolve: (c) => c.status }),
    scope: t.field({ type: HotlineScopeEnum, resolve: (c) => c.scope }),
    anonymous: t.boolean({ resolve: (c) => c.anonymous }),
    receivedAt: t.field({ type: DateTimeScalar, resolve: (c) => c.receivedAt }),
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
    assignees: t.field({
      type: [PersonRefType],
      description: 'The current investigators.',
      resolve: (c) => c.assignees,
    }),
  };
}

const HotlineCaseSummaryRef = builder.objectRef<HotlineCaseSummary>('HotlineCaseSummary');

builder.objectType(HotlineCaseSummaryRef, {
  description: 'A case in the queue: no content, nothing about the reporter but whether they are anonymous.',
  fields: (t) => caseSummaryFields(t),
});

interface HotlineCasePageShape {
  total: number;
  items: HotlineCaseSummary[];
}

const HotlineCasePageRef = builder.objectRef<HotlineCasePageShape>('HotlineCasePage');

builder.objectType(HotlineCasePageRef, {
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Cases matching the filter, across all pages.' }),
    items: t.field({ type: [HotlineCaseSummaryRef], resolve: (page) => page.items }),
  }),
});

const HotlineCaseFilter = builder.inputType('HotlineCaseFilter', {
  fields: (t) => ({
    status: t.field({ type: HotlineStatusEnum }),
    category: t.field({ type: HotlineCategoryEnum }),
    scope: t.field({ type: HotlineScopeEnum }),
    overdueOnly: t.boolean({ description: 'Only cases whose acknowledgement is overdue.' }),
    assignedToMe: t.boolean(),
    search: t.string({ description: 'A case number: "HL-2026-0012", "0012" or "12".' }),
    offset: t.int(),
    limit: t.int({ description: '1 to 100; 25 by default.' }),
  }),
});

builder.queryField('hotlineCases', (t) =>
  t.withAuth({ anyRole: HOTLINE_HANDLERS }).field({
    type: HotlineCasePageRef,
    description:
      'The hotline queue, newest first: every case for the compliance head, the assigned ones for an investigator.',
    args: { filter: t.arg({ type: HotlineCaseFilter }) },
    resolve: (_root, { filter }, context) =>
      listHotlineCases(context.em, context.actor, filter ?? {}, new Date()),
  }),
);

import {
  CULTURE_READERS,
  cultureTargetIndicator,
  myCultureEvents,
  type CultureEvent,
  type IndicatorUnit,
  type TargetIndicator,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { ActivityKindEnum, ActivityStatusEnum } from './culture-activity.js';

const CultureEventRef = builder.objectRef<CultureEvent>('CultureEvent');
builder.objectType(CultureEventRef, {
  description: 'An event of the approved culture plan the person is invited to (its audience takes them in).',
  fields: (t) => ({
    activityId: t.exposeID('activityId'),
    planYear: t.exposeInt('planYear'),
    kind: t.field({ type: ActivityKindEnum, resolve: (e) => e.kind }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    deadline: t.exposeString('deadline', { description: 'YYYY-MM-DD' }),
    status: t.field({ type: ActivityStatusEnum, resolve: (e) => e.status }),
    heldOn: t.exposeString('heldOn', { nullable: true, description: 'YYYY-MM-DD' }),
  }),
});

builder.queryField('myCultureEvents', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [CultureEventRef],
    description:
      'The events of the approved plans the signed-in person is invited to, a month back to three months ahead.',
    resolve: (_root, _args, context) => myCultureEvents(context.em, context.actor, new Date()),
  }),
);

const IndicatorUnitRef = builder.objectRef<IndicatorUnit>('CultureIndicatorUnit');
builder.objectType(IndicatorUnitRef, {
  fields: (t) => ({
    orgUnitId: t.exposeID('orgUnitId'),
    name: t.field({ type: LocalizedTextRef, resolve: (u) => u.name }),
    hasChildren: t.exposeBoolean('hasChildren'),
    passed: t.exposeInt('passed', { nullable: true }),
    headcount: t.exposeInt('headcount', { nullable: true }),
    share: t.exposeFloat('share', { nullable: true }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'A group of 1–4 people: its figures are withheld.',
    }),
  }),
});

const TargetIndicatorRef = builder.objectRef<TargetIndicator>('CultureTargetIndicator');
builder.objectType(TargetIndicatorRef, {
  description:
    '§35.3: the number of employees who passed the test with at least 60 % in the plan’s year, against the plan’s target, and the share of headcount.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    target: t.exposeInt('target', { nullable: true }),
    orgUnitId: t.exposeID('orgUnitId', { nullable: true }),
    passed: t.exposeInt('passed', { nullable: true }),
    headcount: t.exposeInt('headcount', { nullable: true }),
    share: t.exposeFloat('share', { nullable: true }),
    suppressed: t.exposeBoolean('suppressed'),
    byUnit: t.field({ type: [IndicatorUnitRef], resolve: (i) => i.byUnit }),
  }),
});

builder.queryField('cultureTargetIndicator', (t) =>
  t.withAuth({ anyRole: CULTURE_READERS }).field({
    type: TargetIndicatorRef,
    description:
      '§35.3: the plan’s target indicator for a unit’s subtree (the organisation when none) and each unit below it.',
    args: { year: t.arg.int({ required: true }), orgUnitId: t.arg.id() },
    resolve: (_root, { year, orgUnitId }, context) =>
      cultureTargetIndicator(
        context.em,
        context.actor,
        year,
        orgUnitId ? String(orgUnitId) : null,
        new Date(),
      ),
  }),
);

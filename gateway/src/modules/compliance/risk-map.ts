import {
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  RISK_TRIGGER_KINDS,
  completeRiskRemapping,
  recordRiskTrigger,
  riskHeatMap,
  riskRemapping,
  type HeatMapCell,
  type HeatMapRisk,
  type MapPoint,
  type RiskHeatMap,
  type RiskMovement,
  type RiskRemappingView,
  type RiskTriggerView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { RiskLevelEnum, RiskRegisterEnum } from './risk.js';

const HeatMapRiskRef = builder.objectRef<HeatMapRisk>('HeatMapRisk');
builder.objectType(HeatMapRiskRef, {
  description: 'A risk in its cell, scored as it stood on the day.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    processOrDocument: t.exposeString('processOrDocument'),
    probability: t.exposeInt('probability'),
    frequency: t.exposeInt('frequency'),
    impact: t.exposeInt('impact'),
    score: t.exposeInt('score'),
    level: t.field({ type: RiskLevelEnum, resolve: (r) => r.level }),
  }),
});

const HeatMapCellRef = builder.objectRef<HeatMapCell>('HeatMapCell');
builder.objectType(HeatMapCellRef, {
  description: 'A cell: likelihood (the worse of probability and frequency, §9.2) by impact.',
  fields: (t) => ({
    likelihood: t.exposeInt('likelihood'),
    impact: t.exposeInt('impact'),
    score: t.exposeInt('score'),
    level: t.field({ type: RiskLevelEnum, resolve: (c) => c.level }),
    risks: t.field({ type: [HeatMapRiskRef], resolve: (c) => c.risks }),
  }),
});

const MapPointRef = builder.objectRef<MapPoint>('RiskMapPoint');
builder.objectType(MapPointRef, {
  fields: (t) => ({ likelihood: t.exposeInt('likelihood'), impact: t.exposeInt('impact') }),
});

const MovementDirectionEnum = builder.enumType('RiskMovementDirection', {
  values: [
    'up',
    'down',
    'across',
    'appeared',
    'left',
  ] as const satisfies readonly RiskMovement['direction'][],
});

const RiskMovementRef = builder.objectRef<RiskMovement>('RiskMovement');
builder.objectType(RiskMovementRef, {
  description:
    'A risk’s move from its cell on compareWith to its cell on asOf; null when off the map that day.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    processOrDocument: t.exposeString('processOrDocument'),
    from: t.field({ type: MapPointRef, nullable: true, resolve: (m) => m.from }),
    to: t.field({ type: MapPointRef, nullable: true, resolve: (m) => m.to }),
    direction: t.field({ type: MovementDirectionEnum, resolve: (m) => m.direction }),
  }),
});

export const RiskHeatMapRef = builder.objectRef<RiskHeatMap>('RiskHeatMap');
builder.objectType(RiskHeatMapRef, {
  fields: (t) => ({
    register: t.field({ type: RiskRegisterEnum, resolve: (m) => m.register }),
    asOf: t.exposeString('asOf'),
    compareWith: t.exposeString('compareWith', { nullable: true }),
    scale: t.exposeInt('scale'),
    cells: t.field({ type: [HeatMapCellRef], resolve: (m) => m.cells }),
    movements: t.field({ type: [RiskMovementRef], resolve: (m) => m.movements }),
  }),
});

builder.queryField('riskHeatMap', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: RiskHeatMapRef,
    description:
      '§8, Annex 1: the map of a register as it stood at the end of asOf (Kazakhstan time), from the score history; with compareWith, each risk’s move since that day.',
    args: {
      register: t.arg({ type: RiskRegisterEnum, required: true }),
      asOf: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
      compareWith: t.arg.string({ description: 'YYYY-MM-DD' }),
    },
    resolve: (_root, { register, asOf, compareWith }, context) =>
      riskHeatMap(context.em, context.actor, register, asOf, compareWith ?? null),
  }),
);

const RiskTriggerKindEnum = builder.enumType('RiskTriggerKind', {
  description:
    '§9.1: a change in the law, in the structure or headcount, in the duties of risk-exposed posts, or another change.',
  values: RISK_TRIGGER_KINDS,
});

const RiskTriggerRef = builder.objectRef<RiskTriggerView>('RiskTrigger');
builder.objectType(RiskTriggerRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: RiskTriggerKindEnum, resolve: (r) => r.kind }),
    note: t.exposeString('note'),
    occurredOn: t.exposeString('occurredOn'),
    recordedAt: t.field({ type: DateTimeScalar, resolve: (r) => r.recordedAt }),
    completedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (r) => r.completedAt }),
    completionNote: t.exposeString('completionNote', { nullable: true }),
  }),
});

const RiskRemappingRef = builder.objectRef<RiskRemappingView>('RiskRemapping');
builder.objectType(RiskRemappingRef, {
  description: '§9.1: the yearly identification and the re-mappings the triggers call for.',
  fields: (t) => ({
    lastIdentifiedOn: t.exposeString('lastIdentifiedOn', { nullable: true }),
    identificationDueOn: t.exposeString('identificationDueOn', { nullable: true }),
    identificationOverdue: t.exposeBoolean('identificationOverdue'),
    openTriggers: t.field({ type: [RiskTriggerRef], resolve: (r) => r.openTriggers }),
  }),
});

builder.queryField('riskRemapping', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: RiskRemappingRef,
    resolve: (_root, _args, context) => riskRemapping(context.em, context.actor, new Date()),
  }),
);

builder.mutationField('recordRiskTrigger', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: RiskTriggerRef,
    description:
      '§9.1: records a change after which the map is to be updated; the keepers get a re-mapping task.',
    args: {
      kind: t.arg({ type: RiskTriggerKindEnum, required: true }),
      note: t.arg.string({ required: true }),
      occurredOn: t.arg.string({ required: true, description: 'YYYY-MM-DD, not in the future' }),
    },
    resolve: (_root, args, context) =>
      context.em.transactional((em) => recordRiskTrigger(em, context.actor, args, new Date())),
  }),
);

builder.mutationField('completeRiskRemapping', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: RiskRemappingRef,
    description:
      '§9.1: marks the re-mapping after a trigger done (closing its task) or, without triggerId, the yearly identification; either counts as the last identification. A trigger already closed is a CONFLICT.',
    args: { triggerId: t.arg.id(), note: t.arg.string() },
    resolve: (_root, { triggerId, note }, context) =>
      context.em.transactional((em) =>
        completeRiskRemapping(
          em,
          context.actor,
          triggerId ? String(triggerId) : null,
          note ?? null,
          new Date(),
        ),
      ),
  }),
);

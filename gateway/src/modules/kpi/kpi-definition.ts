import { readableKpis, type KpiDefinition } from '@adal/domain';
import { kpiPresentation } from './kpi-presentation.js';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';

export const KpiUnitEnum = builder.enumType('KpiUnit', {
  description:
    'count: a number; percent: a share of the denominator; per_100_staff: the numerator per 100 of the ' +
    'headcount (the denominator); days: a median number of days over the denominator’s cases.',
  values: ['count', 'percent', 'per_100_staff', 'days'] as const,
});
export const KpiDirectionEnum = builder.enumType('KpiDirection', {
  description: 'Whether the target is a floor (at_least) or a ceiling (at_most).',
  values: ['at_least', 'at_most'] as const,
});
export const KpiDimensionEnum = builder.enumType('KpiDimension', { values: ['org_unit', 'period'] as const });
export const KpiGranularityEnum = builder.enumType('KpiGranularity', {
  description:
    'How finely the period may be cut: `instant` uses the bounds as given; `day` counts whole days of ' +
    'Kazakhstan (UTC+5) up to yesterday, each bound snapped to the day it falls on.',
  values: ['instant', 'day'] as const,
});

const KpiDefinitionRef = builder.objectRef<KpiDefinition>('KpiDefinition');

builder.objectType(KpiDefinitionRef, {
  description: 'A KPI a context offers, with its target from the methodology. Its query stays on the server.',
  fields: (t) => ({
    code: t.exposeString('code'),
    context: t.exposeString('context'),
    title: t.field({
      type: LocalizedTextRef,
      description:
        "The title as the viewer's organisation reads it, its own settings filled in (e.g. its deadline).",
      resolve: async (definition, _args, context) => (await kpiPresentation(context, definition)).title,
    }),
    note: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: "Where the organisation's setting departs from the methodology, what to know about it.",
      resolve: async (definition, _args, context) => (await kpiPresentation(context, definition)).note,
    }),
    paragraph: t.exposeString('paragraph', { description: 'The methodology paragraph the KPI comes from.' }),
    unit: t.field({ type: KpiUnitEnum, resolve: (definition) => definition.unit }),
    target: t.exposeFloat('target', { nullable: true }),
    direction: t.field({ type: KpiDirectionEnum, resolve: (definition) => definition.direction }),
    dimensions: t.field({ type: [KpiDimensionEnum], resolve: (definition) => definition.dimensions }),
    granularity: t.field({ type: KpiGranularityEnum, resolve: (definition) => definition.granularity }),
  }),
});

builder.queryField('kpiCatalog', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [KpiDefinitionRef],
    description: 'The registered KPIs the viewer may read, for composing dashboards.',
    resolve: (_root, _args, context) => readableKpis(context.actor),
  }),
);

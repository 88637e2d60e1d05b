import {
  catalogueDimensions,
  KPI_OWNER_PLUGIN_CODES,
  kpiOwnerPlugin,
  mayReadKpiRecords,
  readableKpis,
  type KpiDefinition,
} from '@adal/domain';
import { kpiPresentation } from './kpi-presentation.js';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { RoleEnum } from '../kernel/role.js';

export const KpiUnitEnum = builder.enumType('KpiUnit', { values: ['count', 'percent'] as const });
export const KpiDirectionEnum = builder.enumType('KpiDirection', {
  description: 'Whether the target is a floor (at_least) or a ceiling (at_most).',
  values: ['at_least', 'at_most'] as const,
});
export const KpiDimensionEnum = builder.enumType('KpiDimension', {
  description:
    'What a figure can be split by: `organization` (every KPI: a holding compares its subsidiaries), ' +
    '`org_unit` (an org unit and its subtree), `period`.',
  values: ['organization', 'org_unit', 'period'] as const,
});
export const KpiOwnerPluginEnum = builder.enumType('KpiOwnerPlugin', {
  description: 'The plugin whose pages produce what a KPI counts.',
  values: KPI_OWNER_PLUGIN_CODES,
});
export const KpiGranularityEnum = builder.enumType('KpiGranularity', {
  description:
    'How finely the period may be cut: `instant` uses the bounds as given; `day` counts whole days of ' +
    'Kazakhstan (UTC+5) up to yesterday, each bound the start of a day there (a finer one is VALIDATION).',
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
    description: t.field({
      type: LocalizedTextRef,
      description: 'What the KPI measures and why, citing its paragraph.',
      resolve: (definition) => definition.description,
    }),
    formula: t.field({
      type: LocalizedTextRef,
      description: 'How the figure is computed, in words (numerator / denominator).',
      resolve: (definition) => definition.formula,
    }),
    ownerPlugin: t.field({ type: KpiOwnerPluginEnum, resolve: (definition) => kpiOwnerPlugin(definition) }),
    readers: t.field({
      type: [RoleEnum],
      description: 'The roles that may read the KPI.',
      resolve: (definition) => [...definition.readers],
    }),
    unit: t.field({ type: KpiUnitEnum, resolve: (definition) => definition.unit }),
    target: t.exposeFloat('target', { nullable: true }),
    direction: t.field({ type: KpiDirectionEnum, resolve: (definition) => definition.direction }),
    dimensions: t.field({
      type: [KpiDimensionEnum],
      description: 'What the figure can be split by: the organisation first, for every KPI.',
      resolve: (definition) => catalogueDimensions(definition),
    }),
    granularity: t.field({ type: KpiGranularityEnum, resolve: (definition) => definition.granularity }),
    recordsReadable: t.boolean({
      description:
        'Whether the viewer may drill from the figure to the named records behind it (kpiRecords); others see counts only.',
      resolve: (definition, _args, context) =>
        context.actor !== null && mayReadKpiRecords(context.actor, definition.code),
    }),
  }),
});

builder.queryField('kpiCatalog', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [KpiDefinitionRef],
    description: 'The registered KPIs the viewer may read, for composing dashboards.',
    resolve: (_root, _args, context) => readableKpis(context.actor),
  }),
);

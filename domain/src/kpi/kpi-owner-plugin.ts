/**
 * The plugin that owns a KPI: the one whose pages produce what the KPI counts and where its
 * readers go to act on it. Derived from the definition's context, so a context cannot register
 * a KPI that no plugin answers for (the registry refuses an unknown context).
 */
export const KPI_OWNER_PLUGINS = {
  training: 'training',
  hotline: 'hotline',
  culture: 'culture',
  declarations: 'declarations',
  compliance: 'compliance',
  // The staff list and the roles are kept in the administration plugin.
  org: 'admin',
} as const;

export type KpiContext = keyof typeof KPI_OWNER_PLUGINS;
export type KpiOwnerPlugin = (typeof KPI_OWNER_PLUGINS)[KpiContext];

export const KPI_OWNER_PLUGIN_CODES: readonly KpiOwnerPlugin[] = [
  ...new Set(Object.values(KPI_OWNER_PLUGINS)),
];

export function isKpiContext(context: string): context is KpiContext {
  return Object.hasOwn(KPI_OWNER_PLUGINS, context);
}

/** The owner plugin of a registered KPI's context. */
export function kpiOwnerPlugin(definition: { context: string }): KpiOwnerPlugin {
  if (!isKpiContext(definition.context)) {
    throw new Error(`KPI context ${definition.context} has no owner plugin`);
  }
  return KPI_OWNER_PLUGINS[definition.context];
}

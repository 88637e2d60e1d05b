import { ConflictError } from '../kernel/errors.js';
import type { KpiDefinition } from './kpi-definition.js';

const registry = new Map<string, KpiDefinition>();

const CODE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/** Each context registers its KPIs once, when its module loads. */
export function registerKpi(def: KpiDefinition): void {
  const existing = registry.get(def.code);
  if (existing === def) return;
  if (existing) {
    throw ConflictError.because(`KPI ${def.code} is already registered`, { code: def.code });
  }
  if (!CODE_PATTERN.test(def.code)) {
    throw new Error(`KPI code ${def.code} must look like context.name (lower case, digits, underscores)`);
  }
  if (def.sql.includes('?')) {
    throw new Error(`KPI ${def.code}: the query must use named parameters, not '?'`);
  }
  const threshold = def.smallCountThreshold;
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 2)) {
    throw new Error(`KPI ${def.code}: the small-count threshold must be a whole number of 2 or more`);
  }
  registry.set(def.code, def);
}

export function kpiCatalog(): readonly KpiDefinition[] {
  return [...registry.values()];
}

export function findKpi(code: string): KpiDefinition | undefined {
  return registry.get(code);
}

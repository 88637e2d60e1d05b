import type { KpiDefinition, KpiDimension } from './kpi-definition.js';

/**
 * The dimensions the catalogue offers for a KPI: the organisation first, for every KPI (each
 * query computes one organisation's figure, so a holding's parent can split any KPI by
 * subsidiary), then the definition's own (org unit subtree, period).
 */
export function catalogueDimensions(definition: Pick<KpiDefinition, 'dimensions'>): KpiDimension[] {
  return ['organization', ...definition.dimensions.filter((dimension) => dimension !== 'organization')];
}

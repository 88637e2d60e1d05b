import type { RiskLevel } from './graphql/generated/graphql';

/**
 * The level of a score on an n×n scale, as the server computes it (domain risk-level.ts, §9.2):
 * score = max(probability, frequency) × impact; below 20 % of n² low, below 40 % medium, below
 * 70 % high, else critical. The form previews it before saving.
 */
export function riskLevel(score: number, scale: number): RiskLevel {
  const share = score / (scale * scale);
  if (share < 0.2) return 'low';
  if (share < 0.4) return 'medium';
  if (share < 0.7) return 'high';
  return 'critical';
}

/** The map's and the register's colours of a level: PrimeVue tag severities. */
export const LEVEL_SEVERITY: Record<RiskLevel, 'success' | 'info' | 'warn' | 'danger'> = {
  low: 'success',
  medium: 'info',
  high: 'warn',
  critical: 'danger',
};

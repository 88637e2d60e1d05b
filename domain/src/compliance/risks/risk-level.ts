import type { RiskLevel } from './risk.entity.js';

/** §9.2: the scale unless the organisation sets another; Annex 1's maps are drawn 5×5. */
export const DEFAULT_SCALE = 5;
export const MIN_SCALE = 3;
export const MAX_SCALE = 10;

/**
 * §9.2 asks for the scale of each risk as the probability and the frequency of its realisation,
 * and for ranking by the criteria of item 43 of the Agency's internal-analysis methodology (Order
 * No. 488), which weigh how likely a risk is against what it would cost. The likelihood axis of
 * the map is the worse of the two measures — a rare-but-probable and a likely-but-rare risk are
 * equally close to happening — and the score is that likelihood times the impact.
 */
export function likelihoodOf(probability: number, frequency: number): number {
  return Math.max(probability, frequency);
}

export function riskScore(probability: number, frequency: number, impact: number): number {
  return likelihoodOf(probability, frequency) * impact;
}

/**
 * The band of a score as a share of the scale's top score (n×n), so that the bands mean the same on
 * every scale: below 20 % low, below 40 % medium, below 70 % high, from 70 % critical. On 5×5 that is
 * 1–4 low, 5–9 medium, 10–16 high and 20–25 critical, the usual colours of a 5×5 map.
 */
export function riskLevel(score: number, scale: number): RiskLevel {
  const share = score / (scale * scale);
  if (share < 0.2) return 'low';
  if (share < 0.4) return 'medium';
  if (share < 0.7) return 'high';
  return 'critical';
}

/** The scores of a band on a scale, inclusive, for filtering the register by level. */
export function levelBounds(level: RiskLevel, scale: number): { min: number; max: number } {
  const top = scale * scale;
  const scores = Array.from({ length: top }, (_, i) => i + 1).filter((s) => riskLevel(s, scale) === level);
  return scores.length > 0
    ? { min: scores[0]!, max: scores[scores.length - 1]! }
    : { min: top + 1, max: top + 1 };
}

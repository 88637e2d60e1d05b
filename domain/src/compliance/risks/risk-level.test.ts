import { describe, expect, it } from 'vitest';
import { levelBounds, riskLevel, riskScore } from './risk-level.js';

describe('the level of a risk (§9.2)', () => {
  it('scores the worse of probability and frequency times the impact', () => {
    expect(riskScore(2, 4, 3)).toBe(12);
    expect(riskScore(5, 1, 5)).toBe(25);
  });

  it('bands 5×5 scores as 1–4 low, 5–9 medium, 10–16 high, 20–25 critical', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map((s) => riskLevel(s, 5))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('bands by share of the top score on other scales', () => {
    expect(riskLevel(9, 3)).toBe('critical');
    expect(riskLevel(1, 3)).toBe('low');
    expect(riskLevel(69, 10)).toBe('high');
    expect(riskLevel(70, 10)).toBe('critical');
    expect(levelBounds('high', 5)).toEqual({ min: 10, max: 17 });
  });
});

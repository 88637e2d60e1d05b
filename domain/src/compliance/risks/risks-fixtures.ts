import type { EntityManager } from '@mikro-orm/postgresql';
import type { RiskInput } from './risk-input.js';

/** A risk input for tests: an activity-register risk scored 3/2/4 unless told otherwise. */
export function riskInput(overrides: Partial<RiskInput> = {}): RiskInput {
  return {
    register: 'activity',
    processOrDocument: 'Acceptance of goods delivered under contracts',
    scheme: 'Signing acceptance for goods not delivered in full, for a kickback from the supplier',
    positionIds: [],
    probability: 3,
    frequency: 2,
    impact: 4,
    source: 'internal_analysis',
    ...overrides,
  };
}

/** Moves every score of the organisation's risks back by `days` (for histories in tests). */
export async function backdateScores(em: EntityManager, riskId: string, at: Date): Promise<void> {
  await em.execute('update compliance_risk_score set scored_at = ? where risk_id = ?', [at, riskId]);
}

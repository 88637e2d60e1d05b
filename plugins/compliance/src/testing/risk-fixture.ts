import type { RiskChoices, Risk } from '../stores/risk-register';
import type { HeatMap } from '../stores/risk-map';

export function risk(overrides: Partial<Risk> = {}): Risk {
  return {
    __typename: 'Risk',
    id: 'r1',
    number: 1,
    code: '№ 1',
    register: 'activity',
    processOrDocument: 'Procurement of goods',
    scheme: 'Splitting purchases to avoid a tender',
    positions: [
      {
        __typename: 'RiskPosition',
        id: 'p1',
        titles: { kk: 'Buyer', ru: 'Buyer', en: 'Buyer' },
      },
    ],
    probability: 4,
    frequency: 5,
    impact: 5,
    score: 25,
    level: 'critical',
    source: 'audit',
    sourceKind: null,
    sourceReference: null,
    confidentiality: 'none',
    procurement: true,
    lastReviewedOn: '2026-11-30',
    status: 'open',
    version: 3,
    ...overrides,
  } as Risk;
}

export const CHOICES: RiskChoices = {
  riskScale: { size: 5 },
  riskPositionChoices: [
    { id: 'p1', title: 'Buyer', titles: { kk: 'Buyer', ru: 'Buyer', en: 'Buyer' }, exposed: true },
    { id: 'p2', title: 'Cashier', titles: { kk: 'Cashier', ru: 'Cashier', en: 'Cashier' }, exposed: false },
  ],
  riskRemapping: {
    lastIdentifiedOn: '2026-02-01',
    identificationDueOn: '2027-02-01',
    identificationOverdue: false,
    openTriggers: [
      { id: 't1', kind: 'structure_change', note: 'Procurement split in two', occurredOn: '2026-11-29' },
    ],
  },
} as RiskChoices;

/** A 5×5 map with № 1 in (5, 5), risen from (4, 4), and № 2 in (2, 3). */
export function heatMap(compareWith: string | null = null): HeatMap {
  const cells = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++) {
    for (let impact = 1; impact <= 5; impact++) {
      const score = likelihood * impact;
      const level = score < 5 ? 'low' : score < 10 ? 'medium' : score < 17.5 ? 'high' : 'critical';
      const risks =
        likelihood === 5 && impact === 5
          ? [
              {
                id: 'r1',
                code: '№ 1',
                processOrDocument: 'Procurement of goods',
                probability: 4,
                frequency: 5,
                impact: 5,
                level: 'critical',
              },
            ]
          : likelihood === 2 && impact === 3
            ? [
                {
                  id: 'r2',
                  code: '№ 2',
                  processOrDocument: 'Hiring',
                  probability: 2,
                  frequency: 1,
                  impact: 3,
                  level: 'medium',
                },
              ]
            : [];
      cells.push({ likelihood, impact, score, level, risks });
    }
  }
  return {
    register: 'activity',
    asOf: '2026-12-06',
    compareWith,
    scale: 5,
    cells,
    movements: compareWith
      ? [
          {
            id: 'r1',
            code: '№ 1',
            processOrDocument: 'Procurement of goods',
            from: { likelihood: 4, impact: 4 },
            to: { likelihood: 5, impact: 5 },
            direction: 'up',
          },
        ]
      : [],
  } as HeatMap;
}

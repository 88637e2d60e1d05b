import type { ProgrammeDirection } from './programme.entity.js';

/**
 * §64: the 13 aspects the initial internal assessment examines, in the methodology's order, each
 * with the programme direction (§65–§72) a shortfall in it is drafted into. The interface words
 * each aspect's title and guidance in kk/ru/en.
 */
export const ASSESSMENT_ASPECTS = [
  // §64.1: the organisation's core activity
  { number: 1, key: 'core_activity', direction: 'leadership' },
  // §64.2: management's links with state organisations (work, reputation, shares, boards), via the conflict-of-interest declaration
  { number: 2, key: 'management_state_links', direction: 'conflicts_of_interest' },
  // §64.3: whether the programme's policies and procedures exist and are in force
  { number: 3, key: 'policies_procedures', direction: 'policies_procedures' },
  // §64.4: the main corruption risk factors of the field
  { number: 4, key: 'risk_factors', direction: 'leadership' },
  // §64.5: a trust line (hotline) for reporting possible violations
  { number: 5, key: 'trust_line', direction: 'hotline_investigation' },
  // §64.6: anti-corruption compliance trainings for employees and suppliers
  { number: 6, key: 'trainings', direction: 'training_communication' },
  // §64.7: the methods of due diligence of candidates and suppliers
  { number: 7, key: 'due_diligence_methods', direction: 'supplier_due_diligence' },
  // §64.8: whether a corruption risk analysis was conducted before
  { number: 8, key: 'previous_analysis', direction: 'leadership' },
  // §64.9: internal and external auditors' reports of the last 2 years, external analysis, complaints, internal investigations
  { number: 9, key: 'audit_reports', direction: 'hotline_investigation' },
  // §64.10: cases of employees breaching the anti-corruption legislation
  { number: 10, key: 'breaches', direction: 'hotline_investigation' },
  // §64.11: job descriptions, powers and powers of attorney to sign contracts and take financial decisions
  { number: 11, key: 'powers', direction: 'policies_procedures' },
  // §64.12: controls built into the processes of evaluating and accepting candidates and suppliers
  { number: 12, key: 'acceptance_controls', direction: 'candidate_due_diligence' },
  // §64.13: interviews with key and other employees and managers
  { number: 13, key: 'interviews', direction: 'training_communication' },
] as const satisfies readonly { number: number; key: string; direction: ProgrammeDirection }[];

export type AspectKey = (typeof ASSESSMENT_ASPECTS)[number]['key'];

/** §64.9: the aspect that studies the auditors' reports. */
export const AUDIT_ASPECT = 9;

/** §64.9: the reports studied are those of the last 2 years. */
export const AUDIT_LOOKBACK_YEARS = 2;

export function aspectOf(number: number): (typeof ASSESSMENT_ASPECTS)[number] | undefined {
  return ASSESSMENT_ASPECTS.find((a) => a.number === number);
}

import type { RoleCode } from '../kernel/roles.js';

/**
 * §5, §35.1: those who draft the culture plan, run its activities and keep the materials library and
 * the survey — the compliance staff and, in a state body, the ethics commissioner.
 */
export const CULTURE_PLANNERS: readonly RoleCode[] = [
  'compliance_officer',
  'compliance_head',
  'ethics_commissioner',
];

/** §35.1: the first head approves the yearly plan. */
export const CULTURE_APPROVERS: readonly RoleCode[] = ['first_head'];

/** Who reads the plan, its execution and its evidence without changing them (§35.1, §69, §75). */
export const CULTURE_READERS: readonly RoleCode[] = [
  ...CULTURE_PLANNERS,
  ...CULTURE_APPROVERS,
  'auditor',
  'board_member',
];

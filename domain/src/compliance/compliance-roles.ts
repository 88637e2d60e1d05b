import type { RoleCode } from '../kernel/roles.js';

/**
 * §5, §9, §53–§63: those who keep the risk register, the mitigation plan, the programme and the
 * self-assessment — the compliance service and, in a state body, the ethics commissioner.
 */
export const COMPLIANCE_KEEPERS: readonly RoleCode[] = [
  'compliance_officer',
  'compliance_head',
  'ethics_commissioner',
];

/** §9.3: the first head approves and controls the mitigation plan (state bodies). */
export const COMPLIANCE_APPROVERS: readonly RoleCode[] = ['first_head'];

/** Who reads the register, the plan and the programme without changing them (§8, §60.4, §69, §75). */
export const COMPLIANCE_READERS: readonly RoleCode[] = [
  ...COMPLIANCE_KEEPERS,
  ...COMPLIANCE_APPROVERS,
  'auditor',
  'board_member',
];

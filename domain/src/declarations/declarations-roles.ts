import type { RoleCode } from '../kernel/roles.js';

/**
 * §5, §14, §15.3: the people responsible for corruption prevention, who receive conflict-of-interest
 * notifications, keep the register and decide on gifts — the compliance staff and, in a state
 * body, the ethics commissioner.
 */
export const DECLARATION_OFFICERS: readonly RoleCode[] = [
  'compliance_officer',
  'compliance_head',
  'ethics_commissioner',
];

/** Who reads the declarations' registers without changing them (§75: the evidence). */
export const DECLARATION_REGISTER_READERS: readonly RoleCode[] = [...DECLARATION_OFFICERS, 'auditor'];

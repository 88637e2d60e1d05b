import type { RoleCode } from '../kernel/roles.js';

/** Stand-in until the declarations context lands. */
export const DECLARATION_OFFICERS: readonly RoleCode[] = ['compliance_officer', 'compliance_head'];

import type { RoleCode } from '../../kernel/roles.js';

/** §24: the HR (personnel-management) service runs the declaration notices and keeps their proofs. */
export const HR_OFFICERS: readonly RoleCode[] = ['hr_officer' as RoleCode];

/** Who reads the financial-declaration registers: HR, and the first head who answers for prevention (§29). */
export const FINANCIAL_READERS: readonly RoleCode[] = [...HR_OFFICERS, 'first_head'];

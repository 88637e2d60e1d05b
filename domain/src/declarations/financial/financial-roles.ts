import { HR_OFFICERS, type RoleCode } from '../../kernel/roles.js';

export { HR_OFFICERS };

/** Who reads the financial-declaration registers: HR, and the first head who answers for prevention (§29). */
export const FINANCIAL_READERS: readonly RoleCode[] = [...HR_OFFICERS, 'first_head'];

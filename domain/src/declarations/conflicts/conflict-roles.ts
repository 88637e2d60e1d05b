import { HR_OFFICERS, type RoleCode } from '../../kernel/roles.js';
import { DECLARATION_OFFICERS, DECLARATION_REGISTER_READERS } from '../declarations-roles.js';

/** §15.2–§15.3: the responsible unit (compliance, or the ethics commissioner) concludes; the register is theirs (§14). */
export const CONFLICT_CONCLUDERS: readonly RoleCode[] = DECLARATION_OFFICERS;
/** §75: auditors read the register and every case, never change them. */
export const CONFLICT_REGISTER_READERS: readonly RoleCode[] = DECLARATION_REGISTER_READERS;
/**
 * §15.4: "the management of the organisation" takes the measures. Adal reads it as the first
 * head, who answers for the organisation's anti-corruption work (§5), and, when the first head is
 * a party, the deputy the first head names (§15.5).
 */
export const CONFLICT_DECIDERS: readonly RoleCode[] = ['first_head'];
/** §15.6: the transfer is an HR act; the responsible unit records it too. */
export const CONFLICT_TRANSFER_RECORDERS: readonly RoleCode[] = [...DECLARATION_OFFICERS, ...HR_OFFICERS];

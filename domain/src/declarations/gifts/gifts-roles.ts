import type { RoleCode } from '../../kernel/roles.js';
import { DECLARATION_OFFICERS, DECLARATION_REGISTER_READERS } from '../declarations-roles.js';

/** §5, §17: those who decide what becomes of a declared gift, trip or hospitality. */
export const GIFT_DECIDERS: readonly RoleCode[] = DECLARATION_OFFICERS;

/** §75: the register is read by those who decide and by the auditors who check them. */
export const GIFT_REGISTER_READERS: readonly RoleCode[] = DECLARATION_REGISTER_READERS;

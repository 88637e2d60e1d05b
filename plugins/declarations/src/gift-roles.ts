import { DECLARATION_OFFICERS, REGISTER_READERS } from './manifest';

/** §17: those who decide on declared gifts and answer invitation requests. */
export const GIFT_DECIDERS = DECLARATION_OFFICERS;

/** The gift register: those who decide, and the auditors who check them (§75). */
export const GIFT_REGISTER_ROLES = REGISTER_READERS;

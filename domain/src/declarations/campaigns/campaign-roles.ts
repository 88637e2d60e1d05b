import type { RoleCode } from '../../kernel/roles.js';
import { DECLARATION_OFFICERS } from '../declarations-roles.js';

/** §72: the compliance service (in a state body, the ethics commissioner) organises the campaigns and analyses the answers. */
export const CAMPAIGN_RUNNERS: readonly RoleCode[] = DECLARATION_OFFICERS;

/** Who follows a campaign's progress (who has declared, who not), never the answers. */
export const CAMPAIGN_PROGRESS_READERS: readonly RoleCode[] = [...CAMPAIGN_RUNNERS];

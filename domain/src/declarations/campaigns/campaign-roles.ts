import type { RoleCode } from '../../kernel/roles.js';

/** §72: the compliance service organises the campaigns and analyses the answers. */
export const CAMPAIGN_RUNNERS: readonly RoleCode[] = ['compliance_officer', 'compliance_head'];

/** Who follows a campaign's progress (who has declared, who not), never the answers. */
export const CAMPAIGN_PROGRESS_READERS: readonly RoleCode[] = [...CAMPAIGN_RUNNERS];

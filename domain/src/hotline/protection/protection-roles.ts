import { HR_OFFICERS, type RoleCode } from '../../kernel/roles.js';

/** The HR officers enter and import HR actions. */
export { HR_OFFICERS };

/**
 * §40.6: who may know that a person is protected. A record names the report, and for an open
 * reporter that links a person to a case, so only the compliance head (to whom protected
 * people's HR actions are flagged, §40.1) reads the list; HR officers learn only that an action
 * of theirs needs a disciplinary commission's recommendation.
 */
export const PROTECTION_READERS: readonly RoleCode[] = ['compliance_head'];

export const PROTECTION_GRANTERS: readonly RoleCode[] = ['compliance_head', 'hotline_investigator'];

/**
 * §40.1: compliance staff record the protection of a person who reported to an authorised state
 * body; there is no hotline case for an investigator to be assigned to.
 */
export const STATE_BODY_PROTECTION_GRANTERS: readonly RoleCode[] = ['compliance_head', 'compliance_officer'];

/** §40.1: the compliance head, to whom protected people's HR actions are flagged, and who may attach the commission's recommendation with HR. */
export const COMMISSION_RECORDERS: readonly RoleCode[] = [...HR_OFFICERS, 'compliance_head'];

/** §40.3–§40.4: who keeps the labour-dispute files of the collegial body — HR and the responsible unit. */
export const LABOUR_DISPUTE_KEEPERS: readonly RoleCode[] = [
  ...HR_OFFICERS,
  'compliance_officer',
  'compliance_head',
];

/** Who reads the labour-dispute files and their deadlines. */
export const LABOUR_DISPUTE_READERS: readonly RoleCode[] = [...LABOUR_DISPUTE_KEEPERS, 'auditor'];

/** ISO 37002 §8.4: the compliance staff who may own a task to protect a reporter at high risk of retaliation. */
export const PROTECTION_TASK_OWNERS: readonly RoleCode[] = ['compliance_head', 'compliance_officer'];

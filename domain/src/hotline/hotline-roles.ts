import type { RoleCode } from '../kernel/roles.js';

/** §69: compliance runs the hotline independently: the whole queue, triage, assignment, settings. */
export const HOTLINE_MANAGERS: readonly RoleCode[] = ['compliance_head'];

/** Investigators see and work only the cases assigned to them. */
export const HOTLINE_INVESTIGATORS: readonly RoleCode[] = ['hotline_investigator'];

/** Who enters phone, in-person and letter reports on the caller's behalf (§69: one single hotline). */
export const HOTLINE_OPERATORS: readonly RoleCode[] = [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS];

/**
 * Those the compliance service reports to (§60.4, §69): the first head and the board. The
 * alternate handler is usually one of them, so they have a queue — empty unless they are.
 */
export const HOTLINE_OVERSIGHT: readonly RoleCode[] = ['first_head', 'board_member'];

/**
 * §69: management monitors the hotline through aggregates, the board receives compliance's
 * reports (§60.4); auditors read them (§75). Never case content.
 */
export const HOTLINE_DASHBOARD_READERS: readonly RoleCode[] = [
  ...HOTLINE_MANAGERS,
  'auditor',
  ...HOTLINE_OVERSIGHT,
];

/**
 * Who names the alternate handler of the cases that name a compliance head: the first head, never
 * the compliance head, who must not choose who judges her (§60.1: where there is no board, the
 * head of the entity takes its decisions about the compliance service).
 */
export const ALTERNATE_HANDLER_APPOINTERS: readonly RoleCode[] = ['first_head'];

/**
 * §60.4: the compliance service. None of them may be the alternate handler: they work under the
 * compliance head, whom the alternate's cases accuse.
 */
export const COMPLIANCE_SERVICE_ROLES: readonly RoleCode[] = [
  'compliance_head',
  'compliance_officer',
  'hotline_investigator',
];

/**
 * The second pair of eyes, with the alternate handler, over disclosures that the one running a
 * case asked for or would receive (four eyes, ADR 008).
 */
export const DISCLOSURE_SECOND_LINE: readonly RoleCode[] = ['first_head'];

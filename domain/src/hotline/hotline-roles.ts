import type { RoleCode } from '../kernel/roles.js';

/** §69: compliance runs the hotline independently: the whole queue, triage, assignment, settings. */
export const HOTLINE_MANAGERS: readonly RoleCode[] = ['compliance_head'];

/** Investigators see and work only the cases assigned to them. */
export const HOTLINE_INVESTIGATORS: readonly RoleCode[] = ['hotline_investigator'];

/** Who enters phone, in-person and letter reports on the caller's behalf (§69: one single hotline). */
export const HOTLINE_OPERATORS: readonly RoleCode[] = [...HOTLINE_MANAGERS, ...HOTLINE_INVESTIGATORS];

/** §69: management monitors the hotline through aggregates; auditors read them (§75). Never case content. */
export const HOTLINE_DASHBOARD_READERS: readonly RoleCode[] = [...HOTLINE_MANAGERS, 'auditor', 'first_head'];

import type { AdalKpiWidget, AdalNavigationEntry, AdalRole } from '@adal/sdk';

export const PLUGIN_ID = 'hotline';
/** Names the plugin in the host's navigation and the browser tab. */
export const PLUGIN_TITLE_KEY = 'plugin.title';
export const PLUGIN_VERSION: string = __PLUGIN_VERSION__;
export const ROUTE_PREFIX = '/hotline';

/** §69: the compliance unit runs the hotline independently and sees every case. */
export const HOTLINE_MANAGERS: readonly AdalRole[] = ['compliance_head'];

/** Investigators work the cases assigned to them; they may declare a conflict of interest on one (Annex 2 case 7). */
export const HOTLINE_INVESTIGATORS: readonly AdalRole[] = ['hotline_investigator'];

/** ISO 37002 §8.4: the compliance staff who own tasks to protect reporters at high risk of retaliation. */
export const PROTECTION_TASK_OWNERS: readonly AdalRole[] = ['compliance_head', 'compliance_officer'];

/** Who works cases by role: the compliance head (all) and investigators (those assigned to them). */
export const CASE_ROLES: readonly AdalRole[] = ['compliance_head', 'hotline_investigator'];

/**
 * Those the compliance service reports to (§60.4): the first head names the alternate handler of
 * the cases that name the compliance head, usually a board member (ADR 008). Their queue holds
 * those cases when they are that handler, and the disclosure requests they are to decide.
 */
export const HOTLINE_OVERSIGHT: readonly AdalRole[] = ['first_head', 'board_member'];

/** The hotline's queue: its workers and those who may be its alternate handler. */
export const QUEUE_ROLES: readonly AdalRole[] = [...CASE_ROLES, ...HOTLINE_OVERSIGHT];

/** Who names the alternate handler: the first head, never the compliance head. */
export const ALTERNATE_HANDLER_APPOINTERS: readonly AdalRole[] = ['first_head'];

/** Aggregates only (§69 monitoring by management and the board; auditors read, never case content). */
export const DASHBOARD_ROLES: readonly AdalRole[] = [
  'compliance_head',
  'first_head',
  'board_member',
  'auditor',
];

/**
 * The dashboard page: its readers, and the investigators, who see the trends of the cases assigned
 * to them and open those cases (the handlers' exact figures, §69).
 */
export const TREND_ROLES: readonly AdalRole[] = [...DASHBOARD_ROLES, 'hotline_investigator'];

/** §40.6: only the compliance head knows who is protected (a record names the report). */
export const PROTECTION_READERS: readonly AdalRole[] = ['compliance_head'];

/** HR officers enter and import HR actions. */
export const HR_OFFICERS: readonly AdalRole[] = ['hr_officer'];

/** The Protection page: protection records, HR actions or labour disputes, whichever the viewer may read. */
export const PROTECTION_ROLES: readonly AdalRole[] = [
  ...PROTECTION_READERS,
  ...HR_OFFICERS,
  'compliance_officer',
  'auditor',
  // The administrator keeps the holiday calendar the protection deadlines count on (below).
  'org_admin',
];

/** The deadlines are the compliance head's; the alternate handler is the first head's. */
export const SETTINGS_ROLES: readonly AdalRole[] = [...HOTLINE_MANAGERS, ...ALTERNATE_HANDLER_APPOINTERS];

/** §69: the compliance head decides what the intake form asks of each category. */
export const QUESTIONS_ROLES: readonly AdalRole[] = HOTLINE_MANAGERS;

export const navigation: readonly AdalNavigationEntry[] = [
  { labelKey: 'nav.cases', path: ROUTE_PREFIX, roles: QUEUE_ROLES },
  { labelKey: 'nav.dashboard', path: `${ROUTE_PREFIX}/dashboard`, roles: TREND_ROLES },
  { labelKey: 'nav.quarterlyReports', path: `${ROUTE_PREFIX}/quarterly-reports`, roles: DASHBOARD_ROLES },
  { labelKey: 'nav.protection', path: `${ROUTE_PREFIX}/protection`, roles: PROTECTION_ROLES },
  { labelKey: 'nav.settings', path: `${ROUTE_PREFIX}/settings`, roles: SETTINGS_ROLES },
  { labelKey: 'nav.questions', path: `${ROUTE_PREFIX}/questions`, roles: QUESTIONS_ROLES },
];

/** The hotline's KPIs (§69, §74.6) for the hosts' KPI views; values come from the server's registry. */
export const kpiWidgets: readonly AdalKpiWidget[] = [
  { kpiCode: 'hotline.acknowledged_in_time', titleKey: 'kpi.acknowledged_in_time' },
  { kpiCode: 'hotline.processed_in_time', titleKey: 'kpi.processed_in_time' },
  { kpiCode: 'hotline.recommendations_on_time', titleKey: 'kpi.recommendations_on_time' },
  { kpiCode: 'hotline.reports_count', titleKey: 'kpi.reports_count' },
];

/** §40.1: the compliance head, to whom protected people's HR actions are flagged, attaches the commission's recommendation with HR. */
export const COMMISSION_RECORDERS: readonly AdalRole[] = [...HR_OFFICERS, 'compliance_head'];

/** §40.3–§40.4: who keeps the labour-dispute files of the collegial body. */
export const LABOUR_DISPUTE_KEEPERS: readonly AdalRole[] = [
  ...HR_OFFICERS,
  'compliance_officer',
  'compliance_head',
];

/** Who loads the holiday calendar from a file: the administrator. */
export const CALENDAR_IMPORTERS: readonly AdalRole[] = ['org_admin'];

/** §40.1: who records the protection of a person who reported to a state body: compliance staff. */
export const STATE_BODY_PROTECTION_GRANTERS: readonly AdalRole[] = ['compliance_head', 'compliance_officer'];

export const LABOUR_DISPUTE_READERS: readonly AdalRole[] = [...LABOUR_DISPUTE_KEEPERS, 'auditor'];

import type { AdalKpiWidget, AdalNavigationEntry, AdalRole } from '@adal/sdk';

export const PLUGIN_ID = 'hotline';
export const PLUGIN_VERSION: string = __PLUGIN_VERSION__;
export const ROUTE_PREFIX = '/hotline';

/** §69: the compliance unit runs the hotline independently and sees every case. */
export const HOTLINE_MANAGERS: readonly AdalRole[] = ['compliance_head'];

/** Who works cases: the compliance head (all) and investigators (those assigned to them). */
export const CASE_ROLES: readonly AdalRole[] = ['compliance_head', 'hotline_investigator'];

/** Aggregates only (§69 monitoring by management; auditors read, never case content). */
export const DASHBOARD_ROLES: readonly AdalRole[] = ['compliance_head', 'first_head', 'auditor'];

/** §40.6: only the compliance head knows who is protected (a record names the report). */
export const PROTECTION_READERS: readonly AdalRole[] = ['compliance_head'];

/** HR officers enter and import HR actions (the organisation administrator keeps the staff list). */
export const HR_OFFICERS: readonly AdalRole[] = ['org_admin'];

/** The Protection page: protection records, HR actions or labour disputes, whichever the viewer may read. */
export const PROTECTION_ROLES: readonly AdalRole[] = [
  ...PROTECTION_READERS,
  ...HR_OFFICERS,
  'compliance_officer',
  'auditor',
];

export const SETTINGS_ROLES: readonly AdalRole[] = HOTLINE_MANAGERS;

export const navigation: readonly AdalNavigationEntry[] = [
  { labelKey: 'nav.cases', path: ROUTE_PREFIX, roles: CASE_ROLES },
  { labelKey: 'nav.dashboard', path: `${ROUTE_PREFIX}/dashboard`, roles: DASHBOARD_ROLES },
  { labelKey: 'nav.protection', path: `${ROUTE_PREFIX}/protection`, roles: PROTECTION_ROLES },
  { labelKey: 'nav.settings', path: `${ROUTE_PREFIX}/settings`, roles: SETTINGS_ROLES },
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

export const LABOUR_DISPUTE_READERS: readonly AdalRole[] = [...LABOUR_DISPUTE_KEEPERS, 'auditor'];

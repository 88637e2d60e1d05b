import type { AdalNavigationEntry, AdalRole } from '@adal/sdk';

export const PLUGIN_ID = 'compliance';
/** Names the plugin in the host's navigation and the browser tab. */
export const PLUGIN_TITLE_KEY = 'plugin.title';
export const PLUGIN_VERSION: string = __PLUGIN_VERSION__;
export const ROUTE_PREFIX = '/compliance';

/**
 * §5, §9, §53–§63: those who keep the risk register, the mitigation plan, the programme and the
 * self-assessment — the compliance service and, in a state body, the ethics commissioner.
 */
export const COMPLIANCE_KEEPERS: readonly AdalRole[] = [
  'compliance_officer',
  'compliance_head',
  'ethics_commissioner',
];

/** §9.3: the first head approves the mitigation plan; the auditors and the board read it all (§75, §60.4). */
export const COMPLIANCE_READERS: readonly AdalRole[] = [
  ...COMPLIANCE_KEEPERS,
  'first_head',
  'auditor',
  'board_member',
];

/** §66.1: an action of the programme may be owned by anyone working in the organisation. */
export const PROGRAMME_OWNERS: readonly AdalRole[] = [...COMPLIANCE_READERS, 'employee'];

/**
 * §69, §74: those who read KPI views — the compliance service composes and shares them; the first
 * head, the board and the auditors read what is shared with them.
 */
export const KPI_VIEW_READERS: readonly AdalRole[] = [
  'compliance_head',
  'compliance_officer',
  'first_head',
  'board_member',
  'auditor',
];

/**
 * §5.3, §74: the KPI catalogue is for whoever reads some KPI — the programme's readers, and the
 * training administrators, the staff list's administrator and HR who read their own plugin's;
 * the catalogue itself lists only what the viewer may read.
 */
export const KPI_CATALOGUE_READERS: readonly AdalRole[] = [
  ...COMPLIANCE_READERS,
  'training_admin',
  'org_admin',
  'hr_officer',
];

// Each part of the programme adds its entry here as it lands.
export const navigation: readonly AdalNavigationEntry[] = [
  // §11, Annex 1: the corruption-risk register, and §8 its map.
  { labelKey: 'nav.risks', path: `${ROUTE_PREFIX}/risks`, roles: COMPLIANCE_READERS },
  { labelKey: 'nav.riskMap', path: `${ROUTE_PREFIX}/risks/map`, roles: COMPLIANCE_READERS },
  // §9.3: the year's elimination plan; the first head approves it.
  { labelKey: 'nav.mitigation', path: `${ROUTE_PREFIX}/mitigation`, roles: COMPLIANCE_READERS },
  // §9.4–§11: the public page's address, published risks, quarterly reports and proposals.
  { labelKey: 'nav.publicPage', path: `${ROUTE_PREFIX}/public`, roles: COMPLIANCE_KEEPERS },
  // §2, §53–§63, §67: the act adopting the standard, the compliance service, the policies and controls.
  { labelKey: 'nav.programme', path: `${ROUTE_PREFIX}/programme`, roles: COMPLIANCE_READERS },
  // §73: the quarterly self-assessment, its process catalogue and improvement plan.
  { labelKey: 'nav.selfAssessment', path: `${ROUTE_PREFIX}/self-assessment`, roles: COMPLIANCE_READERS },
  // §64: the initial internal assessment; §65–§72: the one-year programme by its directions.
  { labelKey: 'nav.assessment', path: `${ROUTE_PREFIX}/assessment`, roles: COMPLIANCE_READERS },
  { labelKey: 'nav.annualProgramme', path: `${ROUTE_PREFIX}/annual-programme`, roles: COMPLIANCE_READERS },
  // §66, §69: the periodic reports to the board; §74.2: the management plan.
  { labelKey: 'nav.board', path: `${ROUTE_PREFIX}/board`, roles: COMPLIANCE_READERS },
  // §69, §74: dashboards of every plugin's KPIs, composed, shared, drilled into and exported.
  { labelKey: 'nav.kpiViews', path: `${ROUTE_PREFIX}/kpi-views`, roles: KPI_VIEW_READERS },
  // §5.3, §74: the KPI catalogue, each KPI explained.
  { labelKey: 'nav.kpiCatalogue', path: `${ROUTE_PREFIX}/kpi-catalogue`, roles: KPI_CATALOGUE_READERS },
];

import type { AdalNavigationEntry, AdalRole } from '@adal/sdk';

export const PLUGIN_ID = 'culture';
/** Names the plugin in the host's navigation and the browser tab. */
export const PLUGIN_TITLE_KEY = 'plugin.title';
export const PLUGIN_VERSION: string = __PLUGIN_VERSION__;
export const ROUTE_PREFIX = '/culture';

/**
 * §5, §35.1: those who draft the culture plan, run its activities and keep the materials library and
 * the survey — the compliance staff and, in a state body, the ethics commissioner.
 */
export const CULTURE_PLANNERS: readonly AdalRole[] = [
  'compliance_officer',
  'compliance_head',
  'ethics_commissioner',
];

/** §35.1: the first head approves the plan; the auditors and the board read it and its execution (§75, §69). */
export const CULTURE_READERS: readonly AdalRole[] = [
  ...CULTURE_PLANNERS,
  'first_head',
  'auditor',
  'board_member',
];

export const navigation: readonly AdalNavigationEntry[] = [
  // Every employee: memos to acknowledge, surveys to answer, events they are invited to.
  { labelKey: 'nav.myCulture', path: ROUTE_PREFIX, roles: [] },
  // §35.1: the yearly plan, its activities, warnings and report.
  { labelKey: 'nav.plan', path: `${ROUTE_PREFIX}/plan`, roles: CULTURE_READERS },
  // §32.2, §35.6: memos, short guides, videos, presentations, booklets.
  { labelKey: 'nav.materials', path: `${ROUTE_PREFIX}/materials`, roles: CULTURE_PLANNERS },
  // §68: the yearly anonymous culture survey: run by the compliance staff, its results read by all the readers.
  { labelKey: 'nav.surveys', path: `${ROUTE_PREFIX}/surveys`, roles: CULTURE_READERS },
];

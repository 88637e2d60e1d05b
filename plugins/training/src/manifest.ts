import type { AdalNavigationEntry, AdalRole } from '@adal/sdk';

export const PLUGIN_ID = 'training';
/** Names the plugin in the host's navigation and the browser tab. */
export const PLUGIN_TITLE_KEY = 'plugin.title';
export const PLUGIN_VERSION: string = __PLUGIN_VERSION__;
export const ROUTE_PREFIX = '/training';

/** Who follows training completion: the training administrators, the responsible unit (§5.4), its heads and the auditors. */
export const COMPLETION_ROLES: readonly AdalRole[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
  'first_head',
  'auditor',
];

/** Who assigns courses: the training administrators and the responsible unit with its head (§5, §68). */
export const ASSIGNMENT_ROLES: readonly AdalRole[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
];

/** Who follows classroom and external training (§5.3, §5.4, §68): the same readers as completion. */
export const SESSION_ROLES: readonly AdalRole[] = COMPLETION_ROLES;

export const navigation: readonly AdalNavigationEntry[] = [
  // §68: every employee is trained, so everyone signed in sees their own training.
  { labelKey: 'nav.myTraining', path: ROUTE_PREFIX, roles: [] },
  { labelKey: 'nav.completion', path: `${ROUTE_PREFIX}/completion`, roles: COMPLETION_ROLES },
  // §33: where knowledge is missing, for the same readers as completion.
  { labelKey: 'nav.knowledgeGaps', path: `${ROUTE_PREFIX}/knowledge-gaps`, roles: COMPLETION_ROLES },
  { labelKey: 'nav.assignments', path: `${ROUTE_PREFIX}/assignments`, roles: ASSIGNMENT_ROLES },
  { labelKey: 'nav.sessions', path: `${ROUTE_PREFIX}/sessions`, roles: SESSION_ROLES },
];

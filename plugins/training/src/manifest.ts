import type { AdalNavigationEntry } from '@adal/sdk';
import { ASSIGNMENT_ROLES, CERTIFICATE_ROLES, COMPLETION_ROLES, SESSION_ROLES } from './roles';

export const PLUGIN_ID = 'training';
/** Names the plugin in the host's navigation and the browser tab. */
export const PLUGIN_TITLE_KEY = 'plugin.title';
export const PLUGIN_VERSION: string = __PLUGIN_VERSION__;
export const ROUTE_PREFIX = '/training';

export const navigation: readonly AdalNavigationEntry[] = [
  // §68: every employee is trained, so everyone signed in sees their own training.
  { labelKey: 'nav.myTraining', path: ROUTE_PREFIX, roles: [] },
  { labelKey: 'nav.completion', path: `${ROUTE_PREFIX}/completion`, roles: COMPLETION_ROLES },
  // §33: where knowledge is missing, for the same readers as completion.
  { labelKey: 'nav.knowledgeGaps', path: `${ROUTE_PREFIX}/knowledge-gaps`, roles: COMPLETION_ROLES },
  { labelKey: 'nav.courses', path: `${ROUTE_PREFIX}/courses`, roles: ASSIGNMENT_ROLES },
  { labelKey: 'nav.assignments', path: `${ROUTE_PREFIX}/assignments`, roles: ASSIGNMENT_ROLES },
  { labelKey: 'nav.sessions', path: `${ROUTE_PREFIX}/sessions`, roles: SESSION_ROLES },
  // HR files a person's certificates; everyone finds their own on My training.
  { labelKey: 'nav.certificates', path: `${ROUTE_PREFIX}/people`, roles: CERTIFICATE_ROLES },
];

import type { RouteRecordRaw } from 'vue-router';
import { AUDIT_TRAIL_READERS, ORG_ADMINS } from './manifest';

// Paths are below the plugin's route prefix (/admin); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'people' } },
  {
    path: '/people',
    name: 'people',
    component: () => import('./pages/PeoplePage.vue'),
    meta: { titleKey: 'nav.people', roles: ORG_ADMINS },
  },
  {
    path: '/import',
    name: 'import',
    component: () => import('./pages/ImportPage.vue'),
    meta: { titleKey: 'nav.import', roles: ORG_ADMINS },
  },
  {
    path: '/org-units',
    name: 'org-units',
    component: () => import('./pages/OrgUnitsPage.vue'),
    meta: { titleKey: 'nav.orgUnits', roles: ORG_ADMINS },
  },
  {
    path: '/audit-trail',
    name: 'audit-trail',
    component: () => import('./pages/AuditTrailPage.vue'),
    meta: { titleKey: 'nav.auditTrail', roles: AUDIT_TRAIL_READERS },
  },
  { path: '/:unknown(.*)*', redirect: { name: 'people' } },
];

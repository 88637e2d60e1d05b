import type { RouteRecordRaw } from 'vue-router';

// Paths are below the plugin's route prefix (/admin); each page loads on first visit.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'people' } },
  { path: '/people', name: 'people', component: () => import('./pages/PeoplePage.vue') },
  { path: '/import', name: 'import', component: () => import('./pages/ImportPage.vue') },
  { path: '/org-units', name: 'org-units', component: () => import('./pages/OrgUnitsPage.vue') },
  { path: '/audit-trail', name: 'audit-trail', component: () => import('./pages/AuditTrailPage.vue') },
  { path: '/:unknown(.*)*', redirect: { name: 'people' } },
];

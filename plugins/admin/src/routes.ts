import type { RouteRecordRaw } from 'vue-router';

// Paths are below the plugin's route prefix (/admin); each page loads on first visit.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'org-units' } },
  { path: '/org-units', name: 'org-units', component: () => import('./pages/OrgUnitsPage.vue') },
  { path: '/audit-trail', name: 'audit-trail', component: () => import('./pages/AuditTrailPage.vue') },
  { path: '/:unknown(.*)*', redirect: { name: 'org-units' } },
];

import type { RouteRecordRaw } from 'vue-router';

// Paths are below the plugin's route prefix (/admin); each page loads on first visit.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'org-units' } },
  { path: '/org-units', name: 'org-units', component: () => import('./pages/OrgUnitsPage.vue') },
  { path: '/:unknown(.*)*', redirect: { name: 'org-units' } },
];

import type { RouteRecordRaw } from 'vue-router';

// Paths are below the plugin's route prefix (/hotline); each page loads on first visit.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'cases', component: () => import('./pages/CasesPage.vue') },
  { path: '/cases/:id', name: 'case', component: () => import('./pages/CasePage.vue'), props: true },
  { path: '/dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue') },
  { path: '/protection', name: 'protection', component: () => import('./pages/ProtectionPage.vue') },
  { path: '/settings', name: 'settings', component: () => import('./pages/SettingsPage.vue') },
  { path: '/:unknown(.*)*', redirect: { name: 'cases' } },
];

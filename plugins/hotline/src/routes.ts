import type { RouteRecordRaw } from 'vue-router';
import {
  DASHBOARD_ROLES,
  PROTECTION_ROLES,
  QUESTIONS_ROLES,
  QUEUE_ROLES,
  SETTINGS_ROLES,
  TREND_ROLES,
} from './manifest';

// Paths are below the plugin's route prefix (/hotline); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'cases',
    component: () => import('./pages/CasesPage.vue'),
    meta: { titleKey: 'nav.cases', roles: QUEUE_ROLES },
  },
  {
    path: '/cases/:id',
    name: 'case',
    component: () => import('./pages/CasePage.vue'),
    props: true,
    meta: { titleKey: 'plugin.case' },
  },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('./pages/DashboardPage.vue'),
    meta: { titleKey: 'nav.dashboard', roles: TREND_ROLES },
  },
  {
    path: '/quarterly-reports',
    name: 'quarterly-reports',
    component: () => import('./pages/QuarterlyReportsPage.vue'),
    meta: { titleKey: 'nav.quarterlyReports', roles: DASHBOARD_ROLES },
  },
  {
    path: '/protection',
    name: 'protection',
    component: () => import('./pages/ProtectionPage.vue'),
    meta: { titleKey: 'nav.protection', roles: PROTECTION_ROLES },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./pages/SettingsPage.vue'),
    meta: { titleKey: 'nav.settings', roles: SETTINGS_ROLES },
  },
  {
    path: '/questions',
    name: 'questions',
    component: () => import('./pages/QuestionsPage.vue'),
    meta: { titleKey: 'nav.questions', roles: QUESTIONS_ROLES },
  },
  { path: '/:unknown(.*)*', redirect: { name: 'cases' } },
];

import type { RouteRecordRaw } from 'vue-router';
import { CULTURE_PLANNERS, CULTURE_READERS } from './manifest';

// Paths are below the plugin's route prefix (/culture); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'my-culture',
    component: () => import('./pages/MyCulturePage.vue'),
    meta: { titleKey: 'nav.myCulture', roles: [] },
  },
  {
    path: '/plan/:year(\\d{4})?',
    name: 'culture-plan',
    component: () => import('./pages/CulturePlanPage.vue'),
    props: true,
    meta: { titleKey: 'nav.plan', roles: CULTURE_READERS },
  },
  {
    path: '/activities/:id',
    name: 'culture-activity',
    component: () => import('./pages/CultureActivityPage.vue'),
    props: true,
    // A responsible person reports their own activity whatever their role; the server decides.
    meta: { titleKey: 'activity.tabTitle', roles: [] },
  },
  {
    path: '/materials',
    name: 'culture-materials',
    component: () => import('./pages/MaterialsPage.vue'),
    meta: { titleKey: 'nav.materials', roles: CULTURE_PLANNERS },
  },
  {
    path: '/materials/:id',
    name: 'culture-material',
    component: () => import('./pages/MaterialPage.vue'),
    props: true,
    meta: { titleKey: 'materials.tabTitle', roles: [] },
  },
  {
    path: '/surveys',
    name: 'culture-surveys',
    component: () => import('./pages/SurveysPage.vue'),
    meta: { titleKey: 'nav.surveys', roles: CULTURE_READERS },
  },
  {
    path: '/surveys/:id',
    name: 'culture-survey',
    component: () => import('./pages/SurveyPage.vue'),
    props: true,
    // Each audience member answers here; the planners see the results.
    meta: { titleKey: 'surveys.tabTitle', roles: [] },
  },
  { path: '/:unknown(.*)*', redirect: { name: 'my-culture' } },
];

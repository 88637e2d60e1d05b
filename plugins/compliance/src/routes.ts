import { COMPLIANCE_READERS } from './manifest';
import type { RouteRecordRaw } from 'vue-router';

// Paths are below the plugin's route prefix (/compliance); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
// Each part of the programme adds its routes here as it lands.
export const routes: RouteRecordRaw[] = [
  {
    path: '/self-assessment',
    name: 'compliance-self-assessment',
    component: () => import('./pages/SelfAssessmentPage.vue'),
    meta: { titleKey: 'nav.selfAssessment', roles: COMPLIANCE_READERS },
  },
];

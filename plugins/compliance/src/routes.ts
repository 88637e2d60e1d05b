import type { RouteRecordRaw } from 'vue-router';
import { COMPLIANCE_READERS } from './manifest';

// Paths are below the plugin's route prefix (/compliance); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
// Each part of the programme adds its routes here as it lands.
export const routes: RouteRecordRaw[] = [
  // §2, §53–§63, §67: the standard, the compliance service and the programme checklist.
  {
    path: '/programme',
    name: 'compliance-programme',
    component: () => import('./pages/ProgrammePage.vue'),
    meta: { titleKey: 'nav.programme', roles: COMPLIANCE_READERS },
  },
  // §73: the quarterly self-assessment, its process catalogue and improvement plan.
  {
    path: '/self-assessment',
    name: 'compliance-self-assessment',
    component: () => import('./pages/SelfAssessmentPage.vue'),
    meta: { titleKey: 'nav.selfAssessment', roles: COMPLIANCE_READERS },
  },
  // §11, Annex 1: the corruption-risk register.
  {
    path: '/risks',
    name: 'compliance-risks',
    component: () => import('./pages/RisksPage.vue'),
    meta: { titleKey: 'nav.risks', roles: COMPLIANCE_READERS },
  },
  // §8: the risk map as of a day, and its movement.
  {
    path: '/risks/map',
    name: 'compliance-risk-map',
    component: () => import('./pages/RiskMapPage.vue'),
    meta: { titleKey: 'nav.riskMap', roles: COMPLIANCE_READERS },
  },
];

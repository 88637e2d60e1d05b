import type { RouteRecordRaw } from 'vue-router';
import { COMPLIANCE_READERS } from './manifest';

// Paths are below the plugin's route prefix (/compliance); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
// Each part of the programme adds its routes here as it lands.
export const routes: RouteRecordRaw[] = [
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

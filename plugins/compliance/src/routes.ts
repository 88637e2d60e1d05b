import type { RouteRecordRaw } from 'vue-router';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from './manifest';

// Paths are below the plugin's route prefix (/compliance); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
// Each part of the programme adds its routes here as it lands.
export const routes: RouteRecordRaw[] = [
  {
    path: '/mitigation',
    name: 'compliance-mitigation',
    component: () => import('./pages/MitigationPage.vue'),
    meta: { titleKey: 'nav.mitigation', roles: COMPLIANCE_READERS },
  },
  {
    path: '/public',
    name: 'compliance-public',
    component: () => import('./pages/PublicPageSettingsPage.vue'),
    meta: { titleKey: 'nav.publicPage', roles: COMPLIANCE_KEEPERS },
  },
];

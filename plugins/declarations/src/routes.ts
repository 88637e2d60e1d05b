import type { RouteRecordRaw } from 'vue-router';
import { DECLARATION_OFFICERS } from './manifest';

// Paths are below the plugin's route prefix (/declarations); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'my-declarations',
    component: () => import('./pages/MyDeclarationsPage.vue'),
    meta: { titleKey: 'nav.myDeclarations', roles: [] },
  },
  {
    path: '/my/campaigns/:campaignId',
    name: 'my-campaign-declaration',
    component: () => import('./pages/MyCampaignDeclarationPage.vue'),
    props: true,
    meta: { titleKey: 'nav.myDeclarations', roles: [] },
  },
  {
    path: '/campaigns',
    name: 'campaigns',
    component: () => import('./pages/CampaignsPage.vue'),
    meta: { titleKey: 'nav.campaigns', roles: DECLARATION_OFFICERS },
  },
  {
    path: '/campaigns/:campaignId',
    name: 'campaign',
    component: () => import('./pages/CampaignPage.vue'),
    props: true,
    meta: { titleKey: 'nav.campaigns', roles: DECLARATION_OFFICERS },
  },
  { path: '/:unknown(.*)*', redirect: { name: 'my-declarations' } },
];

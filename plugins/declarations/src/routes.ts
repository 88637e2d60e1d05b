import type { RouteRecordRaw } from 'vue-router';
import {
  DECLARATION_OFFICERS,
  FINANCIAL_READERS,
  FOREIGN_ACCOUNT_READERS,
  REGISTER_READERS,
} from './manifest';

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
  {
    path: '/gifts',
    name: 'gift-register',
    component: () => import('./pages/GiftRegisterPage.vue'),
    meta: { titleKey: 'nav.giftRegister', roles: REGISTER_READERS },
  },
  {
    path: '/gifts/requests',
    name: 'gift-requests',
    component: () => import('./pages/GiftRequestsPage.vue'),
    meta: { titleKey: 'nav.giftRequests', roles: [] },
  },
  {
    path: '/gifts/:id',
    name: 'gift',
    component: () => import('./pages/GiftPage.vue'),
    props: true,
    meta: { titleKey: 'gifts.gift', roles: [] },
  },
  {
    path: '/financial',
    name: 'financial-declarations',
    component: () => import('./pages/FinancialDeclarationsPage.vue'),
    meta: { titleKey: 'nav.financialDeclarations', roles: FINANCIAL_READERS },
  },
  {
    path: '/foreign-accounts',
    name: 'foreign-accounts',
    component: () => import('./pages/ForeignAccountsPage.vue'),
    meta: { titleKey: 'nav.foreignAccounts', roles: FOREIGN_ACCOUNT_READERS },
  },
  {
    path: '/conflicts',
    name: 'conflict-register',
    component: () => import('./pages/ConflictRegisterPage.vue'),
    meta: { titleKey: 'nav.conflictRegister', roles: REGISTER_READERS },
  },
  {
    path: '/conflicts/analysis',
    name: 'conflict-analysis',
    component: () => import('./pages/ConflictAnalysisPage.vue'),
    meta: { titleKey: 'conflicts.analysis.title', roles: REGISTER_READERS },
  },
  {
    path: '/conflicts/:id',
    name: 'conflict-case',
    component: () => import('./pages/ConflictCasePage.vue'),
    props: true,
    meta: { titleKey: 'conflicts.case.tabTitle', roles: [] },
  },
  { path: '/:unknown(.*)*', redirect: { name: 'my-declarations' } },
];

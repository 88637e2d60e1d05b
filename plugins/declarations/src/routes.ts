import type { RouteRecordRaw } from 'vue-router';
import { REGISTER_READERS } from './manifest';

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
  { path: '/:unknown(.*)*', redirect: { name: 'my-declarations' } },
];

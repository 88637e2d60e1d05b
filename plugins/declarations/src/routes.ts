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
    path: '/conflicts',
    name: 'conflict-register',
    component: () => import('./pages/ConflictRegisterPage.vue'),
    meta: { titleKey: 'nav.conflictRegister', roles: REGISTER_READERS },
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

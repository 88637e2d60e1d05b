import { createMemoryHistory, createRouter, type Router } from 'vue-router';

const Stub = { template: '<p>page</p>' };

/** The plugin's route names on a memory history, for components that link to pages. */
export async function testRouter(path = '/'): Promise<Router> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'cases', component: Stub },
      { path: '/cases/:id', name: 'case', component: Stub },
      { path: '/dashboard', name: 'dashboard', component: Stub },
      { path: '/quarterly-reports', name: 'quarterly-reports', component: Stub },
      { path: '/protection', name: 'protection', component: Stub },
      { path: '/settings', name: 'settings', component: Stub },
    ],
  });
  await router.push(path);
  return router;
}

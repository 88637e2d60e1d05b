import { createMemoryHistory, createRouter, type Router } from 'vue-router';

const Stub = { template: '<p>page</p>' };

/** The routes the session pages link to, on a memory history. */
export async function testRouter(path = '/sessions'): Promise<Router> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/sessions', name: 'sessions', component: Stub },
      { path: '/sessions/:id', name: 'session', component: Stub },
      { path: '/assignments', name: 'assignments', component: Stub },
      { path: '/assignments/:id', name: 'assignment', component: Stub },
    ],
  });
  await router.push(path);
  return router;
}

import type { RouteRecordRaw } from 'vue-router';

// Paths are below the plugin's route prefix (/training); each page loads on first visit.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'my-training', component: () => import('./pages/MyTrainingPage.vue') },
  {
    path: '/courses/:enrolmentId',
    name: 'course',
    component: () => import('./pages/CoursePage.vue'),
    props: true,
  },
  { path: '/tests/:testId', name: 'test', component: () => import('./pages/TestPage.vue'), props: true },
  {
    path: '/attempts/:attemptId/result',
    name: 'result',
    component: () => import('./pages/ResultPage.vue'),
    props: true,
  },
  { path: '/completion', name: 'completion', component: () => import('./pages/CompletionPage.vue') },
  { path: '/assignments', name: 'assignments', component: () => import('./pages/AssignmentsPage.vue') },
  { path: '/:unknown(.*)*', redirect: { name: 'my-training' } },
];

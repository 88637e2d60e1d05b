import type { RouteRecordRaw } from 'vue-router';
import { ASSIGNMENT_ROLES, CERTIFICATE_ROLES, COMPLETION_ROLES, SESSION_ROLES } from './roles';

// Paths are below the plugin's route prefix (/training); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'my-training',
    component: () => import('./pages/MyTrainingPage.vue'),
    meta: { titleKey: 'nav.myTraining' },
  },
  {
    path: '/courses/:id/questions',
    name: 'course-questions',
    component: () => import('./pages/QuestionBankPage.vue'),
    props: true,
    meta: { titleKey: 'bank.title', roles: ASSIGNMENT_ROLES },
  },
  {
    path: '/courses/:id/test',
    name: 'course-test',
    component: () => import('./pages/TestSettingsPage.vue'),
    props: true,
    meta: { titleKey: 'testSettings.title', roles: ASSIGNMENT_ROLES },
  },
  {
    path: '/courses/:enrolmentId',
    name: 'course',
    component: () => import('./pages/CoursePage.vue'),
    props: true,
    meta: { titleKey: 'plugin.course' },
  },
  {
    path: '/tests/:testId',
    name: 'test',
    component: () => import('./pages/TestPage.vue'),
    props: true,
    meta: { titleKey: 'plugin.test' },
  },
  {
    path: '/attempts/:attemptId/result',
    name: 'result',
    component: () => import('./pages/ResultPage.vue'),
    props: true,
    meta: { titleKey: 'plugin.result' },
  },
  {
    path: '/completion',
    name: 'completion',
    component: () => import('./pages/CompletionPage.vue'),
    meta: { titleKey: 'nav.completion', roles: COMPLETION_ROLES },
  },
  {
    path: '/people',
    name: 'certificates',
    component: () => import('./pages/CertificatesPage.vue'),
    meta: { titleKey: 'certificates.title', roles: CERTIFICATE_ROLES },
  },
  {
    path: '/people/:personId/certificates',
    name: 'person-certificates',
    component: () => import('./pages/PersonCertificatesPage.vue'),
    props: true,
    meta: { titleKey: 'certificates.title', roles: CERTIFICATE_ROLES },
  },
  {
    path: '/knowledge-gaps',
    name: 'knowledge-gaps',
    component: () => import('./pages/KnowledgeGapsPage.vue'),
    meta: { titleKey: 'nav.knowledgeGaps', roles: COMPLETION_ROLES },
  },
  {
    path: '/assignments',
    name: 'assignments',
    component: () => import('./pages/AssignmentsPage.vue'),
    meta: { titleKey: 'nav.assignments', roles: ASSIGNMENT_ROLES },
  },
  {
    path: '/assignments/:id',
    name: 'assignment',
    component: () => import('./pages/AssignmentPage.vue'),
    props: true,
    meta: { titleKey: 'plugin.assignment', roles: ASSIGNMENT_ROLES },
  },
  {
    path: '/courses',
    name: 'courses',
    component: () => import('./pages/CoursesPage.vue'),
    meta: { titleKey: 'nav.courses', roles: ASSIGNMENT_ROLES },
  },
  {
    path: '/courses/:id/edit',
    name: 'course-editor',
    component: () => import('./pages/CourseEditorPage.vue'),
    props: true,
    meta: { titleKey: 'plugin.courseEditor', roles: ASSIGNMENT_ROLES },
  },
  {
    path: '/sessions',
    name: 'sessions',
    component: () => import('./pages/SessionsPage.vue'),
    meta: { titleKey: 'nav.sessions', roles: SESSION_ROLES },
  },
  {
    path: '/sessions/:id',
    name: 'session',
    component: () => import('./pages/SessionPage.vue'),
    props: true,
    meta: { titleKey: 'plugin.session', roles: SESSION_ROLES },
  },
  { path: '/:unknown(.*)*', redirect: { name: 'my-training' } },
];

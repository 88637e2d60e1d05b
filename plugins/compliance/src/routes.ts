import type { RouteRecordRaw } from 'vue-router';
import {
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  KPI_CATALOGUE_READERS,
  KPI_VIEW_READERS,
  PROGRAMME_OWNERS,
} from './manifest';

// Paths are below the plugin's route prefix (/compliance); each page loads on first visit. A page
// names itself for the browser tab and says who may use it; the sdk refuses it to anyone else.
// Each part of the programme adds its routes here as it lands.
export const routes: RouteRecordRaw[] = [
  // §2, §53–§63, §67: the standard, the compliance service and the programme checklist.
  {
    path: '/programme',
    name: 'compliance-programme',
    component: () => import('./pages/ProgrammePage.vue'),
    meta: { titleKey: 'nav.programme', roles: COMPLIANCE_READERS },
  },
  // §73: the quarterly self-assessment, its process catalogue and improvement plan.
  {
    path: '/self-assessment',
    name: 'compliance-self-assessment',
    component: () => import('./pages/SelfAssessmentPage.vue'),
    meta: { titleKey: 'nav.selfAssessment', roles: COMPLIANCE_READERS },
  },
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
  // §9.3: the year's elimination plan.
  {
    path: '/mitigation',
    name: 'compliance-mitigation',
    component: () => import('./pages/MitigationPage.vue'),
    meta: { titleKey: 'nav.mitigation', roles: COMPLIANCE_READERS },
  },
  // §9.4–§11: the public page's address, published risks, quarterly reports and proposals.
  {
    path: '/public',
    name: 'compliance-public',
    component: () => import('./pages/PublicPageSettingsPage.vue'),
    meta: { titleKey: 'nav.publicPage', roles: COMPLIANCE_KEEPERS },
  },
  // §64: the initial internal assessment, one aspect at a time.
  {
    path: '/assessment',
    name: 'compliance-assessment',
    component: () => import('./pages/AssessmentPage.vue'),
    meta: { titleKey: 'nav.assessment', roles: COMPLIANCE_READERS },
  },
  // §65–§72: the one-year programme by its directions; an owner reports on their own actions.
  {
    path: '/annual-programme',
    name: 'compliance-annual-programme',
    component: () => import('./pages/AnnualProgrammePage.vue'),
    meta: { titleKey: 'nav.annualProgramme', roles: PROGRAMME_OWNERS },
  },
  // §66, §69: the periodic reports to the board; §74.2: the management plan.
  {
    path: '/board',
    name: 'compliance-board',
    component: () => import('./pages/BoardPage.vue'),
    meta: { titleKey: 'nav.board', roles: COMPLIANCE_READERS },
  },
  // §69, §74: the KPI views, and one view with its widgets.
  {
    path: '/kpi-views',
    name: 'compliance-kpi-views',
    component: () => import('./pages/KpiViewsPage.vue'),
    meta: { titleKey: 'nav.kpiViews', roles: KPI_VIEW_READERS },
  },
  {
    path: '/kpi-views/:id',
    name: 'compliance-kpi-view',
    component: () => import('./pages/KpiViewPage.vue'),
    meta: { titleKey: 'nav.kpiViews', roles: KPI_VIEW_READERS },
  },
  // §5.3, §74: the KPI catalogue, each KPI explained and searched.
  {
    path: '/kpi-catalogue',
    name: 'compliance-kpi-catalogue',
    component: () => import('./pages/KpiCataloguePage.vue'),
    meta: { titleKey: 'nav.kpiCatalogue', roles: KPI_CATALOGUE_READERS },
  },
];

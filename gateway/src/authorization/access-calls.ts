import { STANDARD_QUESTIONS, UNDERTAKING_VERSION, cultureSurveyTemplate } from '@adal/domain';
import type { WorkProof } from '../hotline-intake/proof-of-work.js';
import { WHAT } from '../testing/hotline-operations.js';
import { ONLY_TARGET } from './access-matrix.js';
import {
  CONFLICT_NOTIFICATION,
  INTAKE_QUESTION,
  today,
  weekdayNextYear,
  type Caller,
  type DemoFixture,
  type OpenAttempt,
} from './demo-fixture.js';

/** One GraphQL request: a multipart one when `files` (by variable path) come along. */
export interface Call {
  query: string;
  variables?: Record<string, unknown>;
  files?: Record<string, File>;
}

export interface CallContext {
  demo: DemoFixture;
  caller: Caller;
  /** A freshly solved proof of work, as the intake sends with its operations. */
  proof(): Promise<WorkProof>;
}

export type CallBuilder = (context: CallContext) => Call | Promise<Call>;

/** The arguments of an operation per target of the demo data (see ACCESS_MATRIX), or its one call. */
export type Targeted<Build> = Build | Readonly<Record<string, Build>>;

export function callsOf<Build extends (context: CallContext) => unknown>(
  calls: Targeted<Build>,
): Readonly<Record<string, Build>> {
  return typeof calls === 'function'
    ? { [ONLY_TARGET]: calls as Build }
    : (calls as Readonly<Record<string, Build>>);
}

const ASSIGNED = 'a case assigned to the investigator';
const UNASSIGNED = 'an unassigned case';
const NAMING_HEAD = 'the case that names the compliance head';

/** The caller's own open attempt; the employee's for an anonymous caller, who is refused anyway. */
function ownAttempt({ demo, caller }: CallContext): OpenAttempt {
  return demo.openAttempts[caller === 'anonymous' ? 'employee' : caller];
}

const attemptTargets = (call: (attempt: OpenAttempt, context: CallContext) => Call) => ({
  'own attempt': (context: CallContext) => call(ownAttempt(context), context),
  "another person's attempt": (context: CallContext) =>
    call({ ...ownAttempt(context), id: context.demo.training.othersAttemptId }, context),
});

/** A call on the caller's own related person, and on another login's. */
const relatedTargets = (call: (id: string) => Call) => ({
  'own related person': ({ demo, caller }: CallContext) =>
    call(demo.relatedPersons[caller === 'anonymous' ? 'employee' : caller]),
  "another person's related person": ({ demo, caller }: CallContext) =>
    call(demo.relatedPersons[caller === 'employee' ? 'auditor' : 'employee']),
});

/** A call on one of the demo's cases, passed as `$id`. */
function onCase(
  which: keyof DemoFixture['cases'],
  query: string,
  variables: (demo: DemoFixture) => Record<string, unknown> = () => ({}),
): CallBuilder {
  return ({ demo }) => ({ query, variables: { id: demo.cases[which], ...variables(demo) } });
}

const bankQuestion = {
  kind: 'single',
  text: { kk: 'Сыйлықты кімге тапсырады?', ru: 'Кому сдают подарок?', en: 'Who receives a gift handed in?' },
  options: [
    { text: { kk: 'Комплаенс қызметіне', ru: 'Комплаенс-службе', en: 'The compliance unit' }, correct: true },
    { text: { kk: 'Әріптеске', ru: 'Коллеге', en: 'A colleague' } },
  ],
  explanation: { kk: '§5.3', ru: '§5.3' },
};

/** A question file as the import reads it: a CSV with the codes as headers. */
function questionFile(): File {
  return csv(
    'questions.csv',
    'pool,kind,text_kk,text_ru,option_1_kk,option_1_ru,option_2_kk,option_2_ru,right\n' +
      'Импорт,single,Сұрақ,Вопрос,Иә,Да,Жоқ,Нет,1\n',
  );
}

const lesson = {
  kind: 'text',
  title: { kk: 'Сыйлықтар', ru: 'Подарки', en: 'Gifts' },
  body: { kk: '<p>Сыйлық ережесі.</p>', ru: '<p>Правило подарков.</p>', en: '<p>The gift rule.</p>' },
};

const session = {
  kind: 'seminar',
  topic: { kk: 'Сыйлықтар', ru: 'Подарки' },
  plannedOn: '2030-01-15',
  trainer: 'Айгүл Серікова',
  durationMinutes: 60,
};

const RETALIATION_COMPLAINT =
  'mutation($id: ID!, $input: CallerReportInput!) { openRetaliationComplaint(caseId: $id, input: $input) { number } }';
const RETALIATION = { channel: 'in_person', category: 'law_violation', what: WHAT, anonymous: true };

function csv(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

/**
 * The calls the matrix makes, queries first, then the mutations in the order they run: a change
 * comes after the reads and changes it would disturb, and before those that need it (findings
 * before closing, a decided disclosure before the reads it allows, an edit before publishing).
 */
/** "No" to every standard question of a campaign (§72). */
function noToEveryQuestion() {
  return STANDARD_QUESTIONS.map((q) => ({ code: q.code, yes: false }));
}

function declarationCall(campaignId: string): Call {
  return {
    query:
      'mutation($c: ID!, $input: SubmitDeclarationInput!) { submitDeclaration(campaignId: $c, input: $input) { status } }',
    variables: { c: campaignId, input: { answers: noToEveryQuestion() } },
  };
}

const PULSE = 'the pulse survey (every demo login is asked)';
const PROCUREMENT = 'the procurement survey (no demo login is asked)';

/** Every statement a 4 and the free question left blank, on the pulse survey's questions (§68). */
function surveyAnswerCall(surveyId: string, demo: DemoFixture): Call {
  return {
    query:
      'mutation($id: ID!, $answers: [CultureSurveyAnswerInput!]!) { answerCultureSurvey(id: $id, answers: $answers) { answered } }',
    variables: {
      id: surveyId,
      answers: demo.surveys.pulseQuestions
        .filter((q) => q.kind === 'likert')
        .map((q) => ({ questionId: q.id, likert: 4 })),
    },
  };
}

/** The §68 template as a new draft for the whole organisation, a year ahead. */
function newSurveyInput() {
  const template = cultureSurveyTemplate(Number(today().slice(0, 4)) + 1);
  return {
    title: template.title,
    intro: template.intro,
    questions: template.questions,
    audience: 'all_employees',
    opensOn: weekdayNextYear(0),
    closesOn: weekdayNextYear(10),
  };
}

/** The calendar quarter before today's (Kazakhstan time). */
function lastQuarter(): { year: number; quarter: number } {
  const day = today();
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const year = Number(day.slice(0, 4));
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

export const OPERATION_CALLS: Readonly<Record<string, Targeted<CallBuilder>>> = {
  // --- queries
  viewer: () => ({ query: '{ viewer { id } }' }),
  orgUnits: () => ({ query: '{ orgUnits { id } }' }),
  people: () => ({ query: '{ people(search: "demo") { id } }' }),
  staff: () => ({ query: '{ staff(search: "demo", limit: 5) { total } }' }),
  orgUnitHeadcounts: () => ({ query: '{ orgUnitHeadcounts { people } }' }),
  kpiCatalog: () => ({ query: '{ kpiCatalog { code } }' }),
  kpiValues: {
    'a hotline KPI': () => ({ query: '{ kpiValues(codes: ["hotline.reports_count"]) { code } }' }),
    'a training KPI': () => ({ query: '{ kpiValues(codes: ["training.coverage"]) { code } }' }),
    'an org KPI': () => ({ query: '{ kpiValues(codes: ["org.responsible_staff"]) { code } }' }),
    'a culture KPI': () => ({ query: '{ kpiValues(codes: ["culture.material_ack_share"]) { code } }' }),
    "a subsidiary's org KPI": ({ demo }) => ({
      query:
        'query($id: ID!) { kpiValues(codes: ["org.responsible_staff"], filter: { organizationId: $id }) { code } }',
      variables: { id: demo.subsidiaryId },
    }),
    'an org KPI of an organisation outside the holding': () => ({
      query:
        'query($id: ID!) { kpiValues(codes: ["org.responsible_staff"], filter: { organizationId: $id }) { code } }',
      variables: { id: '6d1f0e64-0000-4000-8000-000000000016' },
    }),
  },
  kpiViews: () => ({ query: '{ kpiViews { id title sharedWithMe } }' }),
  kpiOrganizations: () => ({ query: '{ kpiOrganizations { id own } }' }),
  kpiView: {
    'the shared view': ({ demo }) => ({
      query: 'query($id: ID!) { kpiView(id: $id) { id canEdit widgets { id kind } } }',
      variables: { id: demo.kpiViews.viewId },
    }),
  },
  kpiViewFigures: {
    'the shared view': ({ demo }) => ({
      query: 'query($id: ID!) { kpiViewFigures(id: $id) { periodKey widgets { widgetId refused } } }',
      variables: { id: demo.kpiViews.viewId },
    }),
  },
  saveKpiView: {
    'a new view': ({ demo }) => ({
      query: 'mutation($i: KpiViewInput!) { saveKpiView(input: $i) { id version } }',
      variables: {
        i: {
          title: 'Оқыту көрсеткіштері',
          filters: { period: { kind: 'year', year: demo.compliance.year } },
          widgets: [{ id: 'coverage', kind: 'number', codes: ['training.coverage'], x: 0, y: 0, w: 4, h: 3 }],
        },
      },
    }),
    'the shared view': ({ demo }) => ({
      query: 'mutation($i: KpiViewInput!) { saveKpiView(input: $i) { id version } }',
      variables: {
        i: {
          id: demo.kpiViews.viewId,
          version: demo.kpiViews.version,
          title: 'Басшылыққа арналған көрсеткіштер',
          filters: { period: { kind: 'year', year: demo.compliance.year } },
          widgets: [{ id: 'coverage', kind: 'number', codes: ['training.coverage'], x: 0, y: 0, w: 4, h: 3 }],
        },
      },
    }),
  },
  duplicateKpiView: {
    'the shared view': ({ demo }) => ({
      query: 'mutation($id: ID!) { duplicateKpiView(id: $id) { id } }',
      variables: { id: demo.kpiViews.viewId },
    }),
  },
  deleteKpiView: {
    "a spare view of the compliance head's": ({ demo }) => ({
      query: 'mutation($id: ID!) { deleteKpiView(id: $id, version: 1) }',
      variables: { id: demo.kpiViews.spareViewId },
    }),
  },
  shareKpiView: {
    'the shared view': ({ demo }) => ({
      query: 'mutation($id: ID!, $i: KpiViewShareInput!) { shareKpiView(id: $id, input: $i) { id } }',
      variables: {
        id: demo.kpiViews.viewId,
        i: { roles: ['first_head', 'board_member'], personIds: [demo.kpiViews.firstHeadId] },
      },
    }),
  },
  commentKpiWidget: {
    'the shared view': ({ demo }) => ({
      query:
        'mutation($id: ID!, $w: String!, $p: String!) { commentKpiWidget(viewId: $id, widgetId: $w, periodKey: $p, text: "Көрсеткіш жақсарды") { id } }',
      variables: { id: demo.kpiViews.viewId, w: demo.kpiViews.widgetId, p: demo.kpiViews.periodKey },
    }),
  },
  exportKpiView: {
    'the shared view': ({ demo }) => ({
      query: 'mutation($id: ID!) { exportKpiView(id: $id, format: xlsx) { fileName } }',
      variables: { id: demo.kpiViews.viewId },
    }),
  },
  signOffKpiView: {
    'the shared view': ({ demo }) => ({
      query: 'mutation($id: ID!, $p: String!) { signOffKpiView(id: $id, periodKey: $p, version: 1) { id } }',
      variables: { id: demo.kpiViews.viewId, p: demo.kpiViews.periodKey },
    }),
  },
  kpiDrillDown: {
    'a training KPI': () => ({
      query: '{ kpiDrillDown(code: "training.coverage") { code units { hasChildren } } }',
    }),
    'an org KPI': () => ({ query: '{ kpiDrillDown(code: "org.headcount") { code whole { value } } }' }),
  },
  kpiRecords: {
    'people behind a training KPI': () => ({
      query: '{ kpiRecords(code: "training.coverage", page: { limit: 5 }) { total rows { label } } }',
    }),
    'activities behind a culture KPI': () => ({
      query: '{ kpiRecords(code: "culture.activities_on_time", page: { limit: 5 }) { total } }',
    }),
    'measures behind a compliance KPI': () => ({
      query: '{ kpiRecords(code: "compliance.measures_on_time", page: { limit: 5 }) { total } }',
    }),
  },
  kpiByOrganization: {
    'an org KPI': () => ({
      query: '{ kpiByOrganization(codes: ["org.responsible_staff"]) { organizations { organizationId } } }',
    }),
    'a hotline KPI': () => ({
      query: '{ kpiByOrganization(codes: ["hotline.reports_count"]) { aggregate { code } } }',
    }),
  },
  kpiBenchmark: () => ({ query: '{ kpiBenchmark { companies measures { code } } }' }),
  auditEvents: () => ({ query: '{ auditEvents(limit: 5) { id } }' }),
  auditChainStatus: () => ({ query: '{ auditChainStatus { ok } }' }),
  auditTrailFacets: () => ({ query: '{ auditTrailFacets { actions } }' }),
  trainingCourses: () => ({ query: '{ trainingCourses { id } }' }),
  authoredTrainingCourses: () => ({ query: '{ authoredTrainingCourses(search: "") { id status } }' }),
  trainingCourse: ({ demo }) => ({
    query: 'query($c: ID!) { trainingCourse(id: $c) { id revision versions { number } } }',
    variables: { c: demo.training.generalCourseId },
  }),
  trainingCompletion: () => ({ query: '{ trainingCompletion { __typename } }' }),
  trainingKnowledgeGaps: ({ demo }) => ({
    query:
      'query($c: ID!) { trainingKnowledgeGaps(courseId: $c, periodFrom: "2026-01-01", periodTo: "2026-12-31") { attempts } }',
    variables: { c: demo.training.generalCourseId },
  }),
  trainingCompletionPeople: () => ({
    query: '{ trainingCompletionPeople(figure: assigned, limit: 5) { __typename } }',
  }),
  trainingAssignments: () => ({ query: '{ trainingAssignments { id } }' }),
  trainingAssignment: ({ demo }) => ({
    query: 'query($id: ID!) { trainingAssignment(id: $id) { id active } }',
    variables: { id: demo.training.changeableAssignmentId },
  }),
  trainingAssignmentEnrolments: ({ demo }) => ({
    query:
      'query($a: ID!) { trainingAssignmentEnrolments(assignmentId: $a, search: "a", limit: 5) { total } }',
    variables: { a: demo.training.changeableAssignmentId },
  }),
  trainingAssignmentHistory: ({ demo }) => ({
    query: 'query($a: ID!) { trainingAssignmentHistory(assignmentId: $a) { id } }',
    variables: { a: demo.training.changeableAssignmentId },
  }),
  myAssignments: () => ({ query: '{ myAssignments { __typename } }' }),
  myAssignment: ({ demo }) => ({
    query: 'query($id: ID!) { myAssignment(id: $id) { __typename } }',
    variables: { id: demo.training.changeableAssignmentId },
  }),
  myWork: () => ({ query: '{ myWork { id } }' }),
  myCertificates: () => ({ query: '{ myCertificates { __typename } }' }),
  personCertificates: {
    'a person of the organisation': ({ demo }) => ({
      query: 'query($id: ID!) { personCertificates(personId: $id) { personId } }',
      variables: { id: demo.staff.named },
    }),
    'a person of another organisation': ({ demo }) => ({
      query: 'query($id: ID!) { personCertificates(personId: $id) { personId } }',
      variables: { id: demo.staff.ofAnotherOrganization },
    }),
  },
  verifyCertificate: ({ demo }) => ({
    query: 'query($code: String!) { verifyCertificate(code: $code) { valid } }',
    variables: { code: demo.training.certificateCode },
  }),
  attempt: attemptTargets(({ id }) => ({
    query: 'query($id: ID!) { attempt(id: $id) { id } }',
    variables: { id },
  })),
  attemptResult: attemptTargets(({ id }) => ({
    query: 'query($id: ID!) { attemptResult(attemptId: $id) { attemptId } }',
    variables: { id },
  })),
  intakeOrganizations: () => ({ query: '{ intakeOrganizations { id } }' }),
  hotlineChallenge: () => ({ query: '{ hotlineChallenge { challenge } }' }),
  hotlineReportByReceipt: async ({ demo, proof }) => ({
    query:
      'query($r: String!, $p: HotlineProofInput!) { hotlineReportByReceipt(receipt: $r, proof: $p) { status } }',
    variables: { r: demo.receipt, p: await proof() },
  }),
  hotlineCases: () => ({ query: '{ hotlineCases { total } }' }),
  hotlineDashboard: () => ({ query: '{ hotlineDashboard { __typename } }' }),
  hotlineCaseLabels: () => ({ query: '{ hotlineCaseLabels }' }),
  mySavedHotlineFilters: () => ({ query: '{ mySavedHotlineFilters { id } }' }),
  saveHotlineFilter: () => ({
    query: 'mutation { saveHotlineFilter(name: "Шұғыл істер", filter: { priority: urgent }) { id } }',
  }),
  deleteHotlineFilter: () => ({
    query: 'mutation { deleteHotlineFilter(id: "00000000-0000-4000-8000-000000000000") }',
  }),
  bulkAssignHotlineCases: ({ demo }) => ({
    query:
      'mutation($c: [ID!]!, $i: [ID!]!) { bulkAssignHotlineCases(caseIds: $c, investigatorIds: $i) { done } }',
    variables: { c: [demo.cases.fresh], i: [demo.personIds.hotline_investigator] },
  }),
  bulkLabelHotlineCases: ({ demo }) => ({
    query: 'mutation($c: [ID!]!) { bulkLabelHotlineCases(caseIds: $c, labels: ["тексеру"]) { done } }',
    variables: { c: [demo.cases.fresh] },
  }),
  hotlineSettings: () => ({ query: '{ hotlineSettings { acknowledgeHours } }' }),
  publicHolidays: () => ({
    query: 'query($y: Int!) { publicHolidays(year: $y) { id } }',
    variables: { y: new Date().getUTCFullYear() },
  }),
  hotlineRecommendations: () => ({ query: '{ hotlineRecommendations { id } }' }),
  hotlineDisclosureRequests: () => ({ query: '{ hotlineDisclosureRequests { id } }' }),
  hotlineCase: {
    [UNASSIGNED]: onCase('fresh', 'query($id: ID!) { hotlineCase(id: $id) { id } }'),
    [ASSIGNED]: onCase('question', 'query($id: ID!) { hotlineCase(id: $id) { id } }'),
    [NAMING_HEAD]: onCase('aboutHead', 'query($id: ID!) { hotlineCase(id: $id) { id } }'),
  },
  hotlineInvestigatorCandidates: {
    [UNASSIGNED]: onCase(
      'fresh',
      'query($id: ID!) { hotlineInvestigatorCandidates(caseId: $id) { eligible } }',
    ),
    [NAMING_HEAD]: onCase(
      'aboutHead',
      'query($id: ID!) { hotlineInvestigatorCandidates(caseId: $id) { eligible } }',
    ),
  },
  hotlineConflictDeclarations: {
    [UNASSIGNED]: onCase('fresh', 'query($id: ID!) { hotlineConflictDeclarations(caseId: $id) { id } }'),
    [NAMING_HEAD]: onCase('aboutHead', 'query($id: ID!) { hotlineConflictDeclarations(caseId: $id) { id } }'),
  },
  hotlineRetaliationAssessment: {
    [UNASSIGNED]: onCase('fresh', 'query($id: ID!) { hotlineRetaliationAssessment(caseId: $id) { level } }'),
    [ASSIGNED]: onCase('question', 'query($id: ID!) { hotlineRetaliationAssessment(caseId: $id) { level } }'),
    [NAMING_HEAD]: onCase(
      'aboutHead',
      'query($id: ID!) { hotlineRetaliationAssessment(caseId: $id) { level } }',
    ),
  },
  hotlineCaseLinks: {
    [UNASSIGNED]: onCase(
      'fresh',
      'query($id: ID!) { hotlineCaseLinks(caseId: $id) { retaliationComplaints { id } } }',
    ),
    [ASSIGNED]: onCase(
      'question',
      'query($id: ID!) { hotlineCaseLinks(caseId: $id) { retaliationComplaints { id } } }',
    ),
    [NAMING_HEAD]: onCase(
      'aboutHead',
      'query($id: ID!) { hotlineCaseLinks(caseId: $id) { retaliationComplaints { id } } }',
    ),
  },
  protectionTaskOwners: {
    [UNASSIGNED]: onCase('fresh', 'query($id: ID!) { protectionTaskOwners(caseId: $id) { id } }'),
    [NAMING_HEAD]: onCase('aboutHead', 'query($id: ID!) { protectionTaskOwners(caseId: $id) { id } }'),
  },
  protectionTasks: () => ({ query: '{ protectionTasks(openOnly: true) { id } }' }),
  hotlineTrends: () => ({ query: '{ hotlineTrends { exact } }' }),
  hotlineFigureCases: () => ({ query: '{ hotlineFigureCases(measure: received) { id } }' }),
  hotlineQuarterlyReports: () => ({ query: '{ hotlineQuarterlyReports { id } }' }),
  protectionRecords: () => ({ query: '{ protectionRecords { id } }' }),
  incompleteCalendarYears: () => ({ query: '{ incompleteCalendarYears(fromYear: 2026, toYear: 2027) }' }),
  hrActions: () => ({ query: '{ hrActions { id } }' }),
  myGifts: () => ({ query: '{ myGifts { id } }' }),
  giftDeclaration: {
    "the employee's gift": ({ demo }) => ({
      query: 'query($id: ID!) { giftDeclaration(id: $id) { id } }',
      variables: { id: demo.gifts.declaredId },
    }),
  },
  giftRegister: () => ({ query: '{ giftRegister(filter: { search: "Жеткізуші" }) { total items { id } } }' }),
  myGiftPreApprovals: () => ({ query: '{ myGiftPreApprovals { id } }' }),
  giftPreApprovals: () => ({ query: '{ giftPreApprovals(status: requested) { id } }' }),
  culturePlan: ({ demo }) => ({
    query: 'query($y: Int!) { culturePlan(year: $y) { id warnings { rule } activities { id } } }',
    variables: { y: demo.culture.year },
  }),
  culturePlanYears: () => ({ query: '{ culturePlanYears { year status } }' }),
  cultureTargetIndicator: ({ demo }) => ({
    query:
      'query($y: Int!) { cultureTargetIndicator(year: $y) { passed share byUnit { orgUnitId passed } } }',
    variables: { y: demo.culture.year },
  }),
  myCultureEvents: () => ({ query: '{ myCultureEvents { activityId title deadline } }' }),
  cultureLinkableCourses: () => ({ query: '{ cultureLinkableCourses { id title { kk } } }' }),
  cultureLinkableSessions: ({ demo }) => ({
    query: 'query($y: Int!) { cultureLinkableSessions(year: $y) { id plannedOn } }',
    variables: { y: demo.culture.year },
  }),
  culturePlanVersion: ({ demo }) => ({
    query: 'query($p: ID!) { culturePlanVersion(planId: $p, number: 1) { number activities { id } } }',
    variables: { p: demo.culture.currentPlanId },
  }),
  cultureActivity: ({ demo }) => ({
    query: 'query($id: ID!) { cultureActivity(id: $id) { id evidence { id } } }',
    variables: { id: demo.culture.hrActivityId },
  }),
  labourDisputes: () => ({ query: '{ labourDisputes { id } }' }),
  financialDeclarationStatus: ({ demo }) => ({
    query: 'query($y: Int!, $u: ID!) { financialDeclarationStatus(year: $y, orgUnitId: $u) { personId } }',
    variables: { y: Number(today().slice(0, 4)), u: demo.financial.rootUnitId },
  }),
  pendingFinancialNotices: () => ({ query: '{ pendingFinancialNotices { id } }' }),
  declarationPublications: () => ({
    query: 'query($y: Int!) { declarationPublications(year: $y) { personId overdue } }',
    variables: { y: Number(today().slice(0, 4)) - 1 },
  }),
  declarationMeetings: () => ({
    query: 'query($y: Int!) { declarationMeetings(year: $y) { held meetings { sessionId attended } } }',
    variables: { y: Number(today().slice(0, 4)) },
  }),
  declarationRuleChanges: () => ({
    query: 'query($y: Int!) { declarationRuleChanges(year: $y) { id sent notices } }',
    variables: { y: Number(today().slice(0, 4)) },
  }),
  financialNotices: {
    "one's own HR file": ({ demo, caller }) => ({
      query: 'query($p: ID!) { financialNotices(personId: $p) { id } }',
      variables: { p: demo.personIds[caller === 'anonymous' ? 'employee' : caller] },
    }),
    "the employee's HR file": ({ demo }) => ({
      query: 'query($p: ID!) { financialNotices(personId: $p) { id } }',
      variables: { p: demo.personIds.employee },
    }),
  },
  myFinancialDeclaration: () => ({ query: '{ myFinancialDeclaration { status { personId } } }' }),
  foreignAccountFindings: () => ({ query: '{ foreignAccountFindings { id } }' }),
  myForeignAccountFindings: () => ({ query: '{ myForeignAccountFindings { id } }' }),
  foreignAccountUndertakings: () => ({ query: '{ foreignAccountUndertakings { personId } }' }),
  foreignAccountAccessOrder: () => ({ query: '{ foreignAccountAccessOrder { id members { fullName } } }' }),
  taxAuthorityRequests: () => ({ query: '{ taxAuthorityRequests { id } }' }),

  // --- mutations, in the order they run
  devLogin: () => ({
    query: 'mutation { devLogin(email: "employee@demo.adal.kz") { token } }',
  }),
  saveAnswer: attemptTargets(({ id, questionId, optionId }) => ({
    query: 'mutation($id: ID!, $a: AnswerInput!) { saveAnswer(attemptId: $id, answer: $a) { id } }',
    variables: { id, a: { questionId, optionIds: [optionId] } },
  })),
  flagQuestion: attemptTargets(({ id, questionId }) => ({
    query:
      'mutation($id: ID!, $q: ID!) { flagQuestion(attemptId: $id, questionId: $q, flagged: true) { id } }',
    variables: { id, q: questionId },
  })),
  markLessonDone: {
    'a lesson of the yearly course (every demo login is enrolled)': ({ demo }) => ({
      query: 'mutation($c: ID!, $l: ID!) { markLessonDone(courseId: $c, lessonId: $l) { id } }',
      variables: { c: demo.training.generalCourseId, l: demo.training.generalLessonId },
    }),
    'a lesson of the procurement course (of the demo logins, only the first head is assigned it)': ({
      demo,
    }) => ({
      query: 'mutation($c: ID!, $l: ID!) { markLessonDone(courseId: $c, lessonId: $l) { id } }',
      variables: { c: demo.training.assignedCourseId, l: demo.training.assignedLessonId },
    }),
  },
  submitAttempt: attemptTargets(({ id }) => ({
    query: 'mutation($id: ID!) { submitAttempt(attemptId: $id) { attemptId } }',
    variables: { id },
  })),
  startAttempt: {
    "the yearly course's test (every demo login is enrolled)": ({ demo }) => ({
      query: 'mutation($t: ID!) { startAttempt(testId: $t) { id } }',
      variables: { t: demo.training.generalTestId },
    }),
    "the procurement course's test (of the demo logins, only the first head is assigned it)": ({ demo }) => ({
      query: 'mutation($t: ID!) { startAttempt(testId: $t) { id } }',
      variables: { t: demo.training.assignedTestId },
    }),
  },
  createTrainingCourse: () => ({
    query: 'mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id } }',
    variables: {
      input: {
        topic: 'gifts',
        title: { kk: 'Сыйлықтар', ru: 'Подарки', en: 'Gifts' },
        description: { kk: 'Сыйлықтар туралы', ru: 'О подарках', en: 'On gifts' },
        lessons: [lesson],
      },
    },
  }),
  editTrainingCourse: ({ demo }) => ({
    query:
      'mutation($c: ID!, $l: [LessonAuthoringInput!]!) { editTrainingCourse(courseId: $c, lessons: $l) { id } }',
    variables: { c: demo.training.generalCourseId, l: [lesson] },
  }),
  saveTrainingCourseDraft: ({ demo }) => ({
    query:
      'mutation($c: ID!, $i: CourseDraftInput!) { saveTrainingCourseDraft(courseId: $c, revision: 0, input: $i) { revision } }',
    variables: {
      c: demo.training.draftCourseId,
      i: {
        topic: 'gifts',
        title: { kk: 'Сыйлықтар', ru: 'Подарки' },
        description: { kk: '', ru: '' },
        audienceHint: { kk: '', ru: '' },
        lessons: [lesson],
      },
    },
  }),
  uploadLessonFile: ({ demo }) => ({
    query: 'mutation($c: ID!, $file: File!) { uploadLessonFile(courseId: $c, file: $file) { id } }',
    variables: { c: demo.training.draftCourseId, file: null },
    files: { file: new File([Buffer.from('%PDF-1.7\nlesson')], 'lesson.pdf', { type: 'application/pdf' }) },
  }),
  publishTrainingCourse: ({ demo }) => ({
    query: 'mutation($c: ID!) { publishTrainingCourse(courseId: $c) { id } }',
    variables: { c: demo.training.generalCourseId },
  }),
  importTrainingQuestions: ({ demo }) => ({
    query:
      'mutation($p: ID!, $q: [QuestionImportInput!]!) { importTrainingQuestions(poolId: $p, questions: $q) { __typename } }',
    variables: {
      p: demo.training.generalPoolId,
      q: [
        {
          kind: 'true_false',
          text: {
            kk: 'Сыйлық алуға болады ма?',
            ru: 'Можно ли принять подарок?',
            en: 'May one accept a gift?',
          },
          options: [
            { text: { kk: 'Иә', ru: 'Да', en: 'Yes' }, correct: false },
            { text: { kk: 'Жоқ', ru: 'Нет', en: 'No' }, correct: true },
          ],
        },
      ],
    },
  }),
  createTrainingQuestionPool: ({ demo }) => ({
    query:
      'mutation($c: ID!, $t: LocalizedTextInput!) { createTrainingQuestionPool(courseId: $c, title: $t) { id } }',
    variables: { c: demo.training.generalCourseId, t: { kk: 'Жаңа', ru: 'Новый', en: 'New' } },
  }),
  renameTrainingQuestionPool: ({ demo }) => ({
    query:
      'mutation($p: ID!, $t: LocalizedTextInput!) { renameTrainingQuestionPool(poolId: $p, title: $t) { id } }',
    variables: { p: demo.training.bankPoolId, t: { kk: 'Қосымша сұрақтар', ru: 'Дополнительные вопросы' } },
  }),
  deleteTrainingQuestionPool: ({ demo }) => ({
    query: 'mutation($p: ID!) { deleteTrainingQuestionPool(poolId: $p) }',
    variables: { p: demo.training.emptyPoolId },
  }),
  createTrainingQuestion: ({ demo }) => ({
    query:
      'mutation($p: ID!, $i: TrainingQuestionInput!) { createTrainingQuestion(poolId: $p, input: $i) { id } }',
    variables: { p: demo.training.bankPoolId, i: bankQuestion },
  }),
  editTrainingQuestion: ({ demo }) => ({
    query:
      'mutation($id: ID!, $i: TrainingQuestionInput!) { editTrainingQuestion(id: $id, input: $i) { id } }',
    variables: { id: demo.training.bankQuestionId, i: bankQuestion },
  }),
  retireTrainingQuestion: ({ demo }) => ({
    query: 'mutation($id: ID!) { retireTrainingQuestion(id: $id) }',
    variables: { id: demo.training.spareQuestionId },
  }),
  previewTrainingQuestionImport: ({ demo }) => ({
    query:
      'mutation($c: ID!, $f: File!) { previewTrainingQuestionImport(courseId: $c, file: $f) { rows { row } } }',
    variables: { c: demo.training.generalCourseId, f: null },
    files: { f: questionFile() },
  }),
  importTrainingQuestionFile: ({ demo }) => ({
    query: 'mutation($c: ID!, $f: File!) { importTrainingQuestionFile(courseId: $c, file: $f) { created } }',
    variables: { c: demo.training.generalCourseId, f: null },
    files: { f: questionFile() },
  }),
  editTrainingTest: ({ demo }) => ({
    query:
      'mutation($c: ID!, $i: TrainingTestSettingsInput!) { editTrainingTest(courseId: $c, input: $i) { id } }',
    variables: {
      c: demo.training.generalCourseId,
      // The demo's own settings of the yearly course, saved again.
      i: {
        draws: [{ poolId: demo.training.generalPoolId, count: 10 }],
        shuffle: true,
        timeLimitMinutes: 20,
        maxAttempts: 3,
        passMark: 60,
        reviewAllowed: true,
      },
    },
  }),
  createTrainingAssignment: ({ demo }) => ({
    query:
      'mutation($input: CreateTrainingAssignmentInput!) { createTrainingAssignment(input: $input) { id } }',
    variables: {
      input: {
        courseId: demo.training.generalCourseId,
        audience: 'role',
        role: 'auditor',
        dueOn: weekdayNextYear(0),
        recurrence: 'once',
      },
    },
  }),
  editTrainingAssignment: ({ demo }) => ({
    query:
      'mutation($id: ID!, $i: EditTrainingAssignmentInput!) { editTrainingAssignment(id: $id, input: $i) { id } }',
    variables: {
      id: demo.training.changeableAssignmentId,
      i: { audience: 'role', role: 'board_member', dueOn: `${new Date().getUTCFullYear() + 1}-09-30` },
    },
  }),
  extendTrainingDueDate: ({ demo }) => ({
    query:
      'mutation($a: ID!, $p: [ID!]!, $d: String!) { extendTrainingDueDate(assignmentId: $a, personIds: $p, dueOn: $d) }',
    variables: {
      a: demo.training.changeableAssignmentId,
      p: [demo.training.changeableEnrolledPersonId],
      d: `${new Date().getUTCFullYear() + 1}-12-15`,
    },
  }),
  sendTrainingReminderNow: ({ demo }) => ({
    query: 'mutation($a: ID!) { sendTrainingReminderNow(assignmentId: $a) }',
    variables: { a: demo.training.changeableAssignmentId },
  }),
  deactivateTrainingAssignment: ({ demo }) => ({
    query: 'mutation($id: ID!) { deactivateTrainingAssignment(id: $id) { id active } }',
    variables: { id: demo.training.changeableAssignmentId },
  }),
  trainingQuestionBank: ({ demo }) => ({
    query: 'query($c: ID!) { trainingQuestionBank(courseId: $c, limit: 5) { total } }',
    variables: { c: demo.training.generalCourseId },
  }),
  trainingTestSettings: ({ demo }) => ({
    query: 'query($c: ID!) { trainingTestSettings(courseId: $c) { passMark } }',
    variables: { c: demo.training.generalCourseId },
  }),
  trainingSessions: () => ({ query: '{ trainingSessions(limit: 5) { total } }' }),
  trainingSession: ({ demo }) => ({
    query: 'query($id: ID!) { trainingSession(id: $id) { id attended } }',
    variables: { id: demo.training.heldSessionId },
  }),
  sessionAttendance: ({ demo }) => ({
    query: 'query($s: ID!) { sessionAttendance(sessionId: $s) { personId } }',
    variables: { s: demo.training.heldSessionId },
  }),
  planTrainingSession: () => ({
    query: 'mutation($i: TrainingSessionInput!) { planTrainingSession(input: $i) { id } }',
    variables: { i: session },
  }),
  editTrainingSession: ({ demo }) => ({
    query: 'mutation($id: ID!, $i: TrainingSessionInput!) { editTrainingSession(id: $id, input: $i) { id } }',
    variables: {
      id: demo.training.heldSessionId,
      i: { ...session, plannedOn: demo.training.heldSessionDay },
    },
  }),
  setTrainingSessionStatus: ({ demo }) => ({
    query:
      'mutation($id: ID!, $d: String) { setTrainingSessionStatus(id: $id, status: held, heldOn: $d) { id } }',
    variables: { id: demo.training.heldSessionId, d: demo.training.heldSessionDay },
  }),
  recordSessionAttendance: ({ demo }) => ({
    query:
      'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordSessionAttendance(sessionId: $s, entries: $e) }',
    variables: {
      s: demo.training.heldSessionId,
      e: [{ personId: demo.staff.spare, status: 'absent', reason: 'Іссапарда' }],
    },
  }),
  previewSessionAttendanceImport: ({ demo }) => ({
    query:
      'mutation($s: ID!, $file: File!) { previewSessionAttendanceImport(sessionId: $s, file: $file) { attended } }',
    variables: { s: demo.training.heldSessionId, file: null },
    files: {
      file: csv(
        'attendance.csv',
        `email,attended,reason\n${demo.staff.unprotectedPersonEmail},no,Іссапарда\n`,
      ),
    },
  }),
  importSessionAttendance: ({ demo }) => ({
    query:
      'mutation($s: ID!, $file: File!) { importSessionAttendance(sessionId: $s, file: $file) { attended } }',
    variables: { s: demo.training.heldSessionId, file: null },
    files: {
      file: csv(
        'attendance.csv',
        `email,attended,reason\n${demo.staff.unprotectedPersonEmail},no,Іссапарда\n`,
      ),
    },
  }),
  // Before the staff import below adds a newcomer without an IIN, which stops a request (§30.3).
  prepareTaxAuthorityRequest: () => ({
    query: 'mutation($y: Int!) { prepareTaxAuthorityRequest(year: $y) { id } }',
    variables: { y: Number(today().slice(0, 4)) },
  }),
  importPeople: () => ({
    query: 'mutation($file: File!) { importPeople(file: $file) { rows } }',
    variables: { file: null },
    files: {
      file: csv(
        'staff.csv',
        'email,full_name,org_unit_path,position\nnewcomer@demo.adal.kz,Жанар Маратқызы Әбенова,Бас кеңсе,Маман\n',
      ),
    },
  }),
  previewPeopleImport: () => ({
    query: 'mutation($file: File!) { previewPeopleImport(file: $file) { rows } }',
    variables: { file: null },
    files: {
      file: csv(
        'staff.csv',
        'email,full_name,org_unit_path,position\nnewcomer@demo.adal.kz,Жанар Маратқызы Әбенова,Бас кеңсе,Маман\n',
      ),
    },
  }),
  updateStaffMember: ({ demo }) => ({
    query: 'mutation($id: ID!, $input: StaffEditInput!) { updateStaffMember(id: $id, input: $input) { id } }',
    variables: {
      id: demo.staff.spare,
      input: {
        fullName: 'Әсел Қайратқызы Серікова',
        email: 'a.serikova@demo.adal.kz',
        orgUnitId: demo.staff.spareUnitId,
        position: 'Маман',
      },
    },
  }),
  renameOrgUnit: ({ demo }) => ({
    query:
      'mutation($id: ID!, $names: NameTranslationsInput!) { renameOrgUnit(id: $id, names: $names) { id } }',
    variables: {
      id: demo.staff.spareUnitId,
      names: { ru: 'Переименованное подразделение', en: 'Renamed unit' },
    },
  }),
  grantRole: {
    'a person of the organisation': ({ demo }) => ({
      query: 'mutation($id: ID!) { grantRole(personId: $id, role: auditor) { id } }',
      variables: { id: demo.staff.spare },
    }),
    'a person of another organisation': ({ demo }) => ({
      query: 'mutation($id: ID!) { grantRole(personId: $id, role: auditor) { id } }',
      variables: { id: demo.staff.ofAnotherOrganization },
    }),
  },
  revokeRole: ({ demo }) => ({
    query: 'mutation($id: ID!) { revokeRole(personId: $id, role: auditor) { id } }',
    variables: { id: demo.staff.spare },
  }),
  deactivateStaffMember: ({ demo }) => ({
    query: 'mutation($id: ID!) { deactivateStaffMember(id: $id) { id } }',
    variables: { id: demo.staff.spare },
  }),
  reactivateStaffMember: ({ demo }) => ({
    query: 'mutation($id: ID!) { reactivateStaffMember(id: $id) { id } }',
    variables: { id: demo.staff.spare },
  }),
  submitHotlineReport: async ({ demo, proof }) => ({
    query:
      'mutation($input: HotlineReportInput!, $p: HotlineProofInput!) { submitHotlineReport(input: $input, proof: $p) { number } }',
    variables: {
      input: { organizationId: demo.organizationId, category: 'corruption', what: WHAT, anonymous: true },
      p: await proof(),
    },
  }),
  addReporterMessage: async ({ demo, proof }) => ({
    query:
      'mutation($r: String!, $input: ReporterMessageInput!, $p: HotlineProofInput) { addReporterMessage(receipt: $r, input: $input, proof: $p) { status } }',
    variables: {
      r: demo.receipt,
      input: { body: 'Тағы бір дерек: шот 14 наурызда төленген.' },
      p: await proof(),
    },
  }),
  enterHotlineReportForCaller: () => ({
    query: 'mutation($input: CallerReportInput!) { enterHotlineReportForCaller(input: $input) { number } }',
    variables: { input: { channel: 'phone', category: 'corruption', what: WHAT, anonymous: true } },
  }),
  intakeQuestions: ({ demo }) => ({
    query: 'query($o: ID!) { intakeQuestions(organizationId: $o) { id } }',
    variables: { o: demo.organizationId },
  }),
  hotlineIntakeQuestions: () => ({ query: '{ hotlineIntakeQuestions { id } }' }),
  addHotlineIntakeQuestion: () => ({
    query: 'mutation($input: IntakeQuestionInput!) { addHotlineIntakeQuestion(input: $input) { id } }',
    variables: {
      input: {
        ...INTAKE_QUESTION,
        texts: { kk: 'Куә болды ма?', ru: 'Были свидетели?', en: 'Any witnesses?' },
      },
    },
  }),
  updateHotlineIntakeQuestion: ({ demo, caller }) => ({
    query:
      'mutation($id: ID!, $input: IntakeQuestionInput!) { updateHotlineIntakeQuestion(id: $id, input: $input) { id } }',
    variables: {
      id: demo.intakeQuestionIds[caller === 'anonymous' ? 'employee' : caller],
      input: {
        ...INTAKE_QUESTION,
        texts: { kk: 'Куәгер болды ма?', ru: 'Свидетели были?', en: 'Were there witnesses?' },
      },
    },
  }),
  moveHotlineIntakeQuestion: ({ demo, caller }) => ({
    query: 'mutation($id: ID!) { moveHotlineIntakeQuestion(id: $id, direction: up) { id } }',
    variables: { id: demo.intakeQuestionIds[caller === 'anonymous' ? 'employee' : caller] },
  }),
  retireHotlineIntakeQuestion: ({ demo, caller }) => ({
    query: 'mutation($id: ID!) { retireHotlineIntakeQuestion(id: $id) { id } }',
    variables: { id: demo.intakeQuestionIds[caller === 'anonymous' ? 'employee' : caller] },
  }),
  updateHotlineIntakeProfile: () => ({
    query:
      'mutation { updateHotlineIntakeProfile(input: { reportsTo: supervisory_board, brandColor: "#0b5394" }) { reportsTo } }',
  }),
  setHotlineIntakeLogo: () => ({
    query: 'mutation($logo: File) { setHotlineIntakeLogo(logo: $logo) { reportsTo } }',
    variables: { logo: null },
    files: {
      logo: new File(
        [Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')],
        'logo.png',
        { type: 'image/png' },
      ),
    },
  }),
  updateHotlineSettings: () => ({
    query: 'mutation { updateHotlineSettings(input: { acknowledgeHours: 12 }) { acknowledgeHours } }',
  }),
  generateHotlineQuarterlyReport: () => ({
    query: 'mutation($q: String!) { generateHotlineQuarterlyReport(quarter: $q) { id } }',
    // The first quarter of this year: begun, whatever the day.
    variables: { q: `${today().slice(0, 4)}-Q1` },
  }),
  addPublicHoliday: () => ({
    query: 'mutation($d: String!) { addPublicHoliday(date: $d, name: "Мекеме күні") { id } }',
    // After the days the fixture gives each role (0, 1, …), however many roles there are.
    variables: { d: weekdayNextYear(20) },
  }),
  previewPublicHolidayImport: () => ({
    query: 'mutation($file: File!) { previewPublicHolidayImport(file: $file) { added } }',
    variables: { file: null },
    files: {
      file: csv('calendar.csv', `date,name_kk,name_ru\n${weekdayNextYear(21)},Мекеме күні,День учреждения\n`),
    },
  }),
  importPublicHolidays: () => ({
    query: 'mutation($file: File!) { importPublicHolidays(file: $file) { added } }',
    variables: { file: null },
    files: {
      file: csv('calendar.csv', `date,name_kk,name_ru\n${weekdayNextYear(22)},Мекеме күні,День учреждения\n`),
    },
  }),
  removePublicHoliday: ({ demo, caller }) => ({
    query: 'mutation($id: ID!) { removePublicHoliday(id: $id) }',
    variables: { id: demo.holidayIds[caller === 'anonymous' ? 'employee' : caller] },
  }),
  acknowledgeHotlineCase: {
    [UNASSIGNED]: onCase('overdue', 'mutation($id: ID!) { acknowledgeHotlineCase(id: $id) { id } }'),
    [NAMING_HEAD]: onCase('aboutHead', 'mutation($id: ID!) { acknowledgeHotlineCase(id: $id) { id } }'),
  },
  triageHotlineCase: {
    [UNASSIGNED]: onCase(
      'fresh',
      'mutation($id: ID!) { triageHotlineCase(id: $id, input: { scope: in_scope }) { id } }',
    ),
    [NAMING_HEAD]: onCase(
      'aboutHead',
      'mutation($id: ID!) { triageHotlineCase(id: $id, input: { scope: in_scope }) { id } }',
    ),
  },
  assignHotlineCase: {
    [UNASSIGNED]: onCase(
      'fresh',
      'mutation($id: ID!, $i: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $i) { id } }',
      (d) => ({
        i: [d.personIds.hotline_investigator],
      }),
    ),
    [NAMING_HEAD]: onCase(
      'aboutHead',
      'mutation($id: ID!, $i: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $i) { id } }',
      (d) => ({
        i: [d.personIds.hotline_investigator],
      }),
    ),
  },
  // On cases no later call needs the investigator on: it takes her off them for good.
  declareHotlineCaseConflict: {
    [UNASSIGNED]: onCase(
      'overdue',
      'mutation($id: ID!) { declareHotlineCaseConflict(id: $id, reason: "Тексерілетін қызметкер — туысым.") { id } }',
    ),
    [ASSIGNED]: onCase(
      'conflict',
      'mutation($id: ID!) { declareHotlineCaseConflict(id: $id, reason: "Тексерілетін қызметкер — туысым.") { id } }',
    ),
  },
  setHotlineCaseLabels: {
    [ASSIGNED]: onCase(
      'question',
      'mutation($id: ID!) { setHotlineCaseLabels(id: $id, labels: ["куәгер"]) { id } }',
    ),
    [NAMING_HEAD]: onCase(
      'aboutHead',
      'mutation($id: ID!) { setHotlineCaseLabels(id: $id, labels: ["куәгер"]) { id } }',
    ),
  },
  setHotlineCasePriority: {
    [ASSIGNED]: onCase(
      'question',
      'mutation($id: ID!) { setHotlineCasePriority(id: $id, priority: high) { id } }',
    ),
    [NAMING_HEAD]: onCase(
      'aboutHead',
      'mutation($id: ID!) { setHotlineCasePriority(id: $id, priority: high) { id } }',
    ),
  },
  addHotlineNote: {
    [ASSIGNED]: onCase(
      'question',
      'mutation($id: ID!) { addHotlineNote(id: $id, body: "Куәгермен сөйлесу") { id } }',
    ),
    [NAMING_HEAD]: onCase(
      'aboutHead',
      'mutation($id: ID!) { addHotlineNote(id: $id, body: "Куәгермен сөйлесу") { id } }',
    ),
  },
  sendHotlineMessage: {
    [ASSIGNED]: onCase(
      'question',
      'mutation($id: ID!) { sendHotlineMessage(id: $id, input: { kind: message, body: "Рахмет, тексеріп жатырмыз." }) { id } }',
    ),
  },
  giveHotlineInterimFeedback: {
    [ASSIGNED]: onCase(
      'question',
      'mutation($id: ID!) { giveHotlineInterimFeedback(id: $id, input: { checkDays: 10, body: "Тексеру 10 күн алады." }) { id } }',
    ),
  },
  addHotlineRecommendation: {
    [ASSIGNED]: onCase(
      'interim',
      'mutation($id: ID!, $input: RecommendationInput!) { addHotlineRecommendation(id: $id, input: $input) { id } }',
      (d) => ({
        input: {
          kind: 'corrective',
          text: 'Бақылауды күшейту',
          ownerId: d.personIds.compliance_head,
          dueOn: weekdayNextYear(0),
        },
      }),
    ),
  },
  completeHotlineRecommendation: {
    'a recommendation the employee owns': ({ demo }) => ({
      query: 'mutation($id: ID!) { completeHotlineRecommendation(id: $id, note: "Орындалды") { id } }',
      variables: { id: demo.employeesRecommendationId },
    }),
  },
  linkHotlineInvolvedPersons: {
    [ASSIGNED]: onCase(
      'question',
      'mutation($id: ID!, $p: [ID!]!) { linkHotlineInvolvedPersons(id: $id, personIds: $p) { id } }',
      (d) => ({ p: [d.staff.named] }),
    ),
  },
  grantProtection: {
    [ASSIGNED]: ({ demo }) => protection(demo.cases.interim, demo.staff.toProtect),
    [NAMING_HEAD]: ({ demo }) => protection(demo.cases.aboutHead, demo.staff.protectedFromCaseNamingHead),
  },
  completeProtectionTask: {
    'a task the compliance officer owns': ({ demo }) => completeTask(demo.protectionTasks.officers),
    'a task the compliance head owns': ({ demo }) => completeTask(demo.protectionTasks.heads),
  },
  requestIdentityDisclosure: {
    "an open reporter's case assigned to the investigator": onCase(
      'interim',
      'mutation($id: ID!, $input: DisclosureRequestInput!) { requestIdentityDisclosure(id: $id, input: $input) { id } }',
      (d) => ({ input: { forPersonId: d.personIds.compliance_officer, reason: 'Куәгердің түсініктемесі' } }),
    ),
  },
  decideIdentityDisclosure: {
    'asked by the investigator for the compliance officer': ({ demo }) => ({
      query: 'mutation($id: ID!) { decideIdentityDisclosure(id: $id, approved: true) { id } }',
      variables: { id: demo.disclosures.byInvestigator },
    }),
    'asked by the compliance head for the compliance officer': ({ demo }) => ({
      query: 'mutation($id: ID!) { decideIdentityDisclosure(id: $id, approved: true) { id } }',
      variables: { id: demo.disclosures.byHead },
    }),
  },
  hotlineNonDisclosureUndertaking: () => ({
    query: '{ hotlineNonDisclosureUndertaking { version signedAt } }',
  }),
  signHotlineNonDisclosureUndertaking: () => ({
    query: 'mutation($v: String!) { signHotlineNonDisclosureUndertaking(version: $v) { signedAt } }',
    variables: { v: UNDERTAKING_VERSION },
  }),
  revealHotlineReporterIdentity: {
    "an open reporter's case, disclosed to the compliance officer": onCase(
      'interim',
      'mutation($id: ID!) { revealHotlineReporterIdentity(id: $id) { name } }',
    ),
  },
  recordHotlineFindings: {
    [ASSIGNED]: onCase(
      'question',
      'mutation($id: ID!) { recordHotlineFindings(id: $id, input: { findings: "Расталды.", outcome: substantiated }) { id } }',
    ),
  },
  closeHotlineCase: {
    [ASSIGNED]: onCase(
      'question',
      'mutation($id: ID!) { closeHotlineCase(id: $id, input: { outcome: substantiated, messageToReporter: "Шаралар қабылданды." }) { id } }',
    ),
  },
  // After the close: a complaint of retaliation may follow a closed case.
  openRetaliationComplaint: {
    [UNASSIGNED]: onCase('overdue', RETALIATION_COMPLAINT, () => ({ input: RETALIATION })),
    [ASSIGNED]: onCase('question', RETALIATION_COMPLAINT, () => ({ input: RETALIATION })),
    [NAMING_HEAD]: onCase('aboutHead', RETALIATION_COMPLAINT, () => ({ input: RETALIATION })),
  },
  grantStateBodyProtection: ({ demo }) => ({
    query: 'mutation($input: StateBodyProtectionInput!) { grantStateBodyProtection(input: $input) { id } }',
    variables: {
      input: {
        personId: demo.staff.unprotectedPerson,
        basis: 'open_reporter',
        stateBodyName: 'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі',
        // Long over: the person stays unprotected today, as the other calls expect.
        reportedOn: '2020-01-10',
      },
    },
  }),
  declareGift: () => ({
    query: 'mutation($input: DeclareGiftInput!) { declareGift(input: $input) { id } }',
    variables: {
      input: {
        kind: 'hospitality',
        event: 'received',
        giver: 'Серіктес',
        occasion: 'Кешкі ас',
        occurredOn: today(),
        valueAmount: 12_000,
        currency: 'KZT',
        hostPresent: false,
      },
    },
  }),
  decideGift: ({ demo }) => ({
    query: 'mutation($id: ID!, $input: DecideGiftInput!) { decideGift(id: $id, input: $input) { id } }',
    variables: { id: demo.gifts.declaredId, input: { decision: 'hand_over' } },
  }),
  recordGiftHandOver: ({ demo }) => ({
    query:
      'mutation($id: ID!, $input: GiftHandOverInput!) { recordGiftHandOver(id: $id, input: $input) { id } }',
    variables: {
      id: demo.gifts.declaredId,
      input: { handedOverOn: today(), handedOverTo: 'Мемлекеттік мүлік комитеті' },
    },
  }),
  requestGiftPreApproval: () => ({
    query: 'mutation($input: GiftPreApprovalInput!) { requestGiftPreApproval(input: $input) { id } }',
    variables: {
      input: {
        kind: 'trip',
        inviter: 'Қауымдастық',
        occasion: 'Форум',
        eventOn: today(),
        tripException: 'professional_event',
      },
    },
  }),
  decideGiftPreApproval: ({ demo }) => ({
    query: 'mutation($id: ID!) { decideGiftPreApproval(id: $id, approve: true) { id } }',
    variables: { id: demo.gifts.preApprovalId },
  }),
  // In this order the audit scenarios each find the plan they change as they need it.
  createCulturePlan: ({ demo }) => ({
    query: 'mutation($y: Int!, $c: ID) { createCulturePlan(year: $y, copyFrom: $c) { id } }',
    variables: { y: demo.culture.year - 2, c: demo.culture.currentPlanId },
  }),
  updateCulturePlan: ({ demo }) => ({
    query: 'mutation($id: ID!) { updateCulturePlan(id: $id, input: { targetPassed: 160 }) { id } }',
    variables: { id: demo.culture.draftPlanId },
  }),
  addCultureActivity: ({ demo }) => ({
    query:
      'mutation($p: ID!, $i: CultureActivityInput!) { addCultureActivity(planId: $p, input: $i) { id } }',
    variables: {
      p: demo.culture.draftPlanId,
      i: {
        kind: 'informational',
        title: 'Жадынама',
        audience: 'whole_org',
        deadline: `${demo.culture.year - 1}-02-10`,
        responsibleIds: [demo.personIds.compliance_officer],
        checkForm: 'survey',
      },
    },
  }),
  updateCultureActivity: ({ demo }) => ({
    query:
      'mutation($id: ID!, $i: CultureActivityInput!) { updateCultureActivity(id: $id, input: $i) { id } }',
    variables: {
      id: demo.culture.draftActivityId,
      i: {
        kind: 'organisational',
        title: 'Консультациялар кестесі',
        audience: 'whole_org',
        deadline: `${demo.culture.year - 1}-01-31`,
        responsibleIds: [demo.personIds.compliance_head],
        checkForm: 'none',
        checkNoneReason: 'Ұйымдастыру шарасы',
      },
    },
  }),
  removeCultureActivity: ({ demo, caller }) => ({
    query: 'mutation($id: ID!) { removeCultureActivity(id: $id) }',
    variables: {
      id:
        (caller !== 'anonymous' && demo.culture.removableActivityIds[caller]) ||
        demo.culture.reportedActivityId,
    },
  }),
  submitCulturePlan: ({ demo }) => ({
    query: 'mutation($id: ID!) { submitCulturePlan(id: $id) { id } }',
    variables: { id: demo.culture.draftPlanId },
  }),
  approveCulturePlan: ({ demo }) => ({
    query: 'mutation($id: ID!) { approveCulturePlan(id: $id) { id } }',
    variables: { id: demo.culture.draftPlanId },
  }),
  returnCulturePlan: ({ demo }) => ({
    query:
      'mutation($id: ID!) { returnCulturePlan(id: $id, note: "Сатып алу бойынша оқытуды қосыңыз") { id } }',
    variables: { id: demo.culture.nextPlanId },
  }),
  amendCulturePlan: ({ demo }) => ({
    query: 'mutation($id: ID!) { amendCulturePlan(id: $id, reason: "Заңнаманың өзгеруі") { id } }',
    variables: { id: demo.culture.currentPlanId },
  }),
  closeCulturePlan: ({ demo }) => ({
    query: 'mutation($id: ID!) { closeCulturePlan(id: $id, report: "Жоспар орындалды") { id } }',
    variables: { id: demo.culture.draftPlanId },
  }),
  reportCultureActivity: ({ demo }) => ({
    query: 'mutation($id: ID!) { reportCultureActivity(id: $id, input: { status: in_progress }) { id } }',
    variables: { id: demo.culture.hrActivityId },
  }),
  addCultureEvidence: ({ demo }) => ({
    query:
      'mutation($a: ID!, $i: CultureEvidenceInput!) { addCultureEvidence(activityId: $a, input: $i) { id } }',
    variables: {
      a: demo.culture.hrActivityId,
      i: { kind: 'link', title: 'Тіркеу парағы', url: 'https://portal.example.kz/attendance' },
    },
  }),
  removeCultureEvidence: ({ demo, caller }) => ({
    query: 'mutation($id: ID!) { removeCultureEvidence(id: $id) { id } }',
    variables: { id: demo.culture.evidenceIds[caller === 'anonymous' ? 'employee' : caller] },
  }),
  recordHrAction: ({ demo }) => ({
    query: 'mutation($input: HrActionInput!) { recordHrAction(input: $input) { id } }',
    variables: {
      input: {
        personId: demo.staff.unprotectedPerson,
        kind: 'transfer',
        initiator: 'employer',
        decidedOn: today(),
        description: 'Ауыстыру',
      },
    },
  }),
  importHrActions: ({ demo }) => ({
    query: 'mutation($file: File!) { importHrActions(file: $file) { created } }',
    variables: { file: null },
    files: {
      file: csv(
        'hr.csv',
        `email,kind,initiator,decided_on,description\n${demo.staff.unprotectedPersonEmail},disciplinary,employer,${today()},Сөгіс\n`,
      ),
    },
  }),
  attachCommissionRecommendation: {
    'an action flagged to the compliance head': ({ demo }) => commission(demo.hrActions.flagged),
    'an unflagged action': ({ demo }) => commission(demo.hrActions.unflagged),
    'an action flagged from the case that names the compliance head': ({ demo }) =>
      commission(demo.hrActions.flaggedFromCaseNamingHead),
  },
  finalizeHrAction: ({ demo }) => ({
    query: 'mutation($id: ID!) { finalizeHrAction(id: $id) { id } }',
    variables: { id: demo.hrActions.flagged },
  }),
  openLabourDispute: ({ demo }) => ({
    query: 'mutation($input: LabourDisputeInput!) { openLabourDispute(input: $input) { id } }',
    variables: {
      input: { personId: demo.staff.unprotectedPerson, appliedOn: today(), body: 'conciliation_commission' },
    },
  }),
  recordDisputeDecision: ({ demo }) => ({
    query:
      'mutation($id: ID!) { recordDisputeDecision(id: $id, input: { decision: "Қанағаттандырылмады", ' +
      'agencyRepresentativeAttended: true, signatories: [{ name: "Комиссия мүшесі" }] }) { id } }',
    variables: { id: demo.labourDisputeId },
  }),
  recordProtocolForwarded: ({ demo }) => ({
    query: 'mutation($id: ID!, $d: String!) { recordProtocolForwarded(id: $id, forwardedOn: $d) { id } }',
    variables: { id: demo.labourDisputeId, d: today() },
  }),
  conflictTypicalCases: () => ({ query: '{ conflictTypicalCases { code } }' }),
  myConflictNotifications: () => ({ query: '{ myConflictNotifications { id status } }' }),
  notifyConflictOfInterest: () => ({
    query: 'mutation($input: ConflictNotificationInput!) { notifyConflictOfInterest(input: $input) { id } }',
    variables: { input: CONFLICT_NOTIFICATION },
  }),
  conflictOfInterestCase: {
    "the employee's notification": ({ demo }) => ({
      query: 'query($id: ID!) { conflictOfInterestCase(id: $id) { id actions } }',
      variables: { id: demo.conflicts.notified },
    }),
  },
  forwardConflictOfInterest: {
    "the compliance officer's notification, which the compliance head forwards": ({ demo }) => ({
      query: 'mutation($id: ID!) { forwardConflictOfInterest(id: $id) { id } }',
      variables: { id: demo.conflicts.toForward },
    }),
  },
  concludeConflictOfInterest: ({ demo }) => ({
    query:
      'mutation($id: ID!) { concludeConflictOfInterest(id: $id, input: { conflictFound: true, ' +
      'conclusion: "Тендер комиссиясынан шығару" }) { id } }',
    variables: { id: demo.conflicts.toConclude },
  }),
  decideConflictOfInterest: {
    "the employee's concluded notification": ({ demo }) => ({
      query:
        'mutation($id: ID!) { decideConflictOfInterest(id: $id, input: { measures: [remove_from_matter], ' +
        'note: "Бұйрық 7-к" }) { id } }',
      variables: { id: demo.conflicts.toDecide },
    }),
  },
  recordConflictTransfer: ({ demo }) => ({
    query:
      'mutation($id: ID!) { recordConflictTransfer(id: $id, input: { note: "Мұрағат бөліміне, сол санат" }) { id } }',
    variables: { id: demo.conflicts.toTransfer },
  }),
  conflictOfInterestRegister: () => ({
    query: '{ conflictOfInterestRegister(search: "Алем", status: open) { total rows { id caseNumber } } }',
  }),
  conflictMatches: () => ({
    query: '{ conflictMatches(quarter: "2026-Q1") { iinsShown matches { kind source sameReportingLine } } }',
  }),
  conflictWatchlists: () => ({
    query: '{ conflictWatchlists { kind columns loaded { entryCount } } }',
  }),
  importConflictWatchlist: () => ({
    query:
      'mutation($file: File!) { importConflictWatchlist(kind: corruption_dismissals, file: $file) { entryCount } }',
    variables: { file: null },
    files: {
      file: csv('dismissed.csv', 'full_name,birth_date,dismissed_on\nАсанов Асан,1970-04-12,2024-05-20\n'),
    },
  }),
  conflictQuarterlyAnalysis: () => ({
    query: '{ conflictQuarterlyAnalysis(quarter: "2026-Q1") { quarter memo { memoNumber } } }',
  }),
  recordConflictIinAccessMemo: ({ demo }) => ({
    query:
      'mutation($input: ConflictIinAccessMemoInput!) { recordConflictIinAccessMemo(quarter: "2026-Q1", input: $input) { quarter } }',
    variables: {
      input: {
        memoNumber: 'ҚЖ-14',
        memoDate: today(),
        firstHeadId: demo.personIds.first_head,
        securityOfficerId: demo.personIds.org_admin,
      },
    },
  }),
  reviewConflictQuarterlyAnalysis: () => ({
    query:
      'mutation { reviewConflictQuarterlyAnalysis(quarter: "2026-Q1", findings: "Сәйкестік жоқ", matchesReviewed: 0) { quarter } }',
  }),
  // --- declarations
  myRelatedPersons: () => ({ query: '{ myRelatedPersons { id relation } }' }),
  saveRelatedPerson: relatedTargets((id) => ({
    query: 'mutation($input: RelatedPersonInput!) { saveRelatedPerson(input: $input) { id } }',
    variables: { input: { id, relation: 'sibling_full', fullName: 'Туысы Демо' } },
  })),
  removeRelatedPerson: relatedTargets((id) => ({
    query: 'mutation($id: ID!) { removeRelatedPerson(id: $id) }',
    variables: { id },
  })),
  registerDeclarant: ({ demo }) => ({
    query: 'mutation($i: RegisterDeclarantInput!) { registerDeclarant(input: $i) { personId } }',
    variables: { i: { personId: demo.staff.unprotectedPerson, category: 'official', obligedFrom: today() } },
  }),
  recordDeclarantDeparture: ({ demo }) => ({
    query: 'mutation($p: ID!, $d: String!) { recordDeclarantDeparture(personId: $p, leftOn: $d) { id } }',
    variables: { p: demo.financial.accountantId, d: today() },
  }),
  setDeclarationDeadline: () => ({
    query: 'mutation($y: Int!, $d: String!) { setDeclarationDeadline(form: "270.00", year: $y, dueOn: $d) }',
    variables: { y: Number(today().slice(0, 4)), d: `${today().slice(0, 4)}-12-30` },
  }),
  recordDeclarationPublication: ({ demo }) => ({
    query:
      'mutation($i: RecordDeclarationPublicationInput!) { recordDeclarationPublication(input: $i) { id } }',
    variables: {
      // The first head of the demo is a quasi-public manager (§29), listed three years back.
      i: {
        personId: demo.personIds.first_head,
        year: Number(today().slice(0, 4)) - 1,
        publishedOn: today(),
        url: 'https://adal.example.kz/declarations/first-head',
      },
    },
  }),
  recordDeclarationRuleChange: () => ({
    query: 'mutation($i: DeclarationRuleChangeInput!) { recordDeclarationRuleChange(input: $i) }',
    variables: { i: { kind: 'law', title: 'ҚР Заңы, 11-бапқа өзгерістер', inForceOn: today() } },
  }),
  sendFinancialNotices: ({ demo }) => ({
    query: 'mutation($ids: [ID!]!) { sendFinancialNotices(ids: $ids) { id } }',
    variables: { ids: [demo.financial.employeeNoticeId] },
  }),
  signFinancialNotice: ({ demo }) => ({
    query: 'mutation($id: ID!, $d: String!) { signFinancialNotice(id: $id, signedOn: $d) { id } }',
    variables: { id: demo.financial.employeeNoticeId, d: today() },
  }),
  recordFilingProof: ({ demo }) => ({
    query: 'mutation($i: FilingProofInput!, $file: File!) { recordFilingProof(input: $i, file: $file) }',
    variables: {
      i: {
        personId: demo.financial.accountantId,
        form: '270.00',
        year: Number(today().slice(0, 4)),
        filedOn: today(),
      },
      file: null,
    },
    files: { file: new File([Buffer.from('%PDF-1.7\nreceipt')], 'receipt.pdf', { type: 'application/pdf' }) },
  }),
  recordTrustManagement: ({ demo }) => ({
    query:
      'mutation($p: ID!, $d: String!) { recordTrustManagement(personId: $p, settledOn: $d, nothingToTransfer: true) }',
    variables: { p: demo.financial.accountantId, d: today() },
  }),
  recordForeignAccountAccessOrder: ({ demo }) => ({
    query:
      'mutation($d: String!, $m: [ID!]!) { recordForeignAccountAccessOrder(orderNumber: "8-Ө", orderDate: $d, memberIds: $m) }',
    variables: { d: today(), m: [demo.personIds.hr_officer] },
  }),
  recordForeignAccountUndertaking: ({ demo }) => ({
    query: 'mutation($p: ID!, $d: String!) { recordForeignAccountUndertaking(personId: $p, signedOn: $d) }',
    variables: { p: demo.personIds.first_head, d: today() },
  }),
  recordTaxAuthorityAnswer: ({ demo }) => ({
    query:
      'mutation($r: ID!, $d: String!) { recordTaxAuthorityAnswer(requestId: $r, receivedOn: $d, findings: []) { id } }',
    variables: { r: demo.financial.unansweredRequestId, d: today() },
  }),
  recordForeignAccountClosure: ({ demo }) => ({
    query:
      'mutation($f: ID!, $d: String!, $file: File!) { recordForeignAccountClosure(findingId: $f, closedOn: $d, file: $file) { id } }',
    variables: { f: demo.financial.findingId, d: today(), file: null },
    files: { file: new File([Buffer.from('%PDF-1.7\nclosed')], 'closed.pdf', { type: 'application/pdf' }) },
  }),
  // Last: the cases that name the compliance head change hands with it.
  setHotlineAlternateHandler: ({ demo }) => ({
    query: 'mutation($p: ID) { setHotlineAlternateHandler(personId: $p) { acknowledgeHours } }',
    variables: { p: demo.personIds.first_head },
  }),
  myDeclarations: () => ({ query: '{ myDeclarations { campaigns { due { id } filed { id } } } }' }),
  declarationCampaigns: () => ({ query: '{ declarationCampaigns { id } }' }),
  standardDeclarationQuestions: () => ({ query: '{ standardDeclarationQuestions { code } }' }),
  declarationCampaignProgress: ({ demo }) => ({
    query: 'query($c: ID!) { declarationCampaignProgress(campaignId: $c) { totals { total } } }',
    variables: { c: demo.campaigns.commissionId },
  }),
  declarationCampaignDeclarants: ({ demo }) => ({
    query: 'query($c: ID!) { declarationCampaignDeclarants(campaignId: $c, status: overdue) { total } }',
    variables: { c: demo.campaigns.commissionId },
  }),
  launchDeclarationCampaign: ({ demo }) => ({
    query:
      'mutation($input: LaunchDeclarationCampaignInput!) { launchDeclarationCampaign(input: $input) { declarants } }',
    variables: {
      input: {
        title: { kk: 'Бөлімшенің декларациясы', ru: 'Декларация подразделения' },
        kind: 'ad_hoc',
        group: 'all_employees',
        orgUnitId: demo.staff.spareUnitId,
        deadline: weekdayNextYear(0),
      },
    },
  }),
  submitDeclaration: {
    'the yearly campaign (every demo login is asked)': ({ demo }) => declarationCall(demo.campaigns.yearlyId),
    "the tender commission's campaign (no demo login is asked)": ({ demo }) =>
      declarationCall(demo.campaigns.commissionId),
  },
  remindOverdueDeclarants: ({ demo }) => ({
    query: 'mutation($c: ID!) { remindOverdueDeclarants(campaignId: $c) }',
    variables: { c: demo.campaigns.commissionId },
  }),
  closeDeclarationCampaign: ({ demo }) => ({
    query: 'mutation($id: ID!) { closeDeclarationCampaign(id: $id) { open } }',
    variables: { id: demo.campaigns.commissionId },
  }),
  // --- the anonymous culture survey (§68)
  cultureSurveyTemplate: () => ({ query: '{ cultureSurveyTemplate { questions { kind } } }' }),
  cultureSurveys: () => ({ query: '{ cultureSurveys { id phase answeredCount } }' }),
  cultureSurvey: {
    [PULSE]: ({ demo }) => ({
      query: 'query($id: ID!) { cultureSurvey(id: $id) { id answered participation { totals { asked } } } }',
      variables: { id: demo.surveys.pulseId },
    }),
    [PROCUREMENT]: ({ demo }) => ({
      query: 'query($id: ID!) { cultureSurvey(id: $id) { id answered } }',
      variables: { id: demo.surveys.procurementId },
    }),
  },
  myCultureSurveys: () => ({ query: '{ myCultureSurveys { id closesOn } }' }),
  cultureSurveyResults: ({ demo }) => ({
    query: 'query($id: ID!) { cultureSurveyResults(id: $id) { responses freeTexts { texts } } }',
    variables: { id: demo.surveys.closedId },
  }),
  saveCultureSurvey: () => ({
    query: 'mutation($input: SaveCultureSurveyInput!) { saveCultureSurvey(input: $input) { id status } }',
    variables: { input: newSurveyInput() },
  }),
  openCultureSurvey: ({ demo }) => ({
    query: 'mutation($id: ID!) { openCultureSurvey(id: $id) { phase } }',
    variables: { id: demo.surveys.draftId },
  }),
  remindCultureSurvey: ({ demo }) => ({
    query: 'mutation($id: ID!) { remindCultureSurvey(id: $id) }',
    variables: { id: demo.surveys.pulseId },
  }),
  answerCultureSurvey: {
    [PULSE]: ({ demo }) => surveyAnswerCall(demo.surveys.pulseId, demo),
    [PROCUREMENT]: ({ demo }) => surveyAnswerCall(demo.surveys.procurementId, demo),
  },
  closeCultureSurvey: ({ demo }) => ({
    query: 'mutation($id: ID!) { closeCultureSurvey(id: $id) { status } }',
    variables: { id: demo.surveys.procurementId },
  }),
  mitigationPlan: ({ demo }) => ({
    query:
      'query($y: Int!) { mitigationPlan(year: $y) { id status measures { id overdue risk { number } } actions } }',
    variables: { y: demo.compliance.year },
  }),
  createMitigationPlan: ({ demo }) => ({
    query: 'mutation($y: Int!) { createMitigationPlan(year: $y) { id } }',
    variables: { y: demo.compliance.year + 1 },
  }),
  addMitigationMeasure: ({ demo }) => ({
    query: 'mutation($input: MitigationMeasureInput!) { addMitigationMeasure(input: $input) { id } }',
    variables: {
      input: {
        planId: demo.compliance.planId,
        riskId: demo.compliance.publishedRiskId,
        measure: 'Сатып алу комиссиясының отырыстарын бейнежазбаға түсіру',
        executorId: demo.personIds.compliance_officer,
        deadline: `${demo.compliance.year}-12-20`,
        completionForm: 'Бейнежазбалар мұрағаты',
      },
    },
  }),
  updateMitigationMeasure: ({ demo }) => ({
    query:
      'mutation($input: MitigationMeasureUpdateInput!) { updateMitigationMeasure(input: $input) { id } }',
    variables: {
      input: {
        id: demo.compliance.overdueMeasureId,
        linkedKpi: 'Фотобекітумен қабылданған актілердің үлесі',
      },
    },
  }),
  reportMitigationMeasure: ({ demo }) => ({
    query:
      'mutation($input: MitigationMeasureReportInput!) { reportMitigationMeasure(input: $input) { status } }',
    variables: {
      input: {
        id: demo.compliance.overdueMeasureId,
        status: 'in_progress',
        progressNote: 'Актілердің жартысы фотосуретпен',
      },
    },
  }),
  complianceProgramme: ({ demo }) => ({
    query:
      'query($y: Int!) { complianceProgramme(year: $y) { id items { id direction status canReport } presentations { invitedCount presentCount } } }',
    variables: { y: demo.programme.year },
  }),
  myProgrammeItems: ({ demo }) => ({
    query: 'query($y: Int!) { myProgrammeItems(year: $y) { id dueOn } }',
    variables: { y: demo.programme.year },
  }),
  createComplianceProgramme: ({ demo }) => ({
    query: 'mutation($y: Int!) { createComplianceProgramme(year: $y) { id } }',
    variables: { y: demo.programme.year + 1 },
  }),
  addProgrammeItem: ({ demo }) => ({
    query: 'mutation($input: ProgrammeItemInput!) { addProgrammeItem(input: $input) { id } }',
    variables: {
      input: {
        programmeId: demo.programme.programmeId,
        direction: 'conflicts_of_interest',
        title: 'Басшылардың мүдделер қақтығысы декларацияларын жинау',
        ownerId: demo.personIds.compliance_officer,
        dueOn: `${demo.programme.year}-12-20`,
      },
    },
  }),
  updateProgrammeItem: ({ demo }) => ({
    query: 'mutation($input: ProgrammeItemUpdateInput!) { updateProgrammeItem(input: $input) { version } }',
    variables: {
      input: {
        id: demo.programme.editItemId,
        version: demo.programme.editItemVersion,
        title: 'Бағдарламаны басшылыққа таныстыру',
      },
    },
  }),
  reportProgrammeItem: ({ demo }) => ({
    query: 'mutation($input: ProgrammeItemReportInput!) { reportProgrammeItem(input: $input) { status } }',
    variables: {
      input: { id: demo.programme.dueItemId, status: 'in_progress', progressNote: 'Вебинар күні келісілді' },
    },
  }),
  recordProgrammePresentation: ({ demo }) => ({
    query:
      'mutation($input: ProgrammePresentationInput!) { recordProgrammePresentation(input: $input) { invitedCount presentCount } }',
    variables: {
      input: {
        programmeId: demo.programme.programmeId,
        audience: 'all_staff',
        presentedOn: demo.programme.today,
        presentIds: [demo.personIds.compliance_officer, demo.personIds.first_head],
      },
    },
  }),
  initialAssessment: ({ demo }) => ({
    query:
      'query($y: Int!) { initialAssessment(year: $y) { id status missingAspects answers { aspect rating } } }',
    variables: { y: demo.programme.year },
  }),
  startInitialAssessment: ({ demo }) => ({
    query: 'mutation($y: Int!) { startInitialAssessment(year: $y) { id } }',
    variables: { y: demo.programme.year + 1 },
  }),
  saveAssessmentAnswer: ({ demo }) => ({
    query:
      'mutation($input: AssessmentAnswerInput!) { saveAssessmentAnswer(input: $input) { missingAspects } }',
    variables: {
      input: {
        assessmentId: demo.programme.assessmentId,
        aspect: 13,
        rating: 'needs_improvement',
        finding: 'Негізгі қызметкерлермен сұхбат ішінара ғана өткізілді',
      },
    },
  }),
  completeInitialAssessment: ({ demo }) => ({
    query: 'mutation($id: ID!) { completeInitialAssessment(id: $id) { status } }',
    variables: { id: demo.programme.assessmentId },
  }),
  riskFromAssessmentFinding: ({ demo }) => ({
    query:
      'mutation($input: AssessmentFindingRiskInput!) { riskFromAssessmentFinding(input: $input) { number } }',
    variables: {
      input: {
        answerId: demo.programme.answerId,
        register: 'activity',
        processOrDocument: 'Сенім телефонына түскен хабарламаларды қарау',
        probability: 2,
        frequency: 2,
        impact: 3,
      },
    },
  }),
  approveMitigationPlan: ({ demo }) => ({
    query: 'mutation($id: ID!) { approveMitigationPlan(id: $id) { status approvedAt } }',
    variables: { id: demo.compliance.planId },
  }),
  publishMitigationPlan: ({ demo }) => ({
    query:
      'mutation($id: ID!) { publishMitigationPlan(id: $id, controlledBy: "Директорлар кеңесі") { publishedAt } }',
    variables: { id: demo.compliance.planId },
  }),
  compliancePublicPage: () => ({ query: '{ compliancePublicPage { slug enabled path } }' }),
  publishableRisks: () => ({ query: '{ publishableRisks { id number published publishable } }' }),
  complianceQuarterlyReports: () => ({ query: '{ complianceQuarterlyReports { year quarter text } }' }),
  publicProposals: () => ({ query: '{ publicProposals { id status contact } }' }),
  setRiskPublished: ({ demo }) => ({
    query: 'mutation($id: ID!) { setRiskPublished(riskId: $id, published: false) { published } }',
    variables: { id: demo.compliance.publishedRiskId },
  }),
  setCompliancePublicPage: ({ demo }) => ({
    query: 'mutation($input: CompliancePublicPageInput!) { setCompliancePublicPage(input: $input) { path } }',
    variables: { input: { slug: demo.compliance.slug, enabled: true } },
  }),
  publishQuarterlyReport: () => ({
    query:
      'mutation($input: ComplianceQuarterlyReportInput!) { publishQuarterlyReport(input: $input) { id } }',
    variables: {
      // The quarter just ended, which the demo leaves unreported (its My work reminder).
      input: { ...lastQuarter(), text: 'Өткен тоқсанда жоспардың бір шарасы орындалды.' },
    },
  }),
  answerPublicProposal: ({ demo }) => ({
    query: 'mutation($input: PublicProposalAnswerInput!) { answerPublicProposal(input: $input) { status } }',
    variables: {
      input: {
        id: demo.compliance.newProposalId,
        decision: 'rejected',
        answer: 'Сенім телефоны барлық шарттардың үлгісінде бұрыннан көрсетілген.',
      },
    },
  }),
  boardReports: () => ({ query: '{ boardReports { id status readByMe } }' }),
  boardReport: {
    'the submitted report': ({ demo }) => ({
      query: 'query($id: ID!) { boardReport(id: $id) { status figures { kpis { code value } } } }',
      variables: { id: demo.compliance.submittedReportId },
    }),
    'the draft': ({ demo }) => ({
      query: 'query($id: ID!) { boardReport(id: $id) { status figures { openRisks { high } } } }',
      variables: { id: demo.compliance.draftReportId },
    }),
  },
  managementPlans: () => ({ query: '{ managementPlans { year members { fullName tookPart } } }' }),
  createBoardReport: ({ demo }) => ({
    query: 'mutation($y: Int!) { createBoardReport(year: $y, period: year) { id } }',
    variables: { y: demo.compliance.year },
  }),
  updateBoardReport: ({ demo }) => ({
    query: 'mutation($i: BoardReportInput!) { updateBoardReport(input: $i) { id } }',
    variables: {
      i: {
        id: demo.compliance.draftReportId,
        statusAndPlans: 'Жарты жылдықта жоспардың шаралары орындалып жатыр.',
        resourceAssessment: 'sufficient',
      },
    },
  }),
  submitBoardReport: ({ demo }) => ({
    query: 'mutation($id: ID!) { submitBoardReport(id: $id) { status } }',
    variables: { id: demo.compliance.draftReportId },
  }),
  markBoardReportRead: ({ demo }) => ({
    query: 'mutation($id: ID!) { markBoardReportRead(id: $id) { readByMe } }',
    variables: { id: demo.compliance.submittedReportId },
  }),
  createManagementPlan: ({ demo }) => ({
    query: 'mutation($y: Int!, $m: [ID!]!) { createManagementPlan(year: $y, memberIds: $m) { id } }',
    variables: { y: demo.compliance.year + 1, m: [demo.personIds.first_head] },
  }),
  setManagementPlanMembers: ({ demo }) => ({
    query: 'mutation($p: ID!, $m: [ID!]!) { setManagementPlanMembers(planId: $p, memberIds: $m) { id } }',
    variables: {
      p: demo.compliance.managementPlanId,
      m: [demo.personIds.first_head, demo.personIds.board_member],
    },
  }),
  addManagementActivity: ({ demo }) => ({
    query: 'mutation($i: ManagementActivityInput!) { addManagementActivity(input: $i) { id } }',
    variables: {
      i: {
        planId: demo.compliance.managementPlanId,
        personId: demo.personIds.first_head,
        title: 'Сыбайлас жемқорлыққа қарсы тренинг',
        kind: 'training',
        plannedOn: `${demo.compliance.year}-11-20`,
      },
    },
  }),
  recordManagementParticipation: ({ demo }) => ({
    query:
      'mutation($a: ID!, $d: String) { recordManagementParticipation(activityId: $a, participatedOn: $d) { id } }',
    variables: { a: demo.compliance.managementActivityId, d: null },
  }),
  publicCartogram: ({ demo }) => ({
    query:
      'query($s: String!) { publicCartogram(organizationSlug: $s) { risks { number level } measures { status } } }',
    variables: { s: demo.compliance.slug },
  }),
  submitPublicProposal: ({ demo }) => ({
    query: 'mutation($input: PublicProposalInput!) { submitPublicProposal(input: $input) { receipt } }',
    variables: {
      input: {
        organizationSlug: demo.compliance.slug,
        text: 'Тендерлік құжаттаманы орыс тілінде де жариялаңыз.',
      },
    },
  }),
  supplierDeclarationForm: ({ demo }) => ({
    query: 'query($t: String!) { supplierDeclarationForm(token: $t) { supplierName } }',
    variables: { t: demo.campaigns.supplierToken },
  }),
  submitSupplierDeclaration: ({ demo }) => ({
    query:
      'mutation($t: String!, $input: SupplierDeclarationInput!) { submitSupplierDeclaration(token: $t, input: $input) }',
    variables: {
      t: demo.campaigns.supplierToken,
      input: { bin: demo.campaigns.supplierBin, answers: noToEveryQuestion() },
    },
  }),
  cultureMaterials: () => ({
    query:
      'query($f: CultureMaterialFilter) { cultureMaterials(filter: $f, page: { limit: 10 }) { total rows { id counts { share } } } }',
    variables: { f: { status: 'published', search: 'жадынама' } },
  }),
  cultureMaterial: {
    'the memo for everyone': ({ demo }) => ({
      query: 'query($id: ID!) { cultureMaterial(id: $id) { id figures { audience } } }',
      variables: { id: demo.culture.memoId },
    }),
    'the draft presentation': ({ demo }) => ({
      query: 'query($id: ID!) { cultureMaterial(id: $id) { id } }',
      variables: { id: demo.culture.presentationId },
    }),
  },
  myCultureMaterials: () => ({ query: '{ myCultureMaterials { id acknowledgement { revision } } }' }),
  saveCultureMaterial: () => ({
    query: 'mutation($input: CultureMaterialInput!) { saveCultureMaterial(input: $input) { id } }',
    variables: {
      input: {
        kind: 'video',
        subject: 'corruption_risk',
        title: { kk: 'Бейне', ru: 'Видео' },
        linkUrl: 'https://www.u4.no/',
        source: 'u4',
        audienceAll: true,
        requiresAcknowledgement: false,
      },
    },
  }),
  publishCultureMaterial: ({ demo }) => ({
    query: 'mutation($id: ID!) { publishCultureMaterial(id: $id) { status } }',
    variables: { id: demo.culture.toPublishId },
  }),
  withdrawCultureMaterial: ({ demo }) => ({
    query: 'mutation($id: ID!) { withdrawCultureMaterial(id: $id) { status } }',
    variables: { id: demo.culture.bookletId },
  }),
  uploadCultureMaterialFile: ({ demo }) => ({
    query: 'mutation($id: ID!, $file: File!) { uploadCultureMaterialFile(id: $id, file: $file) { id } }',
    variables: { id: demo.culture.presentationId, file: null },
    files: { file: new File([Buffer.from('%PDF-1.7\nslides')], 'slides.pdf', { type: 'application/pdf' }) },
  }),
  acknowledgeCultureMaterial: ({ demo }) => ({
    query: 'mutation($id: ID!) { acknowledgeCultureMaterial(id: $id) { id } }',
    variables: { id: demo.culture.memoId },
  }),
  remindCultureMaterial: ({ demo }) => ({
    query: 'mutation($id: ID!) { remindCultureMaterial(id: $id) }',
    variables: { id: demo.culture.memoId },
  }),
  antiCorruptionStandard: () => ({
    query: '{ antiCorruptionStandard { current { id actNumber publishedOn } history { id } warnings } }',
  }),
  complianceService: () => ({
    query:
      '{ complianceService { appointedBy members { id role } responsiblePeople { id } sizing { process } warnings { code } } }',
  }),
  programmeChecklist: () => ({
    query: '{ programmeChecklist { items { code status owner { id } } policiesAdopted } }',
  }),
  recordAntiCorruptionStandard: () => ({
    query:
      'mutation($i: StandardAdoptionInput!) { recordAntiCorruptionStandard(input: $i) { current { id } } }',
    variables: {
      i: { actNumber: '77-н', adoptedOn: today(), approvedBy: 'management_body', approverBody: 'Басқарма' },
    },
  }),
  recordStandardPublication: () => ({
    query:
      'mutation($i: StandardPublicationInput!) { recordStandardPublication(input: $i) { current { publishedOn } } }',
    variables: {
      i: { publishedWhere: 'website', publishedUrl: 'https://demo.adal.kz/standard', publishedOn: today() },
    },
  }),
  recordComplianceServiceAppointment: () => ({
    query:
      'mutation($i: ComplianceServiceAppointmentInput!) { recordComplianceServiceAppointment(input: $i) { appointedBy } }',
    variables: {
      i: {
        appointedBy: 'board_of_directors',
        appointedOn: today(),
        actNumber: 'ДК-12',
        reportsTo: 'Директорлар кеңесі',
        members: [],
      },
    },
  }),
  setComplianceServiceSizing: () => ({
    query:
      'mutation($i: ComplianceSizingInput!) { setComplianceServiceSizing(input: $i) { sizing { process } } }',
    variables: { i: { rows: [{ process: 'Жеткізушілерді тексеру', automation: 'partial' }] } },
  }),
  updateChecklistItem: () => ({
    query: 'mutation($i: ChecklistItemInput!) { updateChecklistItem(input: $i) { policiesAdopted } }',
    variables: { i: { code: 'charity_and_sponsorship_procedure', status: 'draft', documentName: 'Жоба' } },
  }),
  // §73: the self-assessment
  complianceProcesses: () => ({
    query: '{ complianceProcesses { id name names { kk } ownerUnit { id } archived } }',
  }),
  internalAuditCoverage: ({ demo }) => ({
    query: 'query($q: String!) { internalAuditCoverage(quarter: $q) { quarter processIds fixed } }',
    variables: { q: demo.selfAssessment.lastQuarter },
  }),
  selfAssessment: ({ demo }) => ({
    query: `query($q: String!) { selfAssessment(quarter: $q) { quarter drawn eligibleCount drawable
      processes { id process { name } findings { id severity items { id dueOn overdue responsible { fullName } } } } } }`,
    variables: { q: demo.selfAssessment.lastQuarter },
  }),
  saveComplianceProcess: ({ caller }) => ({
    query: 'mutation($input: ComplianceProcessInput!) { saveComplianceProcess(input: $input) { id } }',
    variables: {
      input: { name: `Іссапарлар (${caller})`, names: { ru: 'Командировки' }, activeFrom: '2026-01-01' },
    },
  }),
  archiveComplianceProcess: ({ demo }) => ({
    query: 'mutation($id: ID!) { archiveComplianceProcess(id: $id) { id archived } }',
    variables: { id: demo.selfAssessment.newProcessId },
  }),
  recordInternalAuditCoverage: ({ demo }) => ({
    query:
      'mutation($input: InternalAuditCoverageInput!) { recordInternalAuditCoverage(input: $input) { quarter processIds } }',
    variables: {
      input: { quarter: demo.selfAssessment.currentQuarter, processIds: [demo.selfAssessment.newProcessId] },
    },
  }),
  drawSelfAssessment: ({ demo }) => ({
    query: 'mutation($q: String!) { drawSelfAssessment(quarter: $q) { drawn processes { id } } }',
    variables: { q: demo.selfAssessment.currentQuarter },
  }),
  recordSelfAssessmentFinding: ({ demo }) => ({
    query:
      'mutation($input: SelfAssessmentFindingInput!) { recordSelfAssessmentFinding(input: $input) { quarter } }',
    variables: {
      input: {
        drawnProcessId: demo.selfAssessment.drawnProcessId,
        text: 'Сұхбат: тексеру парағы ескірген',
        severity: 'low',
      },
    },
  }),
  addImprovementItem: ({ demo }) => ({
    query: 'mutation($input: ImprovementItemInput!) { addImprovementItem(input: $input) { quarter } }',
    variables: {
      input: {
        findingId: demo.selfAssessment.findingId,
        action: 'Тексеру парағын жаңарту',
        responsibleId: demo.personIds.compliance_officer,
      },
    },
  }),
  completeImprovementItem: ({ demo }) => ({
    query: 'mutation($id: ID!) { completeImprovementItem(id: $id, note: "Орындалды") { quarter } }',
    variables: { id: demo.selfAssessment.openItemId },
  }),
  // --- the corruption-risk register and map (§8–§11, Annex 1)
  risks: () => ({
    query: 'query { risks(filter: { limit: 10 }) { total rows { id code level positions { id title } } } }',
  }),
  riskScale: () => ({ query: 'query { riskScale { size lastIdentifiedOn } }' }),
  riskPositionChoices: () => ({ query: 'query { riskPositionChoices { id title exposed } }' }),
  riskChoices: () => ({ query: 'query { riskChoices(search: "") { id code processOrDocument status } }' }),
  riskHeatMap: () => ({
    query:
      'query($d: String!, $c: String) { riskHeatMap(register: activity, asOf: $d, compareWith: $c) { cells { level risks { id } } movements { id direction } } }',
    variables: { d: today(), c: '2026-01-01' },
  }),
  riskRemapping: () => ({ query: 'query { riskRemapping { identificationOverdue openTriggers { id } } }' }),
  riskProposal: ({ demo }) => ({
    query:
      'query($id: ID!) { riskProposal(sourceKind: audit_finding, sourceId: $id) { register scheme { kk } sourceReference } }',
    variables: { id: demo.selfAssessment.findingId },
  }),
  upsertRisk: () => ({
    query: 'mutation($i: RiskInput!) { upsertRisk(input: $i) { id code level } }',
    variables: {
      i: {
        register: 'activity',
        processOrDocument: 'Іссапар шығындарын өтеу',
        scheme: 'Жалған іссапар құжаттары бойынша шығынды өтеу',
        probability: 2,
        frequency: 3,
        impact: 3,
        source: 'internal_analysis',
      },
    },
  }),
  setRiskScale: () => ({ query: 'mutation { setRiskScale(size: 5) { size } }' }),
  recordRiskTrigger: () => ({
    query:
      'mutation($d: String!) { recordRiskTrigger(kind: law_change, note: "Заң өзгерді", occurredOn: $d) { id } }',
    variables: { d: today() },
  }),
  completeRiskRemapping: () => ({
    query: 'mutation { completeRiskRemapping(note: "Жылдық сәйкестендіру") { lastIdentifiedOn } }',
  }),
  importRisks: () => ({
    query:
      'mutation($file: File!) { importRisks(register: legal_acts, file: $file) { imported errors { row } } }',
    variables: { file: null },
    files: {
      file: csv(
        'risks.csv',
        'process_or_document,scheme,probability,frequency,impact\nІшкі ереже,Өкілеттіктер анық емес,2,2,3\n',
      ),
    },
  }),
};

function completeTask(id: string): Call {
  return {
    query: 'mutation($id: ID!) { completeProtectionTask(id: $id, note: "Ауысым кестесі өзгертілді") { id } }',
    variables: { id },
  };
}

function protection(caseId: string, personId: string): Call {
  return {
    query: 'mutation($input: GrantProtectionInput!) { grantProtection(input: $input) { id } }',
    variables: { input: { caseId, personId, basis: 'assisted' } },
  };
}

function commission(id: string): Call {
  return {
    query:
      'mutation($id: ID!, $input: CommissionRecommendationInput!) { attachCommissionRecommendation(id: $id, input: $input) { id } }',
    variables: { id, input: { reference: 'Хаттама № 7', on: today() } },
  };
}

/** One request to an HTTP route. */
export interface RouteRequest {
  method: 'GET' | 'POST';
  path: string;
  json?: unknown;
}

export type RouteBuilder = (context: CallContext) => RouteRequest | Promise<RouteRequest>;

export const ROUTE_CALLS: Readonly<Record<string, Targeted<RouteBuilder>>> = {
  'GET /training/certificates/:code.pdf': ({ demo }) => ({
    method: 'GET',
    path: `/training/certificates/${demo.training.certificateCode}.pdf`,
  }),
  'GET /training/verify/:code': ({ demo }) => ({
    method: 'GET',
    path: `/training/verify/${demo.training.certificateCode}`,
  }),
  'GET /declarations/conflicts/register.xlsx': () => ({
    method: 'GET',
    path: '/declarations/conflicts/register.xlsx?status=open',
  }),
  'GET /training/completion.csv': () => ({ method: 'GET', path: '/training/completion.csv' }),
  'GET /training/completion.xlsx': () => ({ method: 'GET', path: '/training/completion.xlsx' }),
  'GET /training/knowledge-gaps.csv': ({ demo }) => ({
    method: 'GET',
    path: `/training/knowledge-gaps.csv?courseId=${demo.training.generalCourseId}&periodFrom=2026-01-01&periodTo=2026-12-31`,
  }),
  'GET /training/knowledge-gaps.xlsx': ({ demo }) => ({
    method: 'GET',
    path: `/training/knowledge-gaps.xlsx?courseId=${demo.training.generalCourseId}&periodFrom=2026-01-01&periodTo=2026-12-31`,
  }),
  'GET /training/attendance-template.xlsx': () => ({
    method: 'GET',
    path: '/training/attendance-template.xlsx',
  }),
  'GET /training/courses/:id/questions.xlsx': ({ demo }) => ({
    method: 'GET',
    path: `/training/courses/${demo.training.generalCourseId}/questions.xlsx?lang=ru`,
  }),
  'GET /training/question-template.xlsx': () => ({
    method: 'GET',
    path: '/training/question-template.xlsx?lang=en',
  }),
  'GET /training/lesson-files/:id': ({ demo }) => ({
    method: 'GET',
    path: `/training/lesson-files/${demo.training.lessonFileId}`,
  }),
  'GET /admin/audit-trail.csv': () => ({
    method: 'GET',
    path: '/admin/audit-trail.csv?action=person.imported',
  }),
  'GET /hotline/attachments/:id': {
    "an unassigned case's file": ({ demo }) => ({
      method: 'GET',
      path: `/hotline/attachments/${demo.reporterFileId}`,
    }),
  },
  'GET /hotline/cases/:id.pdf': {
    [UNASSIGNED]: ({ demo }) => ({ method: 'GET', path: `/hotline/cases/${demo.cases.fresh}.pdf` }),
    [ASSIGNED]: ({ demo }) => ({ method: 'GET', path: `/hotline/cases/${demo.cases.question}.pdf?lang=ru` }),
    [NAMING_HEAD]: ({ demo }) => ({ method: 'GET', path: `/hotline/cases/${demo.cases.aboutHead}.pdf` }),
  },
  'POST /hotline/reporter-attachment': ({ demo }) => ({
    method: 'POST',
    path: '/hotline/reporter-attachment',
    json: { receipt: demo.receipt, attachmentId: demo.reporterFileId },
  }),
  'GET /declarations/campaigns/:id/progress.xlsx': ({ demo }) => ({
    method: 'GET',
    path: `/declarations/campaigns/${demo.campaigns.commissionId}/progress.xlsx`,
  }),
  'GET /culture/plans/:year.xlsx': ({ demo }) => ({
    method: 'GET',
    path: `/culture/plans/${demo.culture.year}.xlsx`,
  }),
  'GET /culture/plans/:year.pdf': ({ demo }) => ({
    method: 'GET',
    path: `/culture/plans/${demo.culture.year}.pdf?lang=ru`,
  }),
  'GET /culture/evidence/:id': ({ demo }) => ({
    method: 'GET',
    path: `/culture/evidence/${demo.culture.photoEvidenceId}`,
  }),
  'GET /culture/surveys/:id/results.xlsx': ({ demo }) => ({
    method: 'GET',
    path: `/culture/surveys/${demo.surveys.closedId}/results.xlsx?lang=ru`,
  }),
  'GET /declarations/gifts/register.xlsx': () => ({
    method: 'GET',
    path: `/declarations/gifts/register.xlsx?search=${encodeURIComponent('Жеткізуші')}&lang=ru`,
  }),
  'GET /declarations/financial/status.xlsx': ({ demo }) => ({
    method: 'GET',
    path: `/declarations/financial/status.xlsx?year=${today().slice(0, 4)}&orgUnitId=${demo.financial.rootUnitId}`,
  }),
  'GET /declarations/foreign-accounts/tax-requests/:id.csv': ({ demo }) => ({
    method: 'GET',
    path: `/declarations/foreign-accounts/tax-requests/${demo.financial.unansweredRequestId}.csv`,
  }),
  'GET /declarations/supplier/:token': ({ demo }) => ({
    method: 'GET',
    path: `/declarations/supplier/${demo.campaigns.pageSupplierToken}`,
  }),
  'POST /declarations/supplier/:token': ({ demo }) => ({
    method: 'POST',
    path: `/declarations/supplier/${demo.campaigns.pageSupplierToken}`,
    json: {},
  }),
  'GET /transparency/:slug': ({ demo }) => ({
    method: 'GET',
    path: `/transparency/${demo.compliance.slug}?lang=ru`,
  }),
  'GET /culture/materials/:id/file': {
    "the draft presentation's PDF": ({ demo }) => ({
      method: 'GET',
      path: `/culture/materials/${demo.culture.presentationId}/file`,
    }),
  },
  'GET /compliance/risks.xlsx': () => ({
    method: 'GET',
    path: '/compliance/risks.xlsx?register=activity&lang=ru',
  }),
};

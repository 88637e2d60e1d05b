import type { CultureActivity, CulturePlan } from '../stores/culture-plan';

const person = (id: string, fullName: string) => ({ id, fullName });

export const OFFICER = person('p-officer', 'Айгүл Серікова');
export const HEAD = person('p-head', 'Нұрлан Әбенов');
export const HR = person('p-hr', 'Дәмеш Қасымова');

/** An activity of the 2027 plan, planned, answered for by HR; `extra` changes what a test needs. */
export function activity(extra: Partial<CultureActivity> = {}): CultureActivity {
  return {
    id: 'a-1',
    planId: 'plan-2027',
    planYear: 2027,
    kind: 'educational',
    topics: ['conflict_of_interest_cases'],
    title: 'Семинар: мүдделер қақтығысының типтік жағдайлары',
    description: null,
    audience: 'whole_org',
    orgUnitIds: [],
    role: null,
    deadline: '2027-04-15',
    responsible: [HR],
    risks: ['Туыстарды жұмысқа алу'],
    riskIds: ['risk-7'],
    answeredRisks: [{ id: 'risk-7', code: '№ 7', processOrDocument: 'Hiring of relatives' }],
    checkForm: 'questionnaire',
    checkNoneReason: null,
    course: null,
    session: null,
    plannedParticipants: 40,
    status: 'planned',
    overdue: false,
    heldOn: null,
    actualParticipants: null,
    reportNote: null,
    incentives: [],
    reportedBy: null,
    reportedAt: null,
    results: null,
    evidence: [],
    actions: [],
    ...extra,
  };
}

/** The 2027 plan as a draft the officer works on; `extra` moves it on. */
export function plan(extra: Partial<CulturePlan> = {}): CulturePlan {
  return {
    id: 'plan-2027',
    year: 2027,
    status: 'draft',
    version: 1,
    riskBasis: 'Internal corruption-risk analysis of 2026',
    targetPassed: 150,
    mergedInto: null,
    mergedNote: null,
    copiedFromYear: null,
    amendmentReason: null,
    returnNote: null,
    submittedBy: null,
    submittedAt: null,
    closingReport: null,
    closedBy: null,
    closedAt: null,
    activities: [],
    warnings: [],
    versions: [],
    actions: [],
    ...extra,
  };
}

/** A warning as the server words it. */
export function warning(rule: string, paragraph: string, code: string, state: 'missing' | 'overdue') {
  const spans: Record<string, [string, string]> = {
    H1: ['2027-01-01', '2027-06-30'],
    H2: ['2027-07-01', '2027-12-31'],
    Q1: ['2027-01-01', '2027-03-31'],
    Q3: ['2027-07-01', '2027-09-30'],
    year: ['2027-01-01', '2027-12-31'],
  };
  const [from, to] = spans[code]!;
  return { rule, paragraph, state, period: { code, from, to } };
}

/** The §35.3 indicator of the organisation with two units, one of them too small to show. */
export const INDICATOR = {
  year: 2027,
  target: 150,
  orgUnitId: null,
  passed: 96,
  headcount: 240,
  share: 40,
  suppressed: false,
  byUnit: [
    {
      orgUnitId: 'u-finance',
      name: { kk: 'Қаржы департаменті', ru: 'Финансовый департамент', en: 'Finance department' },
      hasChildren: true,
      passed: 30,
      headcount: 60,
      share: 50,
      suppressed: false,
    },
    {
      orgUnitId: 'u-legal',
      name: { kk: 'Заң бөлімі', ru: 'Юридический отдел', en: 'Legal office' },
      hasChildren: false,
      passed: null,
      headcount: null,
      share: null,
      suppressed: true,
    },
  ],
};

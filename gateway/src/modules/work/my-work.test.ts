import { DEMO_LOGINS, generateHotlineKeyring } from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../start-gateway.js';

let database: TestDatabase;
let gateway: RunningGateway;

beforeAll(async () => {
  database = await createTestDatabase();
  gateway = await startGateway({
    port: 0,
    databaseUrl: database.databaseUrl,
    devLogin: true,
    seedDemo: true,
    hotlineKeyring: generateHotlineKeyring(),
    jobs: false,
  });
});

afterAll(async () => {
  await gateway?.close();
  await database?.drop();
});

interface Item {
  plugin: string;
  kind: string;
  subject: { kk: string; ru: string; en: string } | null;
  urgency: string;
  dueAt: string | null;
  dueOn: string | null;
  workingDaysLeft: number | null;
  path: string | null;
  count: number | null;
}

interface Answer<T> {
  data?: T;
  errors?: { extensions?: { code?: string } }[];
}

async function post<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Answer<T>> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-adal-csrf': '1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer<T>;
}

const MY_WORK =
  '{ myWork { plugin kind subject { kk ru en } urgency dueAt dueOn workingDaysLeft path count } }';

async function workOf(email: string): Promise<Item[]> {
  const login = await post<{ devLogin: { token: string } }>(
    'mutation($email: String!) { devLogin(email: $email) { token } }',
    { email },
  );
  const answer = await post<{ myWork: Item[] }>(MY_WORK, {}, login.data?.devLogin.token);
  expect(answer.errors).toBeUndefined();
  return answer.data?.myWork ?? [];
}

const URGENCY_ORDER = ['overdue', 'due_soon', 'waiting', 'upcoming'];

/**
 * What waits for each demo login on the day the demo is seeded. Every login is asked to acknowledge
 * the memo for everyone and to answer the open culture survey (seeders/culture-materials-demo.ts,
 * culture-survey-demo.ts).
 */
const DEMO_WORK_KINDS: Record<string, string[]> = {
  employee: [
    'culture.culture_material_to_acknowledge',
    'culture.culture_survey_to_answer',
    'declarations.declaration_due',
    'declarations.gift_hand_over_due',
    'training.course_due',
  ],
  training_admin: [
    'culture.culture_material_to_acknowledge',
    'culture.culture_survey_to_answer',
    'declarations.declaration_due',
    'training.course_due',
    'training.learners_pending',
  ],
  // The demo's seeded attempts passed the officer's course: learners pending is what waits.
  compliance_officer: [
    'compliance.compliance_programme_item_due',
    'compliance.compliance_proposals_to_answer',
    'compliance.compliance_quarterly_report_due',
    'compliance.compliance_risk_remapping',
    'compliance.compliance_risk_rescore',
    'culture.culture_material_to_acknowledge',
    'culture.culture_materials_unacknowledged',
    'culture.culture_survey_to_answer',
    'declarations.campaign_declarants_overdue',
    'declarations.conflict_quarterly_analysis',
    'declarations.conflict_to_conclude',
    'declarations.declaration_due',
    'declarations.gift_requests_to_decide',
    'declarations.gifts_to_decide',
    'training.learners_pending',
  ],
  compliance_head: [
    'compliance.compliance_proposals_to_answer',
    'compliance.compliance_quarterly_report_due',
    'compliance.compliance_risk_remapping',
    'compliance.compliance_risk_rescore',
    'culture.culture_material_to_acknowledge',
    'culture.culture_materials_unacknowledged',
    'culture.culture_survey_to_answer',
    'declarations.campaign_declarants_overdue',
    'declarations.conflict_quarterly_analysis',
    'declarations.conflict_to_conclude',
    'declarations.declaration_due',
    'declarations.gift_requests_to_decide',
    'declarations.gifts_to_decide',
    'hotline.case_to_acknowledge',
    'hotline.case_to_triage',
    'training.course_due',
    'training.learners_pending',
  ],
  // §69: the compliance head's view of the demo is shared with the first head and the board.
  first_head: [
    'compliance.compliance_mitigation_plan_to_approve',
    'compliance.kpi_view_shared',
    'culture.culture_material_to_acknowledge',
    'culture.culture_plan_to_approve',
    'culture.culture_survey_to_answer',
    'declarations.conflict_to_decide',
    'declarations.declaration_due',
    'declarations.financial_proof_due',
    'declarations.foreign_account_found',
    'hotline.cases_overdue_summary',
    'training.course_due',
  ],
  board_member: [
    'compliance.compliance_board_report_to_read',
    'compliance.kpi_view_shared',
    'culture.culture_material_to_acknowledge',
    'culture.culture_survey_to_answer',
    'declarations.declaration_due',
    'hotline.case_deadline',
    'hotline.cases_overdue_summary',
    'training.course_due',
  ],
  hotline_investigator: [
    'culture.culture_material_to_acknowledge',
    'culture.culture_survey_to_answer',
    'declarations.declaration_due',
    'hotline.case_deadline',
    'training.course_due',
  ],
  auditor: [
    'culture.culture_material_to_acknowledge',
    'culture.culture_survey_to_answer',
    'declarations.declaration_due',
    'hotline.cases_overdue_summary',
    'training.course_due',
  ],
  org_admin: [
    'culture.culture_material_to_acknowledge',
    'culture.culture_survey_to_answer',
    'declarations.declaration_due',
    'training.course_due',
  ],
  // §35.1: the demo's procurement training HR let pass unreported (seeders/culture-plan-demo.ts).
  hr_officer: [
    'compliance.compliance_improvement_overdue',
    'culture.culture_activity_overdue',
    'culture.culture_material_to_acknowledge',
    'culture.culture_survey_to_answer',
    'declarations.declaration_due',
    'declarations.financial_notices_to_send',
    'declarations.financial_publications_due',
    'training.course_due',
  ],
  ethics_commissioner: [
    'compliance.compliance_proposals_to_answer',
    'compliance.compliance_quarterly_report_due',
    'compliance.compliance_risk_remapping',
    'compliance.compliance_risk_rescore',
    'culture.culture_material_to_acknowledge',
    'culture.culture_materials_unacknowledged',
    'culture.culture_survey_to_answer',
    'declarations.campaign_declarants_overdue',
    'declarations.conflict_quarterly_analysis',
    'declarations.conflict_to_conclude',
    'declarations.declaration_due',
    'declarations.gift_requests_to_decide',
    'declarations.gifts_to_decide',
    'training.course_due',
  ],
};

function kindsOf(items: readonly Item[]): string[] {
  return [...new Set(items.map((item) => `${item.plugin}.${item.kind}`))].sort();
}

describe('myWork', () => {
  let work: Map<string, Item[]>;

  beforeAll(async () => {
    work = new Map();
    for (const login of DEMO_LOGINS) work.set(login.role, await workOf(login.email));
  });

  it('answers every demo role with the kinds of work waiting for it, most urgent first', () => {
    expect([...work.keys()].sort()).toEqual(Object.keys(DEMO_WORK_KINDS).sort());
    for (const [role, items] of work) {
      expect({ role, kinds: kindsOf(items) }).toEqual({ role, kinds: DEMO_WORK_KINDS[role] });
      const ranks = items.map((item) => URGENCY_ORDER.indexOf(item.urgency));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('gives the employee their own courses only, each with its due date, working days left and page', () => {
    const items = (work.get('employee') ?? []).filter((item) => item.plugin === 'training');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(['course_due', 'course_overdue']).toContain(item.kind);
      expect(item.subject?.kk.length).toBeGreaterThan(0);
      expect(item.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof item.workingDaysLeft).toBe('number');
      expect(item.path).toMatch(/^\/training\/courses\//);
    }
  });

  it("gives each person their campaign's declaration due, and those who run campaigns the overdue declarants (§72)", () => {
    const own = (work.get('employee') ?? []).filter((item) => item.kind.startsWith('declaration_'));
    expect(own.map((item) => [item.kind, item.urgency])).toEqual([['declaration_due', 'upcoming']]);
    expect(own[0]?.path).toMatch(/^\/declarations\/my\/campaigns\//);
    const officer = (work.get('compliance_officer') ?? []).find(
      (item) => item.kind === 'campaign_declarants_overdue',
    );
    expect(officer).toMatchObject({ urgency: 'overdue', count: 2 });
  });

  it('§17.5: gives the employee the gift to hand over with its last day, and the officers the gifts to decide', () => {
    const handOver = (work.get('employee') ?? []).find((item) => item.kind === 'gift_hand_over_due');
    expect(handOver).toMatchObject({ plugin: 'declarations', urgency: 'upcoming', count: null });
    expect(handOver?.path).toMatch(/^\/declarations\/gifts\//);
    // The employee's hamper and the dinner he refused; the officer's own book is decided already.
    const toDecide = (work.get('compliance_officer') ?? []).find((item) => item.kind === 'gifts_to_decide');
    expect(toDecide).toMatchObject({ count: 2, path: '/declarations/gifts' });
  });

  it('gives the compliance head the cases to acknowledge with their deadline, never the case about her', () => {
    const items = work.get('compliance_head') ?? [];
    const toAcknowledge = items.filter((item) => item.kind === 'case_to_acknowledge');
    expect(toAcknowledge.length).toBeGreaterThanOrEqual(2);
    expect(toAcknowledge[0]?.urgency).toBe('overdue');
    expect(toAcknowledge.every((item) => item.dueAt !== null && /^HL-/.test(item.subject?.kk ?? ''))).toBe(
      true,
    );
    // The seventh demo case names her: the alternate handler runs it.
    expect(items.some((item) => item.subject?.kk.endsWith('-0007'))).toBe(false);
  });

  it('gives the investigator and the alternate handler the deadlines of the cases they run', () => {
    expect(kindsOf(work.get('hotline_investigator') ?? [])).toContain('hotline.case_deadline');
    const board = (work.get('board_member') ?? []).filter((item) => item.plugin === 'hotline');
    expect(board.map((item) => item.kind).sort()).toEqual(['case_deadline', 'cases_overdue_summary']);
    expect(board.find((item) => item.kind === 'case_deadline')?.subject?.kk).toMatch(/-0007$/);
  });

  it('gives those who oversee the hotline a withheld count of overdue cases, never a case', () => {
    for (const role of ['first_head', 'auditor'] as const) {
      const hotline = (work.get(role) ?? []).filter((item) => item.plugin === 'hotline');
      expect(hotline.map((item) => [item.kind, item.subject, item.count])).toEqual([
        ['cases_overdue_summary', null, null],
      ]);
    }
  });

  it('gives those who run training the courses with learners yet to pass', () => {
    for (const role of ['training_admin', 'compliance_officer'] as const) {
      const learners = (work.get(role) ?? []).filter((item) => item.kind.startsWith('learners_'));
      expect(learners.length).toBeGreaterThan(0);
      expect(learners.every((item) => (item.count ?? 0) > 0 && item.path === '/training/completion')).toBe(
        true,
      );
    }
    expect(kindsOf(work.get('employee') ?? []).some((kind) => kind.includes('learners_'))).toBe(false);
  });

  it('refuses an anonymous caller', async () => {
    const answer = await post<{ myWork: Item[] }>(MY_WORK, {});
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import BoardPage from './BoardPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  roles: ['compliance_officer'] as string[],
  query: {} as Record<string, string>,
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'v', roles: fake.roles },
    locale: 'en',
    token: 't',
    graphqlUrl: 'https://adal.example/graphql',
  }),
}));
vi.mock('vue-router', () => ({ useRoute: () => ({ query: fake.query }) }));

let graphql: FakeGraphql;

const figures = {
  __typename: 'BoardReportFigures',
  takenAt: '2026-07-10T06:00:00Z',
  kpis: [
    {
      __typename: 'BoardReportKpi',
      code: 'compliance.management_participation',
      title: { kk: 'Қатысу', ru: 'Участие', en: 'Management participation' },
      paragraph: '§74.2',
      unit: 'percent',
      value: 50,
      target: 100,
      met: false,
    },
    {
      __typename: 'BoardReportKpi',
      code: 'compliance.risk_reduction',
      title: { kk: 'Төмендеу', ru: 'Снижение', en: 'Risk reduction' },
      paragraph: '§74.7',
      unit: 'percent',
      value: null,
      target: null,
      met: null,
    },
  ],
  openRisks: { low: 1, medium: 2, high: 0, critical: 1 },
  measures: { total: 4, done: 3, overdue: 1 },
  responsiblePeople: 2,
  minResponsiblePeople: 3,
};

const detail = (status: 'draft' | 'submitted', extra: Record<string, unknown> = {}) => ({
  __typename: 'BoardReport',
  id: 'b1',
  year: 2026,
  period: 'h1',
  status,
  statusAndPlans: 'On track',
  highRiskIssues: null,
  processResults: null,
  resourceAssessment: null,
  resourceReason: null,
  resourceRequests: [],
  resourceRequestNote: null,
  submittedAt: status === 'submitted' ? '2026-07-10T06:00:00Z' : null,
  submittedBy: status === 'submitted' ? { id: 'o', fullName: 'Aigul Officer' } : null,
  readByMe: false,
  figures,
  ...extra,
});

const page = (status: 'draft' | 'submitted') => ({
  boardReports: [
    {
      __typename: 'BoardReportSummary',
      id: 'b1',
      year: 2026,
      period: 'h1',
      status,
      resourceAssessment: null,
      submittedAt: status === 'submitted' ? '2026-07-10T06:00:00Z' : null,
      submittedBy: status === 'submitted' ? { id: 'o', fullName: 'Aigul Officer' } : null,
      readByMe: false,
    },
  ],
  managementPlans: [
    {
      __typename: 'ManagementPlan',
      id: 'p1',
      year: 2026,
      members: [
        {
          id: 'm1',
          fullName: 'Serik Head',
          tookPart: false,
          activities: [
            {
              id: 'a1',
              title: 'Staff meeting',
              kind: 'meeting',
              plannedOn: '2026-01-01',
              participatedOn: null as string | null,
            },
          ],
        },
      ],
    },
  ],
});

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['compliance_officer'];
  fake.query = {};
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(BoardPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const button = (label: string) =>
  [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);

describe('the reports to the board (§66, §69) for the compliance staff', () => {
  it('opens a draft with its figures, asks for the resource assessment and submits after a confirmation', async () => {
    graphql.on('BoardPage', () => page('draft'));
    graphql.on('BoardReport', () => ({ boardReport: detail('draft') }));
    graphql.on('UpdateBoardReport', (v) => ({
      updateBoardReport: detail('draft', {
        resourceAssessment: (v as { input: { resourceAssessment: string } }).input.resourceAssessment,
      }),
    }));
    graphql.on('SubmitBoardReport', () => ({ submitBoardReport: detail('submitted') }));
    const wrapper = await mountPage();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Open')!
      .trigger('click');
    await flushPromises();
    const rows = wrapper.findAll('[data-testid="board-kpi"]');
    expect(rows[0]!.text()).toContain('Management participation');
    expect(rows[0]!.text()).toContain('50 %');
    expect(rows[1]!.text()).toContain('No data');
    expect(wrapper.text()).toContain('Open risks: critical 1, high 0, medium 2, low 1');
    expect(wrapper.text()).toContain('People responsible for corruption prevention: 2 (at least 3, §5)');
    (document.body.querySelector('#assessment-partly') as HTMLInputElement).click();
    await flushPromises();
    // Falling short asks why and what is requested.
    expect(document.body.querySelector('#board-resource-reason')).not.toBeNull();
    (document.body.querySelector('#request-staff') as HTMLInputElement).click();
    const reason = document.body.querySelector('#board-resource-reason') as HTMLTextAreaElement;
    reason.value = 'One person short';
    reason.dispatchEvent(new Event('input'));
    await flushPromises();
    button('Submit to the board')!.click();
    await flushPromises();
    expect(document.body.textContent).toContain('Submit the report to the board?');
    const buttons = [...document.body.querySelectorAll('[role="dialog"] button')];
    (buttons.find((b) => b.textContent?.trim() === 'Submit to the board') as HTMLButtonElement).click();
    await flushPromises();
    expect(graphql.sent('UpdateBoardReport')).toEqual([
      {
        input: {
          id: 'b1',
          statusAndPlans: 'On track',
          highRiskIssues: '',
          processResults: '',
          resourceAssessment: 'partly',
          resourceReason: 'One person short',
          resourceRequests: ['staff'],
          resourceRequestNote: '',
        },
      },
    ]);
    expect(graphql.sent('SubmitBoardReport')).toEqual([{ id: 'b1' }]);
    wrapper.unmount();
  });

  it('marks a member of management as having taken part', async () => {
    graphql.on('BoardPage', () => page('draft'));
    graphql.on('RecordManagementParticipation', () => ({ recordManagementParticipation: { id: 'p1' } }));
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="management-member"]').text()).toContain('Not yet');
    button('Mark as taken part')!.click();
    await flushPromises();
    expect(graphql.sent('RecordManagementParticipation')).toEqual([
      { activityId: 'a1', participatedOn: '2026-01-01' },
    ]);
    wrapper.unmount();
  });

  it('names the day of taking part only when it is not the planned day', async () => {
    const taken = structuredClone(page('draft'));
    const [member] = taken.managementPlans[0]!.members;
    member!.tookPart = true;
    member!.activities = [
      {
        id: 'a1',
        title: 'Staff meeting',
        kind: 'meeting',
        plannedOn: '2026-01-01',
        participatedOn: '2026-01-01',
      },
      {
        id: 'a2',
        title: 'Ethics day',
        kind: 'meeting',
        plannedOn: '2026-02-01',
        participatedOn: '2026-02-03',
      },
    ];
    graphql.on('BoardPage', () => taken);
    const wrapper = await mountPage();
    const [onDay, later] = wrapper.findAll('.activities li').map((li) => li.text());
    expect(onDay).toContain('· took part');
    expect(onDay).not.toContain('took part on');
    expect(later).toContain('· took part on 02/03/2026');
    wrapper.unmount();
  });
});

describe('the reports to the board for a board member', () => {
  it('opens the report My work points at, read-only, and marks it read', async () => {
    fake.roles = ['employee', 'board_member'];
    fake.query = { report: 'b1' };
    graphql.on('BoardPage', () => page('submitted'));
    graphql.on('BoardReport', () => ({
      boardReport: detail('submitted', {
        resourceAssessment: 'insufficient',
        resourceReason: 'Two people short',
        resourceRequests: ['staff', 'budget'],
      }),
    }));
    graphql.on('MarkBoardReportRead', () => ({ markBoardReportRead: { id: 'b1', readByMe: true } }));
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="board-open"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="board-assessment"]').text()).toBe('Insufficient');
    expect(wrapper.text()).toContain('Requested: Staff, Budget');
    expect(wrapper.find('textarea').exists()).toBe(false);
    expect(button('Start a draft report')).toBeUndefined();
    expect(button('Mark as taken part')).toBeUndefined();
    button('Mark as read')!.click();
    await flushPromises();
    expect(graphql.sent('MarkBoardReportRead')).toEqual([{ id: 'b1' }]);
    wrapper.unmount();
  });
});

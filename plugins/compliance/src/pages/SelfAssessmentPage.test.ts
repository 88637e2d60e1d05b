import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import SelfAssessmentPage from './SelfAssessmentPage.vue';

const fake = vi.hoisted(() => ({ current: null as unknown, roles: ['employee'] as string[] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => (fake.current as FakeGraphql).client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: fake.roles }, locale: 'en' }),
}));

let graphql: FakeGraphql;

const named = (en: string) => ({ kk: `${en} kk`, ru: `${en} ru`, en });
const process = (id: string, en: string) => ({
  id,
  name: `${en} kk`,
  names: named(en),
  translations: { kk: null, ru: `${en} ru`, en },
  ownerUnit: null,
  activeFrom: '2025-01-01',
  activeTo: null,
  archived: false,
});
const PROCESSES = [
  process('p1', 'Supplier due diligence'),
  process('p2', 'Gift registration'),
  process('p3', 'Payments'),
];
const NOT_DRAWN = {
  quarter: '2026-Q4',
  reviewedQuarter: '2026-Q3',
  reviewedFrom: '2026-07-01',
  reviewedTo: '2026-09-30',
  drawn: false,
  drawnAt: null,
  drawnBy: null,
  eligibleCount: 3,
  drawable: true,
  processes: [],
};
const DRAWN = {
  ...NOT_DRAWN,
  drawn: true,
  drawable: false,
  drawnAt: '2026-10-06T04:00:00Z',
  drawnBy: { id: 'officer', fullName: 'Aigerim Officer' },
  processes: PROCESSES.map((p, i) => ({
    id: `d${i}`,
    process: p,
    findings:
      i === 0
        ? [
            {
              id: 'f1',
              text: 'No second signature on two files',
              severity: 'medium',
              recordedAt: '2026-10-16T04:00:00Z',
              recordedBy: { id: 'officer', fullName: 'Aigerim Officer' },
              latestDueOn: '2027-01-16',
              items: [
                {
                  id: 'i1',
                  action: 'Add a second signature to the checklist',
                  responsible: { id: 'hr', fullName: 'Dana HR' },
                  dueOn: '2026-11-30',
                  status: 'open',
                  overdue: true,
                  completedOn: null,
                  completionNote: null,
                },
              ],
            },
          ]
        : [],
  })),
};
const COVERAGE = { quarter: '2026-Q3', processIds: ['p2'], fixed: false };

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['employee', 'compliance_officer'];
});

function answering(assessment: object, coverage = COVERAGE) {
  graphql.on('SelfAssessment', () => ({
    selfAssessment: assessment,
    internalAuditCoverage: coverage,
    complianceProcesses: PROCESSES,
  }));
}

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(SelfAssessmentPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

function button(wrapper: Awaited<ReturnType<typeof mountPage>>, label: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('SelfAssessmentPage (§73)', () => {
  it('draws the quarter only after the confirmation, then shows the drawn processes as cards', async () => {
    answering(NOT_DRAWN);
    graphql.on('DrawSelfAssessment', () => ({ drawSelfAssessment: DRAWN }));
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="summary"]').text()).toContain('Processes to draw from: 3');
    await wrapper.find('[data-testid="draw"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('The suite chooses 3 or 4 of the 3 processes at random');
    expect(graphql.sent('DrawSelfAssessment')).toEqual([]);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('DrawSelfAssessment')).toEqual([
      { quarter: expect.stringMatching(/^\d{4}-Q[1-4]$/) },
    ]);
    expect(wrapper.findAll('[data-testid="drawn-process"]')).toHaveLength(3);
    expect(wrapper.find('[data-testid="draw"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('explains why a drawn quarter cannot be drawn again and highlights an overdue improvement', async () => {
    answering(DRAWN);
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="draw"]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-testid="draw-blocked"]').text()).toBe(
      'This quarter is already drawn; the choice cannot be redone.',
    );
    const item = wrapper.find('[data-testid="improvement-item"]');
    expect(item.classes()).toContain('overdue');
    expect(item.text()).toContain('Overdue');
    expect(item.text()).toContain('Dana HR');
    expect(wrapper.text()).toContain('Drawn by Aigerim Officer');
    // §9.1, §11: a finding offers its keepers to propose a risk, by a link to the register.
    const propose = wrapper.find('[data-testid="finding"] [data-testid="propose-risk"]');
    expect(propose.text()).toBe('Propose a risk');
    expect(propose.attributes('href')).toBe('/compliance/risks?proposeFrom=audit_finding%3Af1');
    wrapper.unmount();
  });

  it('shows an auditor the self-assessment without any action', async () => {
    fake.roles = ['employee', 'auditor'];
    answering(DRAWN);
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="draw"]').exists()).toBe(false);
    const labels = wrapper.findAll('button').map((b) => b.text());
    for (const action of [
      'Record a finding',
      'Add an improvement',
      'Mark done',
      'Add a process',
      'Archive',
    ]) {
      expect(labels).not.toContain(action);
    }
    expect(wrapper.find('[data-testid="propose-risk"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="drawn-process"]')).toHaveLength(3);
    wrapper.unmount();
  });

  it('says what to do when nothing can be drawn and the catalogue is empty', async () => {
    graphql.on('SelfAssessment', () => ({
      selfAssessment: { ...NOT_DRAWN, eligibleCount: 0 },
      internalAuditCoverage: { ...COVERAGE, processIds: [] },
      complianceProcesses: [],
    }));
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="draw-blocked"]').text()).toContain(
      'add the processes of the organisation',
    );
    expect(wrapper.text()).toContain('The catalogue is empty. Add the processes of the organisation');
    wrapper.unmount();
  });

  it('searches the catalogue and archives a process only once confirmed', async () => {
    answering(NOT_DRAWN);
    graphql.on('ArchiveComplianceProcess', ({ id }) => ({
      archiveComplianceProcess: { ...PROCESSES.find((p) => p.id === id)!, archived: true },
    }));
    const wrapper = await mountPage();
    await wrapper.find('#process-search').setValue('gift');
    expect(wrapper.findAll('[data-testid="catalogue-process"]').map((row) => row.text())).toEqual([
      expect.stringContaining('Gift registration'),
    ]);
    await button(wrapper, 'Archive').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('“Gift registration” will no longer be drawn');
    expect(graphql.sent('ArchiveComplianceProcess')).toEqual([]);
    const confirm = wrapper.findAll('form').at(-1)!;
    await confirm.trigger('submit');
    await flushPromises();
    expect(graphql.sent('ArchiveComplianceProcess')).toEqual([{ id: 'p2' }]);
    expect(wrapper.find('[data-testid="catalogue-process"]').text()).toContain('Archived');
    wrapper.unmount();
  });

  it('records internal audit coverage of the reviewed quarter', async () => {
    answering(NOT_DRAWN);
    graphql.on('RecordInternalAuditCoverage', ({ input }) => ({
      recordInternalAuditCoverage: { ...(input as object), fixed: false },
    }));
    const wrapper = await mountPage();
    expect((wrapper.find('#covered-p2').element as HTMLInputElement).checked).toBe(true);
    await wrapper.find('#covered-p1').setValue(true);
    await button(wrapper, 'Save the coverage').trigger('click');
    await flushPromises();
    expect(graphql.sent('RecordInternalAuditCoverage')).toEqual([
      { input: { quarter: expect.stringMatching(/^\d{4}-Q[1-4]$/), processIds: ['p2', 'p1'] } },
    ]);
    expect(wrapper.text()).toContain('Coverage saved.');
    wrapper.unmount();
  });
});

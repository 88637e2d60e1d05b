import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import MitigationPage from './MitigationPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const risk = (n: number) => ({
  __typename: 'MitigationMeasureRisk',
  id: `risk-${n}`,
  number: n,
  register: 'activity',
  processOrDocument: `Procurement ${n}`,
  level: 'high',
});
const measure = (id: string, n: number, overdue: boolean, status = 'planned') => ({
  __typename: 'MitigationMeasure',
  id,
  risk: risk(n),
  measure: `Measure ${id}`,
  executor: { __typename: 'PersonRef', id: 'p1', fullName: 'Айгүл Сейітова' },
  deadline: '2026-03-01',
  completionForm: 'Order',
  status,
  progressNote: null,
  evidenceLink: null,
  evidenceNote: null,
  doneOn: status === 'done' ? '2026-02-20' : null,
  linkedKpi: null,
  overdue,
});
const plan = (actions: string[], status = 'draft') => ({
  __typename: 'MitigationPlan',
  id: 'plan-1',
  year: 2026,
  status,
  approvalRequired: false,
  approvedBy: null,
  approvedAt: null,
  controlledBy: null,
  publishedAt: null,
  awaitingRescore: ['risk-2'],
  actions,
  measures: [measure('m1', 1, true), measure('m2', 2, false, 'done')],
});

let graphql: FakeGraphql;
let current: ReturnType<typeof plan>;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('MitigationPlan', () => ({ mitigationPlan: current, publishableRisks: [] }));
  graphql.on('ApproveMitigationPlan', () => {
    current = { ...current, status: 'approved', actions: ['report'] };
    return { approveMitigationPlan: { id: 'plan-1' } };
  });
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(MitigationPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}
const buttons = (w: Awaited<ReturnType<typeof mountPage>>, label: string) =>
  w.findAll('button').filter((b) => b.text() === label);

describe('the mitigation plan page (§9.3)', () => {
  it('groups the measures by risk and marks the overdue one and the risk waiting for re-scoring', async () => {
    current = plan(['report', 'edit']);
    const wrapper = await mountPage();
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      expect.stringContaining('№ 1 · Procurement 1'),
      expect.stringContaining('№ 2 · Procurement 2'),
    ]);
    const [first, second] = wrapper.findAll('[data-testid="measure"]');
    expect(first!.classes()).toContain('overdue');
    expect(first!.text()).toContain('Overdue');
    expect(second!.classes()).not.toContain('overdue');
    expect(wrapper.text()).toContain('Every measure is done: re-score the risk.');
    // A keeper edits and reports, but never approves.
    expect(buttons(wrapper, 'Approve the plan')).toHaveLength(0);
    expect(buttons(wrapper, 'Add a measure')).toHaveLength(1);
    wrapper.unmount();
  });

  it('lets the first head approve the plan only after confirming it', async () => {
    current = plan(['approve']);
    const wrapper = await mountPage();
    expect(buttons(wrapper, 'Add a measure')).toHaveLength(0);
    await buttons(wrapper, 'Approve the plan')[0]!.trigger('click');
    await flushPromises();
    expect(graphql.sent('ApproveMitigationPlan')).toEqual([]);
    expect(document.body.textContent).toContain('The plan is approved with 2 measures');
    const confirm = [...document.body.querySelectorAll('button')].filter(
      (b) => b.textContent?.trim() === 'Approve the plan' && b.closest('[role="dialog"]'),
    );
    confirm[0]!.click();
    await flushPromises();
    expect(graphql.sent('ApproveMitigationPlan')).toEqual([{ id: 'plan-1' }]);
    expect(wrapper.find('[data-testid="plan-state"]').text()).toContain('Approved');
    wrapper.unmount();
  });
});

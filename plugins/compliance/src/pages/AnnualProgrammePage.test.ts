import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import AnnualProgrammePage from './AnnualProgrammePage.vue';

const fake = vi.hoisted(() => ({ current: null as unknown, roles: ['employee'] as string[] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => (fake.current as FakeGraphql).client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: fake.roles }, locale: 'en' }),
}));

const item = (
  id: string,
  direction: string,
  status: string,
  overdue = false,
  fromAspect: number | null = null,
) => ({
  __typename: 'ProgrammeItem',
  id,
  direction,
  title: `Action ${id}`,
  owner: { __typename: 'PersonRef', id: 'p1', fullName: 'Айгүл Сейітова' },
  dueOn: '2026-03-01',
  status,
  progressNote: null,
  evidenceLink: null,
  evidenceNote: null,
  doneOn: null,
  cancelReason: status === 'cancelled' ? 'Merged' : null,
  fromAspect,
  version: 1,
  overdue,
  canReport: true,
});
const programme = (canEdit: boolean) => ({
  __typename: 'ComplianceProgramme',
  id: 'prog-1',
  year: 2026,
  canEdit,
  presentedToManagement: true,
  presentedToAllStaff: false,
  items: [
    item('a', 'leadership', 'planned', true),
    item('b', 'training_communication', 'done'),
    item('c', 'hotline_investigation', 'cancelled', false, 5),
  ],
  presentations: [
    {
      __typename: 'ProgrammePresentation',
      id: 'pr-1',
      presentedOn: '2026-02-10',
      audience: 'management',
      note: null,
      invitedCount: 5,
      presentCount: 4,
      present: [{ __typename: 'PersonRef', id: 'p2', fullName: 'Серік Ахметов' }],
    },
  ],
});

let graphql: FakeGraphql;
let current: ReturnType<typeof programme> | null;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['employee', 'compliance_officer'];
  current = programme(true);
  graphql.on('AnnualProgramme', () => ({ complianceProgramme: current }));
  graphql.on('MyProgrammeItems', () => ({ myProgrammeItems: [item('m', 'leadership', 'in_progress')] }));
  graphql.on('CreateComplianceProgramme', () => {
    current = programme(true);
    return { createComplianceProgramme: { id: 'prog-1' } };
  });
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(AnnualProgrammePage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}
const buttons = (w: Awaited<ReturnType<typeof mountPage>>, label: string) =>
  w.findAll('button').filter((b) => b.text() === label);

describe('the one-year programme page (§66)', () => {
  it('groups the actions by direction with status chips, marks the overdue one, and shows the attendance', async () => {
    const wrapper = await mountPage();
    const headings = wrapper.findAll('[data-testid="direction"] h2').map((h) => h.text());
    expect(headings.slice(0, 4)).toEqual([
      'Leadership (§66)',
      'Policies and procedures (§67)',
      'Training and communication (§68)',
      'Hotline and internal investigation (§69)',
    ]);
    const items = wrapper.findAll('[data-testid="item"]');
    expect(items[0]!.classes()).toContain('overdue');
    expect(items[0]!.text()).toContain('Planned');
    expect(items[1]!.text()).toContain('Done');
    expect(items[2]!.text()).toContain('Cancelled');
    expect(items[2]!.text()).toContain('From the initial assessment (§64.5)');
    expect(wrapper.find('[data-testid="presentation"]').text()).toContain('4 of 5 invited were present');
    expect(wrapper.text()).toContain('The programme is not brought to all staff yet.');
    expect(buttons(wrapper, 'Add an action')).toHaveLength(1);
    wrapper.unmount();
  });

  it('lets a keeper make the year’s programme when there is none', async () => {
    current = null;
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('No programme is made for this year yet.');
    await buttons(wrapper, 'Make the programme')[0]!.trigger('click');
    await flushPromises();
    expect(graphql.sent('CreateComplianceProgramme')).toHaveLength(1);
    expect(wrapper.findAll('[data-testid="item"]')).toHaveLength(3);
    wrapper.unmount();
  });

  it('shows an owner outside the compliance service only their own actions, in Kazakh', async () => {
    fake.roles = ['employee'];
    const options = withPlugin('kk', graphql.client);
    const wrapper = mount(AnnualProgrammePage, {
      attachTo: document.body,
      global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
    });
    await flushPromises();
    expect(graphql.sent('AnnualProgramme')).toEqual([]);
    expect(wrapper.text()).toContain('Сіз жауапты іс-шаралар');
    expect(wrapper.findAll('[data-testid="item"]')).toHaveLength(1);
    expect(wrapper.text()).toContain('Есеп беру');
    wrapper.unmount();
  });
});

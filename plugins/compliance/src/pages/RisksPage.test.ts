import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { CHOICES, risk } from '../testing/risk-fixture';
import RisksPage from './RisksPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null, roles: ['compliance_officer'] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ token: 't', graphqlUrl: '/graphql', viewer: { id: 'v', roles: fake.roles } }),
}));

let graphql: FakeGraphql;
const ROWS = [
  risk(),
  risk({
    id: 'r2',
    number: 2,
    code: '№ 2',
    level: 'medium',
    score: 6,
    procurement: false,
    confidentiality: 'personal',
  }),
];

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['compliance_officer'];
  graphql.on('Risks', () => ({ risks: { total: ROWS.length, rows: ROWS } }));
  graphql.on('RiskChoices', () => CHOICES);
});

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(RisksPage, {
    attachTo: document.body,
    global: {
      plugins: [...options.global.plugins, createPinia()],
      stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } },
    },
  });
  await flushPromises();
  return wrapper;
}

describe('RisksPage (§11, Annex 1: the register)', () => {
  it('lists the ranked risks with their level and marks, asking for the first page', async () => {
    const wrapper = await mountPage();
    expect(graphql.sent('Risks')[0]).toEqual({
      filter: {
        register: null,
        level: null,
        source: null,
        status: null,
        procurement: null,
        search: null,
        limit: 25,
        offset: 0,
      },
    });
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((row) => row.find('.code').text())).toEqual(['№ 1', '№ 2']);
    expect(wrapper.findAll('[data-testid="risk-level"]').map((tag) => tag.text())).toEqual([
      'Critical',
      'Medium',
    ]);
    expect(rows[1]!.text()).toContain('Personal data · Not published');
    expect(rows[0]!.text()).toContain('Procurement');
    wrapper.unmount();
  });

  it('says what to do when the register is empty, and that nothing matches when filtered', async () => {
    graphql.on('Risks', () => ({ risks: { total: 0, rows: [] } }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain(
      'The register is empty. Add the first risk or import a register from Excel.',
    );
    await wrapper.find('#risk-search').setValue('cash');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('Risks').at(-1)).toMatchObject({ filter: { search: 'cash', offset: 0 } });
    expect(wrapper.text()).toContain('No risks match. Change the search or the filters.');
    wrapper.unmount();
  });

  it('shows the open re-mapping after a change, and offers no writing to a reader', async () => {
    fake.roles = ['auditor'];
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="open-trigger"]').text()).toContain('Procurement split in two');
    const labels = wrapper.findAll('button').map((b) => b.text());
    expect(labels).not.toContain('New risk');
    expect(labels).not.toContain('Map updated');
    expect(labels).not.toContain('Edit');
    wrapper.unmount();
  });
});

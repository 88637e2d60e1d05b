import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import type { OrgUnitHeadcount } from '../stores/org-units';
import OrgUnitsPage from './OrgUnitsPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

// Two subsidiaries with a finance department each: alike by name, told apart by their parents.
const HOLDING: OrgUnitHeadcount[] = [
  { depth: 0, people: 2, peopleBelow: 9, orgUnit: { id: 'u1', name: 'Холдинг', code: 'H' } },
  { depth: 1, people: 1, peopleBelow: 4, orgUnit: { id: 'u2', name: 'Ақ Жол', code: 'AZ' } },
  { depth: 2, people: 3, peopleBelow: 3, orgUnit: { id: 'u3', name: 'Қаржы', code: null } },
  { depth: 1, people: 1, peopleBelow: 3, orgUnit: { id: 'u4', name: 'Болашақ', code: 'BL' } },
  { depth: 2, people: 2, peopleBelow: 2, orgUnit: { id: 'u5', name: 'Қаржы', code: null } },
];

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ListOrgUnitHeadcounts', () => ({ orgUnitHeadcounts: HOLDING }));
});

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/org-units', name: 'org-units', component: OrgUnitsPage },
      { path: '/people', name: 'people', component: OrgUnitsPage },
    ],
  });
  await router.push('/org-units');
  const options = withPlugin();
  const wrapper = mount(OrgUnitsPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

const names = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
  wrapper.findAll('tbody tr').map((row) => row.find('td').text());

describe('OrgUnitsPage', { timeout: 20_000 }, () => {
  it('shows the structure as a tree, each unit linking to its people', async () => {
    const wrapper = await mountPage();
    expect(names(wrapper)).toEqual(['Холдинг', 'Ақ Жол', 'Қаржы', 'Болашақ', 'Қаржы']);
    const finance = wrapper.findAll('tbody tr')[2]!;
    expect(finance.get('a').attributes('href')).toBe('/people?orgUnit=u3');
    expect(finance.get('td > div').attributes('style')).toContain('padding-inline-start: 2.5rem');
    expect(wrapper.text()).not.toContain('Show as the structure');
    wrapper.unmount();
  });

  it('sorted by a column, lists the units flat with the units above each, until it is shown as the structure again', async () => {
    const wrapper = await mountPage();
    const people = wrapper.findAll('th').find((th) => th.text() === 'People in the unit')!;
    await people.trigger('click');
    await people.trigger('click');
    const rows = wrapper
      .findAll('tbody tr')
      .map((row) => [
        row.get('a').text(),
        row.find('.parents').exists() ? row.get('.parents').text() : '',
        row.findAll('td')[2]!.text(),
      ]);
    expect(rows.map(([, , count]) => count)).toEqual(['3', '2', '2', '1', '1']);
    expect(rows.filter(([name]) => name === 'Қаржы').map(([, parents]) => parents)).toEqual([
      'Холдинг / Ақ Жол',
      'Холдинг / Болашақ',
    ]);
    expect(wrapper.get('tbody tr td > div').attributes('style') ?? '').not.toContain('padding');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Show as the structure')!
      .trigger('click');
    expect(names(wrapper)).toEqual(['Холдинг', 'Ақ Жол', 'Қаржы', 'Болашақ', 'Қаржы']);
    expect(wrapper.find('.parents').exists()).toBe(false);
    wrapper.unmount();
  });
});

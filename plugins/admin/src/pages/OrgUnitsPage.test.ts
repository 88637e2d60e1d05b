import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { UNITS } from '../testing/samples';
import { withPlugin } from '../testing/mount-options';
import type { OrgUnitHeadcount } from '../stores/org-units';
import OrgUnitsPage from './OrgUnitsPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

/** A name kept in one form for every language. */
const same = (name: string) => ({ kk: name, ru: name, en: name });

// Two subsidiaries with a finance department each: alike by name, told apart by their parents.
const HOLDING: OrgUnitHeadcount[] = [
  {
    depth: 0,
    people: 2,
    peopleBelow: 9,
    orgUnit: { id: 'u1', name: 'Холдинг', names: same('Холдинг'), code: 'H' },
  },
  {
    depth: 1,
    people: 1,
    peopleBelow: 4,
    orgUnit: { id: 'u2', name: 'Ақ Жол', names: same('Ақ Жол'), code: 'AZ' },
  },
  {
    depth: 2,
    people: 3,
    peopleBelow: 3,
    orgUnit: { id: 'u3', name: 'Қаржы', names: same('Қаржы'), code: null },
  },
  {
    depth: 1,
    people: 1,
    peopleBelow: 3,
    orgUnit: { id: 'u4', name: 'Болашақ', names: same('Болашақ'), code: 'BL' },
  },
  {
    depth: 2,
    people: 2,
    peopleBelow: 2,
    orgUnit: { id: 'u5', name: 'Қаржы', names: same('Қаржы'), code: null },
  },
];

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ListOrgUnitHeadcounts', () => ({ orgUnitHeadcounts: HOLDING }));
});

async function mountPage(locale: AdalLocale = 'en') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/org-units', name: 'org-units', component: OrgUnitsPage },
      { path: '/people', name: 'people', component: OrgUnitsPage },
    ],
  });
  await router.push('/org-units');
  const options = withPlugin(locale);
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

const unitNames = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
  wrapper.findAll('tbody tr td:first-child a').map((link) => link.text());

describe('OrgUnitsPage names', { timeout: 20_000 }, () => {
  beforeEach(() => {
    graphql.on('ListOrgUnitHeadcounts', () => ({ orgUnitHeadcounts: UNITS }));
  });

  it('names each unit in the interface language: Kazakh in kk, Russian in ru', async () => {
    const kk = await mountPage('kk');
    expect(unitNames(kk)).toEqual(['Бас кеңсе', 'Заң бөлімі']);
    kk.unmount();
    const ru = await mountPage('ru');
    expect(unitNames(ru)).toEqual(['Головной офис', 'Юридический отдел']);
    ru.unmount();
  });

  it('keeps the names an administrator types in each language, and shows them in the row', async () => {
    graphql.on('RenameOrgUnit', ({ names }) => ({
      renameOrgUnit: { ...UNITS[1]!.orgUnit, names },
    }));
    const wrapper = await mountPage('en');
    await wrapper.get('button[aria-label="Edit the names of Юридический отдел"]').trigger('click');
    await flushPromises();
    // Each field shows what its language reads now: the Russian name where no English one is kept.
    expect((wrapper.find('#org-unit-names-en').element as HTMLInputElement).value).toBe('Юридический отдел');
    await wrapper.find('#org-unit-names-en').setValue('Legal Department');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RenameOrgUnit')).toEqual([
      { id: 'u2', names: { kk: 'Заң бөлімі', ru: 'Юридический отдел', en: 'Legal Department' } },
    ]);
    expect(unitNames(wrapper)).toEqual(['Head office', 'Legal Department']);
    wrapper.unmount();
  });
});

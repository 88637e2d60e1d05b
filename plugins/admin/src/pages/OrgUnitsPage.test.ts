import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { UNITS } from '../testing/samples';
import { withPlugin } from '../testing/mount-options';
import OrgUnitsPage from './OrgUnitsPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ListOrgUnitHeadcounts', () => ({ orgUnitHeadcounts: UNITS }));
});

async function mountPage(locale: AdalLocale) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'orgUnits', component: OrgUnitsPage },
      { path: '/people', name: 'people', component: OrgUnitsPage },
    ],
  });
  const options = withPlugin(locale);
  const wrapper = mount(OrgUnitsPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

const unitNames = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
  wrapper.findAll('a.unit').map((link) => link.text());

describe('OrgUnitsPage', () => {
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

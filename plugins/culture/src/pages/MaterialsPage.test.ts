import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { BOOKLET, MEMO } from '../testing/material-fixture';
import MaterialsPage from './MaterialsPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ token: 't', graphqlUrl: '/graphql' }),
}));

let graphql: FakeGraphql;

const DRAFT = { ...MEMO, id: 'm3', status: 'draft', publishedAt: null, acknowledgeBy: null, counts: null };
const ROWS = [
  { ...MEMO, counts: { audience: 8, acknowledged: 5, share: 62.5 } },
  { ...BOOKLET, counts: { audience: 8, acknowledged: 0, share: 0 } },
  DRAFT,
];

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('CultureMaterials', () => ({ cultureMaterials: { total: ROWS.length, rows: ROWS } }));
  graphql.on('CultureMaterialOrgUnits', () => ({ orgUnits: [] }));
});

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(MaterialsPage, {
    attachTo: document.body,
    global: {
      plugins: [...options.global.plugins, createPinia()],
      stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } },
    },
  });
  await flushPromises();
  return wrapper;
}

const button = (wrapper: Awaited<ReturnType<typeof mountPage>>, label: string) =>
  wrapper.findAll('button').find((b) => b.attributes('aria-label') === label || b.text() === label);

describe('MaterialsPage (§32.2, §35.6: the planners’ library)', () => {
  it('lists each material with its status and the share of its audience that acknowledged', async () => {
    const wrapper = await mountPage();
    expect(graphql.sent('CultureMaterials')[0]).toEqual({
      filter: { status: null, kind: null, search: null },
      page: { limit: 25, offset: 0 },
    });
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((row) => row.find('a').text())).toEqual([
      'Conflict-of-interest memo',
      'Policy booklet',
      'Conflict-of-interest memo',
    ]);
    expect(wrapper.findAll('[data-testid="material-share"]').map((cell) => cell.text())).toEqual([
      '5 of 8 (62.5%)',
      'Not asked',
      '—',
    ]);
    expect(rows.map((row) => row.findAll('td')[2]!.text())).toEqual(['Published', 'Published', 'Draft']);
    wrapper.unmount();
  });

  it('reads the whole material before changing it: the rows carry only what the list shows', async () => {
    graphql.on('CultureMaterialForEdit', ({ id }) => ({ cultureMaterial: { ...MEMO, id } }));
    const wrapper = await mountPage();
    await button(wrapper, 'Edit: Conflict-of-interest memo')!.trigger('click');
    await flushPromises();
    expect(graphql.sent('CultureMaterialForEdit')).toEqual([{ id: MEMO.id }]);
    const dialog = document.body.querySelector('[role="dialog"]');
    expect(dialog?.querySelector<HTMLInputElement>('input[type="text"]')?.value).toBe(MEMO.title.kk);
    wrapper.unmount();
  });

  it('searches on the server', async () => {
    const wrapper = await mountPage();
    await wrapper.get('#material-search').setValue('  памятка ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('CultureMaterials').at(-1)).toMatchObject({ filter: { search: 'памятка' } });
    wrapper.unmount();
  });

  it('publishes a draft only once the planner confirms', async () => {
    graphql.on('PublishCultureMaterial', () => ({
      publishCultureMaterial: { ...DRAFT, status: 'published' },
    }));
    const wrapper = await mountPage();
    await button(wrapper, 'Publish: Conflict-of-interest memo')!.trigger('click');
    await flushPromises();
    expect(graphql.sent('PublishCultureMaterial')).toEqual([]);
    const dialog = wrapper.get('[role="dialog"]');
    expect(dialog.text()).toContain('The material becomes visible to its audience.');
    await dialog.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('PublishCultureMaterial')).toEqual([{ id: 'm3' }]);
    wrapper.unmount();
  });

  it('writes a new material for chosen units and roles from the dialog', async () => {
    graphql.on('CultureMaterialOrgUnits', () => ({
      orgUnits: [{ id: 'u1', path: '/r/u1/', names: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' } }],
    }));
    graphql.on('SaveCultureMaterial', () => ({ saveCultureMaterial: DRAFT }));
    const wrapper = await mountPage();
    await button(wrapper, 'New material')!.trigger('click');
    await flushPromises();
    const dialog = wrapper.get('[role="dialog"]');
    await dialog.get('#material-title-ru').setValue('Памятка о подарках');
    await dialog.get('#material-audience-chosen').setValue(true);
    await flushPromises();
    await dialog.get('#material-unit-u1').setValue(true);
    await dialog.get('#material-role-auditor').setValue(true);
    await dialog.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('SaveCultureMaterial')).toEqual([
      {
        input: expect.objectContaining({
          id: null,
          kind: 'memo',
          title: { kk: '', ru: 'Памятка о подарках', en: '' },
          audienceAll: false,
          audienceOrgUnitIds: ['u1'],
          audienceRoles: ['auditor'],
          requiresAcknowledgement: true,
          acknowledgementDays: 10,
          linkUrl: null,
          removeFile: false,
        }),
      },
    ]);
    wrapper.unmount();
  });
});

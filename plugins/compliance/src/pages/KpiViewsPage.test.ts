import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { kpiView } from '../testing/kpi-view-fixture';
import KpiViewsPage from './KpiViewsPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  roles: ['compliance_head'] as string[],
  push: null as null | ((to: unknown) => void),
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
vi.mock('vue-router', async () => ({
  useRouter: () => ({ push: (to: unknown) => fake.push?.(to) }),
  RouterLink: (await import('@vue/test-utils')).RouterLinkStub,
}));

let graphql: FakeGraphql;
const row = (id: string, title: string, sharedWithMe: boolean) => ({
  id,
  title,
  owner: { id: 'o', fullName: sharedWithMe ? 'Dana Head' : 'Aigerim Head' },
  sharedWithMe,
  widgetCount: 2,
  updatedAt: '2026-10-02T06:00:00Z',
});

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['compliance_head'];
  fake.push = null;
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(KpiViewsPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

describe('the KPI views list (§69, §74)', () => {
  it('says how to compose a view when there is none, to a composer and to a reader', async () => {
    graphql.on('KpiViews', () => ({ kpiViews: [] }));
    const composer = await mountPage();
    expect(composer.get('[data-testid="kpi-views-empty"]').text()).toContain('Press “New view”');
    expect(composer.find('[data-testid="kpi-new"]').exists()).toBe(true);
    composer.unmount();
    fake.roles = ['board_member'];
    const reader = await mountPage();
    expect(reader.get('[data-testid="kpi-views-empty"]').text()).toContain(
      'When the compliance service shares',
    );
    expect(reader.find('[data-testid="kpi-new"]').exists()).toBe(false);
    reader.unmount();
  });

  it('finds views by title, and deletes one only after a confirmation, with the version it read', async () => {
    graphql.on('KpiViews', () => ({
      kpiViews: [row('a', 'Quarterly board pack', false), row('b', 'Hotline watch', true)],
    }));
    graphql.on('KpiView', () => ({ kpiView: kpiView({ id: 'a', version: 7 }) }));
    graphql.on('DeleteKpiView', () => ({ deleteKpiView: true }));
    const wrapper = await mountPage();
    expect(wrapper.findAll('[data-testid="kpi-view-row"]')).toHaveLength(2);
    await wrapper.get('#kpi-views-search').setValue('hotline');
    expect(wrapper.findAll('[data-testid="kpi-view-row"]').map((r) => r.text())).toEqual([
      expect.stringContaining('Hotline watch'),
    ]);
    // A view shared with me is not mine to delete.
    expect(wrapper.find('[data-testid="kpi-delete"]').exists()).toBe(false);
    await wrapper.get('#kpi-views-search').setValue('');
    await wrapper.get('[data-testid="kpi-delete"]').trigger('click');
    await flushPromises();
    expect(graphql.sent('DeleteKpiView')).toHaveLength(0);
    expect(document.body.textContent).toContain('The view “Quarterly board pack” is deleted');
    document.body.querySelector('[role="dialog"] form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(graphql.sent('DeleteKpiView')).toEqual([{ id: 'a', version: 7 }]);
    wrapper.unmount();
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { definitions, figure, kpiFigures, kpiView, orgUnits } from '../testing/kpi-view-fixture';
import KpiViewPage from './KpiViewPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  roles: ['compliance_head'] as string[],
  route: { params: { id: 'view-1' }, query: {} as Record<string, string> },
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
  useRoute: () => fake.route,
  useRouter: () => ({ push: vi.fn() }),
  RouterLink: (await import('@vue/test-utils')).RouterLinkStub,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['compliance_head'];
  fake.route.query = {};
  graphql.on('KpiCatalog', () => ({ kpiCatalog: definitions }));
  graphql.on('KpiViewOrgUnits', () => ({ orgUnits }));
  graphql.on('KpiOrganizations', () => ({
    kpiOrganizations: [{ id: 'org-own', own: true, name: { kk: 'Холдинг', ru: 'Холдинг', en: 'Holding' } }],
  }));
  graphql.on('KpiViewFigures', () => ({ kpiViewFigures: kpiFigures() }));
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(KpiViewPage, {
    attachTo: document.body,
    global: {
      ...options.global,
      plugins: [...options.global.plugins, createPinia()],
    },
  });
  await flushPromises();
  return wrapper;
}

describe('a KPI view (§69, §74)', () => {
  it("shows a subsidiary's figures on request, and drills into the subsidiary's units", async () => {
    graphql.on('KpiView', () => ({ kpiView: kpiView() }));
    graphql.on('KpiOrganizations', () => ({
      kpiOrganizations: [
        { id: 'org-own', own: true, name: { kk: 'Холдинг', ru: 'Холдинг', en: 'Holding' } },
        { id: 'org-energy', own: false, name: { kk: 'Энергия', ru: 'Энергия', en: 'Energy' } },
      ],
    }));
    const wrapper = await mountPage();
    const drills = () => wrapper.findAll('button').filter((b) => b.text() === 'By unit').length;
    const before = drills();
    const organization = wrapper
      .findAllComponents({ name: 'SelectField' })
      .find((s) => s.props('id') === 'kpi-filter-organization')!;
    organization.vm.$emit('update:modelValue', 'org-energy');
    await flushPromises();
    await wrapper.get('form.filters').trigger('submit');
    await flushPromises();
    expect(graphql.sent('KpiViewFigures').at(-1)).toEqual({
      id: 'view-1',
      filters: {
        organizationId: 'org-energy',
        orgUnitId: null,
        period: { kind: 'quarter', year: 2026, part: 3 },
      },
    });
    expect(before).toBeGreaterThan(0);
    expect(drills()).toBe(before);
    graphql.on('KpiDrillDown', () => ({
      kpiDrillDown: { code: 'training.completion', whole: figure('training.completion'), units: [] },
    }));
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'By unit')!
      .trigger('click');
    await flushPromises();
    expect(graphql.sent('KpiDrillDown')[0]!['filter']).toMatchObject({
      organizationId: 'org-energy',
      orgUnitId: null,
    });
    wrapper.unmount();
  });

  it('asks the figures of every widget in one request and names indicators by their titles', async () => {
    graphql.on('KpiView', () => ({ kpiView: kpiView() }));
    const wrapper = await mountPage();
    expect(graphql.sent('KpiViewFigures')).toHaveLength(1);
    expect(graphql.sent('KpiViewFigures')[0]).toEqual({
      id: 'view-1',
      filters: { organizationId: null, orgUnitId: null, period: { kind: 'quarter', year: 2026, part: 3 } },
    });
    expect(wrapper.findAll('[data-testid="kpi-widget"]')).toHaveLength(2);
    expect(wrapper.text()).toContain('Training completed');
    expect(wrapper.text()).toContain('< 5');
    expect(wrapper.text()).not.toContain('training.completion');
    expect(wrapper.text()).not.toContain('view-1');
    wrapper.unmount();
  });

  it('refuses a save the server answers with a widget out of place, showing the refusal at that widget', async () => {
    graphql.on('KpiView', () => ({ kpiView: kpiView() }));
    graphql.on('SaveKpiView', () => {
      throw new AdalGraphqlError('VALIDATION', 'Two widgets overlap', {
        details: { field: 'widgets.1', messageKey: 'kpi.view.widgetsOverlap', params: {} },
      });
    });
    fake.route.query = { edit: '1' };
    const wrapper = await mountPage();
    // The owner arranges the widgets on grid-layout-plus's grid, loaded when editing starts.
    await vi.waitFor(() => expect(wrapper.findAll('.vgl-item [data-testid="kpi-widget"]')).toHaveLength(2));
    await wrapper.get('[data-testid="kpi-save"]').trigger('click');
    await flushPromises();
    expect(graphql.sent('SaveKpiView')).toHaveLength(1);
    const input = graphql.sent('SaveKpiView')[0]!['input'] as { version: number; widgets: { id: string }[] };
    expect(input.version).toBe(3);
    expect(input.widgets.map((w) => w.id)).toEqual(['w-number', 'w-table']);
    const cards = wrapper.findAll('[data-testid="kpi-widget"]');
    expect(cards[0]!.find('[data-testid="kpi-widget-error"]').exists()).toBe(false);
    expect(cards[1]!.get('[data-testid="kpi-widget-error"]').text()).not.toBe('');
    // Still editing: nothing was saved.
    expect(wrapper.find('[data-testid="kpi-save"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('says someone saved a newer version when the server answers CONFLICT, and offers to reload', async () => {
    graphql.on('KpiView', () => ({ kpiView: kpiView() }));
    graphql.on('SaveKpiView', () => {
      throw new AdalGraphqlError('CONFLICT', 'stale', {
        details: { messageKey: 'kpi.view.stale', params: {} },
      });
    });
    fake.route.query = { edit: '1' };
    const wrapper = await mountPage();
    await wrapper.get('[data-testid="kpi-save"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="kpi-stale"]').text()).toContain('Someone saved a newer version');
    expect(wrapper.get('[data-testid="kpi-save"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('lets those it is shared with read, filter and export it, with no edit controls', async () => {
    fake.roles = ['first_head'];
    graphql.on('KpiView', () => ({ kpiView: kpiView({ canEdit: false, canSignOff: false, shares: null }) }));
    fake.route.query = { edit: '1' };
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('Aigerim Head shared this view with you');
    expect(wrapper.find('[data-testid="kpi-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="kpi-share"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="kpi-save"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="kpi-remove-widget"]').exists()).toBe(false);
    expect(wrapper.find('.vgl-layout').exists()).toBe(false);
    expect(wrapper.find('[data-testid="kpi-sign-off-button"]').exists()).toBe(false);
    const labels = wrapper.findAll('button').map((b) => b.text());
    expect(labels).not.toContain('Write commentary');
    expect(labels).not.toContain('Edit commentary');
    expect(labels).toContain('Export PDF');
    // The owner's commentary is read.
    expect(wrapper.text()).toContain('Up from last quarter.');
    wrapper.unmount();
  });

  it('shows who signed the period off, and no sign-off button then', async () => {
    graphql.on('KpiView', () => ({ kpiView: kpiView() }));
    graphql.on('KpiViewFigures', () => ({
      kpiViewFigures: kpiFigures({
        frozen: true,
        signOff: {
          periodKey: '2026-Q3',
          signedBy: { id: 'h', fullName: 'Dana Head' },
          signedAt: '2026-10-05T06:00:00Z',
          viewVersion: 3,
        },
      }),
    }));
    const wrapper = await mountPage();
    expect(wrapper.get('[data-testid="kpi-sign-off"]').text()).toContain('Signed off by Dana Head');
    expect(wrapper.find('[data-testid="kpi-sign-off-button"]').exists()).toBe(false);
    // A signed-off period's commentary no longer changes.
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Edit commentary');
    wrapper.unmount();
  });
});

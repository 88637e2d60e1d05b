import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import DashboardPage from './DashboardPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { viewer: { id: 'p-first', roles: ['first_head'] }, graphqlUrl: '/graphql', token: 't' },
}));
vi.mock('@adal/sdk', async (importOriginal) => {
  const { defineComponent, h } = await import('vue');
  return {
    ...(await importOriginal<Record<string, unknown>>()),
    useGraphql: () => fake.current!.client,
    useAdalContext: () => fake.context,
    // The canvas is not drawn here: the chart is its label, as a screen reader meets it.
    AdalChart: defineComponent({
      props: {
        option: { type: Object, default: null },
        label: { type: String, default: '' },
        height: { type: String, default: '' },
      },
      setup: (props) => () => h('div', { role: 'img', 'aria-label': props.label }),
    }),
  };
});

const cell = (key: string, count: number | null, display: string) => ({ key, count, display });
let graphql: FakeGraphql;

const month = (key: string, received: [number | null, string], others: [number | null, string]) => ({
  month: key,
  received: cell(key, ...received),
  acknowledgedInTime: cell(key, ...others),
  processedInTime: cell(key, ...others),
  substantiated: cell(key, ...others),
});

function trends(exact: boolean) {
  return {
    hotlineTrends: {
      exact,
      firstDay: '2026-02-01',
      lastDay: '2026-03-31',
      total: cell('total', 27, '27'),
      months: exact
        ? [month('2026-02', [20, '20'], [3, '3']), month('2026-03', [7, '7'], [0, '0'])]
        : [month('2026-02', [20, '20'], [null, '< 5']), month('2026-03', [7, '7'], [0, '0'])],
      byCategory: [
        cell('corruption', 11, '11'),
        cell('conflict_of_interest', exact ? 3 : null, exact ? '3' : '< 5'),
      ],
      byChannel: [cell('web', 24, '24'), cell('phone', exact ? 3 : null, exact ? '3' : '< 5')],
      byOrgUnit: [
        { ...cell('u-sales', 20, '20'), names: { kk: 'Сату', ru: 'Продажи', en: 'Sales' } },
        { ...cell('none', 7, '7'), names: null },
      ],
    },
  };
}

beforeEach(() => {
  fake.context.viewer.roles = ['first_head'];
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('GetHotlineTrends', () => trends(false))
    .on('GetHotlineDashboard', () => ({
      hotlineDashboard: {
        total: cell('total', 27, '27'),
        byStatus: [cell('received', null, '< 5'), cell('in_progress', 9, '9'), cell('closed', 15, '15')],
        byCategory: [cell('corruption', 11, '11'), cell('conflict_of_interest', null, '< 5')],
        byAge: [cell('0-7', null, '< 5'), cell('90+', 0, '0')],
        overdueAcknowledgements: cell('overdue', null, '< 5'),
        awaitingAlternateHandler: cell('awaiting_alternate_handler', 0, '0'),
        acknowledgedInTimePercent: 88.9,
        processedInTimePercent: 93.3,
      },
    }))
    .on('ListHotlineKpis', () => ({
      kpiValues: [
        {
          code: 'hotline.acknowledged_in_time',
          value: 88.9,
          target: 100,
          met: false,
          numerator: 24,
          denominator: 27,
          suppressed: false,
        },
        {
          code: 'hotline.processed_in_time',
          value: 100,
          target: 100,
          met: true,
          numerator: 15,
          denominator: 15,
          suppressed: false,
        },
        {
          code: 'hotline.recommendations_on_time',
          value: null,
          target: 100,
          met: null,
          numerator: 0,
          denominator: 0,
          suppressed: false,
        },
        {
          code: 'hotline.reports_count',
          value: 27,
          target: null,
          met: null,
          numerator: null,
          denominator: null,
          suppressed: false,
        },
      ],
    }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('DashboardPage', () => {
  it('shows small cells as “< 5”, the deadlines kept and the KPIs against their targets', async () => {
    const options = withPlugin();
    const wrapper = mount(DashboardPage, {
      attachTo: document.body,
      global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/dashboard')] },
    });
    await flushPromises();
    const rows = (id: string) =>
      wrapper.findAll(`[aria-labelledby="${id}-heading"] tbody tr`).map((row) => row.text());
    expect(rows('by-status')).toEqual(['Received< 5', 'Under check9', 'Closed15']);
    expect(rows('by-category')).toEqual(['Corruption11', 'Conflict of interest< 5']);
    expect(rows('by-age')).toEqual(['Up to 7 days< 5', 'Over 90 days0']);
    const text = wrapper.text();
    expect(text).toContain('Open reports with acknowledgement overdue< 5');
    expect(text).toContain('Acknowledged in time88.9 %');

    const tiles = wrapper.findAll('article').map((tile) => tile.text());
    expect(tiles[0]).toBe('Reports acknowledged within the set deadline88.9 %Target: 100 %Target not met');
    expect(tiles[1]).toContain('Target met');
    expect(tiles[2]).toBe('Recommendations implemented on time—Target: 100 %');
    expect(tiles[3]).toBe('Reports in the period27');
    expect(text).not.toContain('wait for an alternate handler');
    // The first head's figures end with yesterday, as the KPIs do, and both kinds of hidden cell are explained.
    expect(text).toContain('Like the KPIs above, these figures count whole days up to yesterday.');
    expect(text).toContain('“≥ 5” means 5 or more');
    wrapper.unmount();
  });

  it('tells the compliance head that her figures, unlike the KPIs, include today, and who names an alternate handler', async () => {
    fake.context.viewer.roles = ['compliance_head'];
    graphql.on('GetHotlineDashboard', () => ({
      hotlineDashboard: {
        total: cell('total', 18, '18'),
        byStatus: [],
        byCategory: [],
        byAge: [],
        overdueAcknowledgements: cell('overdue', 0, '0'),
        awaitingAlternateHandler: cell('awaiting_alternate_handler', null, '< 5'),
        acknowledgedInTimePercent: null,
        processedInTimePercent: null,
      },
    }));
    const options = withPlugin();
    const wrapper = mount(DashboardPage, {
      attachTo: document.body,
      global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/dashboard')] },
    });
    await flushPromises();
    expect(wrapper.text()).toContain('Unlike the KPIs above, these figures include today’s reports.');
    const notice = wrapper.find('[role="note"]');
    expect(notice.text()).toContain('The first head names the alternate handler in the hotline settings.');
    expect(notice.find('a').exists()).toBe(false);
    wrapper.unmount();
  });

  it('flags cases that name the compliance head and wait for an alternate handler, with the way to name one', async () => {
    graphql.on('GetHotlineDashboard', () => ({
      hotlineDashboard: {
        total: cell('total', 6, '6'),
        byStatus: [],
        byCategory: [],
        byAge: [],
        overdueAcknowledgements: cell('overdue', 0, '0'),
        awaitingAlternateHandler: cell('awaiting_alternate_handler', null, '< 5'),
        acknowledgedInTimePercent: null,
        processedInTimePercent: null,
      },
    }));
    const options = withPlugin();
    const wrapper = mount(DashboardPage, {
      attachTo: document.body,
      global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/dashboard')] },
    });
    await flushPromises();
    const notice = wrapper.find('[role="note"]');
    expect(notice.text()).toContain(
      'Open cases that name the compliance head and wait for an alternate handler: < 5.',
    );
    expect(notice.find('a').attributes('href')).toBe('/settings');
    wrapper.unmount();
  });

  it('shows the figures the server withholds as withheld, saying why, and a withheld share without its target being met', async () => {
    graphql.on('ListHotlineKpis', () => ({
      kpiValues: [
        {
          code: 'hotline.acknowledged_in_time',
          value: null,
          target: 100,
          met: null,
          numerator: null,
          denominator: null,
          suppressed: true,
        },
        {
          code: 'hotline.reports_count',
          value: null,
          target: null,
          met: null,
          numerator: null,
          denominator: null,
          suppressed: true,
        },
      ],
    }));
    const options = withPlugin();
    const wrapper = mount(DashboardPage, {
      attachTo: document.body,
      global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/dashboard')] },
    });
    await flushPromises();
    const tiles = wrapper.findAll('article').map((tile) => tile.text());
    const why = 'Not shown: it counts 1 to 4 cases, or its first or last day holds 1 to 4.';
    expect(tiles[0]).toBe(`Reports acknowledged within the set deadlineWithheld${why}Target: 100 %`);
    expect(tiles.at(-1)).toBe(`Reports in the periodWithheld${why}`);
    wrapper.unmount();
  });

  it('draws the trend by month and the breakdowns as charts, each with its table, small counts as “< 5”', async () => {
    const options = withPlugin();
    const wrapper = mount(DashboardPage, {
      attachTo: document.body,
      global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/dashboard')] },
    });
    await flushPromises();
    const trend = wrapper.find('[aria-labelledby="trend-heading"]');
    expect(trend.find('[role="img"]').attributes('aria-label')).toBe(
      'Trend by month: February 2026: Received 20; March 2026: Received 7',
    );
    const toggle = trend.find('button[aria-controls="trend-table"]');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(toggle.text()).toBe('Show as a chart');
    expect(trend.findAll('tbody tr').map((row) => row.text())).toEqual([
      'February 202620< 5< 5< 5',
      'March 20267000',
    ]);
    const rows = (id: string) =>
      wrapper.findAll(`[aria-labelledby="${id}-heading"] tbody tr`).map((row) => row.text());
    expect(rows('by-channel')).toEqual(['Web form24', 'Phone< 5']);
    expect(rows('by-org-unit')).toEqual(['Sales20', 'Nobody named yet7']);
    // The first head sees figures only, never the cases behind them.
    expect(trend.findAll('tbody button')).toHaveLength(0);
    wrapper.unmount();
  });

  it('lets the compliance head open the cases behind a figure', async () => {
    fake.context.viewer.roles = ['compliance_head'];
    graphql.on('GetHotlineTrends', () => trends(true));
    graphql.on('ListHotlineFigureCases', (variables) => {
      expect(variables).toMatchObject({ month: '2026-02', measure: 'acknowledged_in_time' });
      return {
        hotlineFigureCases: [
          { id: 'c1', number: 'HL-2026-0003' },
          { id: 'c2', number: 'HL-2026-0004' },
          { id: 'c3', number: 'HL-2026-0009' },
        ],
      };
    });
    const options = withPlugin();
    const wrapper = mount(DashboardPage, {
      attachTo: document.body,
      global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/dashboard')] },
    });
    await flushPromises();
    const open = wrapper.find('button[aria-label="February 2026: Acknowledged in time: 3. Open the cases"]');
    await open.trigger('click');
    await flushPromises();
    const panel = wrapper.find('[aria-labelledby="figure-cases-heading"]');
    expect(panel.find('h2').text()).toBe('Cases behind “February 2026: Acknowledged in time”');
    expect(panel.findAll('li a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['HL-2026-0003', '/cases/c1'],
      ['HL-2026-0004', '/cases/c2'],
      ['HL-2026-0009', '/cases/c3'],
    ]);
    wrapper.unmount();
  });

  it('shows an investigator the exact trends of her own cases, with the cases behind them, and no organisation-wide figure', async () => {
    fake.context.viewer.roles = ['hotline_investigator'];
    graphql.on('GetHotlineTrends', () => trends(true));
    const options = withPlugin();
    const wrapper = mount(DashboardPage, {
      attachTo: document.body,
      global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/dashboard')] },
    });
    await flushPromises();
    expect(graphql.sent('GetHotlineDashboard')).toEqual([]);
    expect(graphql.sent('ListHotlineKpis')).toEqual([]);
    expect(wrapper.find('#kpi-heading').exists()).toBe(false);
    expect(wrapper.text()).toContain('The figures of the cases assigned to you');
    expect(wrapper.find('a[href="/quarterly-reports"]').exists()).toBe(false);
    expect(wrapper.find('button[aria-label="Phone: 3. Open the cases"]').exists()).toBe(true);
    wrapper.unmount();
  });
});

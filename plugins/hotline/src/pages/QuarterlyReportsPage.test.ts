import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import QuarterlyReportsPage from './QuarterlyReportsPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  downloads: [] as { path: string; query: Record<string, string | null> | undefined }[],
  context: {
    viewer: { id: 'p-head', roles: ['compliance_head'] as string[] },
    graphqlUrl: '/graphql',
    token: 't',
  },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
  downloadFromGateway: async (request: { path: string; query?: Record<string, string | null> }) => {
    fake.downloads.push({ path: request.path, query: request.query });
    return 'saved';
  },
}));

const report = (id: string, quarter: string, by: string | null) => ({
  id,
  quarter,
  firstDay: `${quarter.slice(0, 4)}-01-01`,
  lastDay: `${quarter.slice(0, 4)}-03-31`,
  generatedAt: '2026-04-01T03:00:00Z',
  generatedBy: by ? { id: 'p1', fullName: by } : null,
});
let graphql: FakeGraphql;

beforeEach(() => {
  fake.downloads.length = 0;
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ListHotlineQuarterlyReports', () => ({
    hotlineQuarterlyReports: [report('r1', '2026-Q1', null)],
  }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountPage(locale: 'en' | 'ru' = 'en') {
  const options = withPlugin(locale);
  const wrapper = mount(QuarterlyReportsPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/quarterly-reports')] },
  });
  await flushPromises();
  return wrapper;
}

describe('QuarterlyReportsPage', () => {
  it('lists the kept reports, made by the schedule or a person, and downloads each in the reader’s language', async () => {
    const wrapper = await mountPage('ru');
    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.find('th').text()).toBe('1-й квартал 2026 г.');
    expect(rows[0]?.text()).toContain('По расписанию');
    await wrapper.find('button[aria-label="Скачать отчёт за 1-й квартал 2026 г. в PDF"]').trigger('click');
    await wrapper.find('button[aria-label="Скачать отчёт за 1-й квартал 2026 г. в XLSX"]').trigger('click');
    await flushPromises();
    expect(fake.downloads).toEqual([
      { path: '/hotline/quarterly-reports/r1.pdf', query: { lang: 'ru' } },
      { path: '/hotline/quarterly-reports/r1.xlsx', query: { lang: 'ru' } },
    ]);
    wrapper.unmount();
  });

  it('makes a report of the chosen quarter, lists it first and says it is ready', async () => {
    graphql.on('GenerateHotlineQuarterlyReport', ({ quarter }) => ({
      generateHotlineQuarterlyReport: {
        ...report('r2', String(quarter), 'Гүлнар Әлиева'),
        generatedAt: '2026-05-01T03:00:00Z',
      },
    }));
    const wrapper = await mountPage();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const [sent] = graphql.sent('GenerateHotlineQuarterlyReport');
    expect(String(sent?.['quarter'])).toMatch(/^\d{4}-Q[1-4]$/);
    const [year, number] = String(sent?.['quarter']).split('-Q');
    expect(wrapper.find('[role="status"]').text()).toBe(`The report for Q${number} ${year} is ready.`);
    expect(wrapper.findAll('tbody tr')[0]?.text()).toContain('Гүлнар Әлиева');
    wrapper.unmount();
  });

  it('says what to do when there is no report yet, and shows a refusal without adding a row', async () => {
    graphql.on('ListHotlineQuarterlyReports', () => ({ hotlineQuarterlyReports: [] }));
    graphql.on('GenerateHotlineQuarterlyReport', () => {
      throw new AdalGraphqlError('VALIDATION', 'Name a quarter that has begun, as 2026-Q1', {
        details: { messageKey: 'hotline.quarterlyReport.quarter' },
      });
    });
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('No quarterly report yet. Choose a quarter above and make its report.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Name a quarter that has begun, as 2026-Q1');
    expect(wrapper.findAll('tbody tr')).toHaveLength(0);
    wrapper.unmount();
  });

  it('offers the board, which reads the reports, nothing to make, and says who makes them', async () => {
    fake.context.viewer.roles = ['board_member'];
    graphql.on('ListHotlineQuarterlyReports', () => ({ hotlineQuarterlyReports: [] }));
    try {
      const wrapper = await mountPage();
      expect(wrapper.find('form').exists()).toBe(false);
      expect(wrapper.text()).toContain('No quarterly report yet. The compliance head makes them');
      wrapper.unmount();
    } finally {
      fake.context.viewer.roles = ['compliance_head'];
    }
  });
});

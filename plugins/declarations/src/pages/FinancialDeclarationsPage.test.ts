import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import FinancialDeclarationsPage from './FinancialDeclarationsPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  downloads: [] as { path: string; query: Record<string, string | null> | undefined; token: string | null }[],
  refuse: false,
  context: { graphqlUrl: '/graphql', token: 'token-hr' },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
  downloadFromGateway: async (request: {
    path: string;
    query?: Record<string, string | null>;
    token: string | null;
  }) => {
    if (fake.refuse) throw new Error('Download failed (HTTP 403)');
    fake.downloads.push({ path: request.path, query: request.query, token: request.token });
    return 'financial-declarations.xlsx';
  },
}));

const row = (personId: string, fullName: string, filing: string) => ({
  personId,
  fullName,
  orgUnitId: 'u-root',
  category: 'official',
  publicationCategory: null,
  obligedFrom: '2024-03-01',
  obligedUntil: null,
  form: '270.00',
  deadline: '2026-05-31',
  filedOn: null,
  proofId: null,
  filing,
  dutyNotice: 'sent',
  spouseNoticesPending: 0,
  reminder: null,
  reminderDueOn: null,
  trustManagementDueOn: '2024-04-01',
  trustManagementSettledOn: null,
});

let graphql: FakeGraphql;

beforeEach(() => {
  fake.downloads.length = 0;
  fake.refuse = false;
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ListFinancialOrgUnits', () => ({
    orgUnits: [
      {
        id: 'u-root',
        name: 'Бас кеңсе',
        names: { kk: 'Бас кеңсе', ru: 'Головной офис', en: 'Head office' },
        path: '/u-root/',
      },
    ],
  }));
  graphql.on('GetFinancialDeclarationStatus', () => ({
    financialDeclarationStatus: [
      row('p1', 'Дана Сейітова', 'overdue'),
      row('p2', 'Ерлан Жұмабаев', 'pending'),
    ],
  }));
  graphql.on('ListPendingFinancialNotices', () => ({ pendingFinancialNotices: [] }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountPage() {
  const options = withPlugin('ru');
  const wrapper = mount(FinancialDeclarationsPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const exportButton = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
  wrapper.findAll('button').find((b) => b.text() === 'Скачать список (XLSX)')!;

describe('FinancialDeclarationsPage: the list as a workbook (§24)', () => {
  it("asks the gateway for the year, unit and search shown, in the reader's language", async () => {
    const wrapper = await mountPage();
    await wrapper.find('#financial-search').setValue('  дана ');
    await exportButton(wrapper).trigger('click');
    await flushPromises();
    expect(fake.downloads).toEqual([
      {
        path: '/declarations/financial/status.xlsx',
        query: {
          year: String(new Date().getFullYear()),
          orgUnitId: 'u-root',
          filing: null,
          search: 'дана',
          lang: 'ru',
        },
        token: 'token-hr',
      },
    ]);
    wrapper.unmount();
  });

  it('says why when the gateway refuses it', async () => {
    fake.refuse = true;
    const wrapper = await mountPage();
    await exportButton(wrapper).trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(true);
    wrapper.unmount();
  });
});

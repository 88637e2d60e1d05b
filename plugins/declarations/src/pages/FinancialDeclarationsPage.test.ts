import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import FinancialDeclarationsPage from './FinancialDeclarationsPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  downloads: [] as { path: string; query: Record<string, string | null> | undefined; token: string | null }[],
  refuse: false,
  context: {
    graphqlUrl: '/graphql',
    token: 'token-hr',
    viewer: { id: 'hr', roles: ['employee', 'hr_officer'] as string[] },
  },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
  // Uploads go through the same fake, so that their variables (and files) are recorded too.
  uploaderFor: () => fake.current!.client,
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

const thisYear = new Date().getFullYear();
let publications: Record<string, unknown>[] = [];
const publication = (over: Record<string, unknown>) => ({
  personId: 'p1',
  fullName: 'Дана Сейітова',
  publicationCategory: 'judge',
  spouses: ['Арман Сейітов'],
  deadline: `${thisYear + 1}-12-31`,
  publishedOn: null,
  url: null,
  overdue: false,
  ...over,
});

let meetings: {
  held: boolean;
  viewerPlans?: boolean;
  viewerOpens?: boolean;
  meetings: Record<string, unknown>[];
} = {
  held: false,
  meetings: [],
};
const meeting = (over: Record<string, unknown>) => ({
  sessionId: 's-1',
  status: 'held',
  day: `${thisYear}-03-02`,
  attended: 41,
  absent: 3,
  ...over,
});

let ruleChanges: Record<string, unknown>[] = [];

let graphql: FakeGraphql;

beforeEach(() => {
  fake.context.viewer.roles = ['employee', 'hr_officer'];
  publications = [];
  meetings = { held: false, meetings: [] };
  ruleChanges = [];
  fake.downloads.length = 0;
  fake.refuse = false;
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('DeclarationOrgUnits', () => ({
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
  graphql.on('DeclarationPublications', () => ({ declarationPublications: publications }));
  // HR, the page's usual reader, neither plans training sessions nor opens them, unless a test says otherwise.
  graphql.on('DeclarationMeetings', () => ({
    declarationMeetings: { viewerPlans: false, viewerOpens: false, ...meetings },
  }));
  graphql.on('DeclarationRuleChanges', () => ({ declarationRuleChanges: ruleChanges }));
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

describe('FinancialDeclarationsPage: the 30 days to trust management (§13)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('marks them run out on the next day in Kazakhstan, while a browser in UTC is still on the last one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T20:00:00Z'));
    graphql.on('GetFinancialDeclarationStatus', () => ({
      financialDeclarationStatus: [
        { ...row('p2', 'Ерлан Жұмабаев', 'pending'), trustManagementDueOn: '2026-12-06' },
      ],
    }));
    const wrapper = await mountPage();
    const cells = wrapper.findAll('tbody tr').map((tr) => tr.text());
    expect(cells).toEqual([expect.stringContaining('Просрочено')]);
    wrapper.unmount();
  });
});

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

describe('FinancialDeclarationsPage: publication of declaration data (§29)', () => {
  const section = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
    wrapper.find('[aria-labelledby="financial-publication"]');

  it('says who appears there when nobody is to be published', async () => {
    const wrapper = await mountPage();
    expect(graphql.sent('DeclarationPublications')).toEqual([{ year: thisYear }]);
    expect(section(wrapper).text()).toContain(
      'Здесь появляются декларанты, внесённые с категорией публикации',
    );
    wrapper.unmount();
  });

  it('lists each declarant with the category in words, the spouses, the deadline and the publication', async () => {
    publications = [
      publication({ overdue: true }),
      publication({
        personId: 'p2',
        fullName: 'Ерлан Жұмабаев',
        publicationCategory: 'quasi_public_manager',
        spouses: [],
        publishedOn: `${thisYear}-05-20`,
        url: 'https://gov.kz/decl/p2',
      }),
    ];
    const wrapper = await mountPage();
    const rows = section(wrapper).findAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('Судья');
    expect(rows[0]!.text()).toContain('Арман Сейітов');
    expect(rows[0]!.text()).toContain(`31.12.${thisYear + 1}`);
    expect(rows[0]!.text()).toContain('Просрочено');
    expect(rows[0]!.text()).not.toContain('judge');
    expect(rows[1]!.text()).toContain('Руководитель в субъекте квазигосударственного сектора');
    expect(rows[1]!.text()).toContain('Супруг не указан');
    expect(rows[1]!.text()).toContain(`20.05.${thisYear}`);
    expect(rows[1]!.find('a').attributes('href')).toBe('https://gov.kz/decl/p2');
    wrapper.unmount();
  });

  it('records a publication with the day and the address, for the year shown', async () => {
    publications = [publication({})];
    graphql.on('RecordDeclarationPublication', () => ({
      recordDeclarationPublication: {
        id: 'pub-1',
        personId: 'p1',
        year: thisYear,
        publishedOn: `${thisYear}-01-15`,
        url: 'https://gov.kz/decl/p1',
      },
    }));
    const wrapper = await mountPage();
    await section(wrapper)
      .findAll('button')
      .find((b) => b.attributes('aria-label') === 'Записать публикацию: Дана Сейітова')!
      .trigger('click');
    await flushPromises();
    const form = wrapper.findAll('form').find((f) => f.find('#publication-url').exists())!;
    await form.find('#publication-url').setValue('  https://gov.kz/decl/p1 ');
    wrapper
      .findAllComponents(DatePicker)
      .find((picker) => form.element.contains(picker.element))!
      .vm.$emit('update:modelValue', new Date(thisYear, 0, 15));
    await flushPromises();
    await form.trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordDeclarationPublication')).toEqual([
      {
        input: {
          personId: 'p1',
          year: thisYear,
          publishedOn: `${thisYear}-01-15`,
          url: 'https://gov.kz/decl/p1',
        },
      },
    ]);
    expect(graphql.sent('DeclarationPublications')).toHaveLength(2);
    wrapper.unmount();
  });
});

describe("FinancialDeclarationsPage: the first head's explanatory meeting (§29)", () => {
  const section = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
    wrapper.find('[aria-labelledby="financial-declaration-meeting"]');

  it('says when it was held and who came, with a link to the training session for the first head', async () => {
    meetings = { held: true, viewerOpens: true, meetings: [meeting({})] };
    fake.context.viewer.roles = ['employee', 'first_head'];
    const wrapper = await mountPage();
    expect(graphql.sent('DeclarationMeetings')).toEqual([{ year: thisYear }]);
    const text = section(wrapper).text();
    expect(text).toContain('Разъяснительное собрание первого руководителя (§29)');
    expect(text).toContain('присутствовали 41, отсутствовали 3');
    expect(text).not.toContain('не проводилось');
    const link = section(wrapper).find('a');
    expect(link.attributes('href')).toBe('/training/sessions/s-1');
    expect(link.text()).toBe('Открыть занятие');
    wrapper.unmount();
  });

  it('warns HR that §29 recommends one a year when none was held, and says who plans it', async () => {
    meetings = {
      held: false,
      meetings: [
        meeting({ sessionId: 's-2', status: 'planned', day: `${thisYear}-11-20`, attended: 0, absent: 0 }),
      ],
    };
    const wrapper = await mountPage();
    const text = section(wrapper).text();
    // The year is not over: the meeting is not held yet, not missed.
    expect(text).toContain(`В ${thisYear} году разъяснительное собрание ещё не проводилось`);
    expect(text).toContain('§29 рекомендует первому руководителю раз в год');
    expect(text).toContain('Запланировано на');
    const hrefs = section(wrapper)
      .findAll('a')
      .map((a) => a.attributes('href'));
    // HR does not open Training's session pages: no link leads them to a refusal.
    expect(hrefs).toEqual([]);
    expect(text).toContain('Его планируют администраторы обучения или комплаенс-служба');
    wrapper.unmount();
  });
});

describe('FinancialDeclarationsPage: changes in the declaration rules (§24.1(d), §26)', () => {
  const section = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
    wrapper.find('[aria-labelledby="financial-rule-changes"]');

  it('records a change, says by when its notices are due, and lists it with the notices to send', async () => {
    graphql.on('RecordDeclarationRuleChange', () => {
      ruleChanges = [
        {
          id: 'rc-1',
          kind: 'law',
          title: 'Закон № 245-VIII',
          inForceOn: `${thisYear}-07-01`,
          noticesDueOn: `${thisYear}-08-13`,
          notices: 2,
          sent: 0,
        },
      ];
      return { recordDeclarationRuleChange: `${thisYear}-08-13` };
    });
    const wrapper = await mountPage();
    expect(graphql.sent('DeclarationRuleChanges')).toEqual([{ year: thisYear }]);
    expect(section(wrapper).text()).toContain(
      `Изменений, вступающих в силу в ${thisYear} году, не записано.`,
    );
    await section(wrapper)
      .findAll('button')
      .find((b) => b.text() === 'Записать изменение')!
      .trigger('click');
    await flushPromises();
    const form = wrapper.findAll('form').find((f) => f.find('#rule-change-title').exists())!;
    await form.find('#rule-change-title').setValue('Закон № 245-VIII');
    wrapper
      .findAllComponents(DatePicker)
      .find((picker) => form.element.contains(picker.element))!
      .vm.$emit('update:modelValue', new Date(thisYear, 6, 1));
    await flushPromises();
    await form.trigger('submit');
    await flushPromises();

    expect(graphql.sent('RecordDeclarationRuleChange')).toEqual([
      { input: { kind: 'law', title: 'Закон № 245-VIII', inForceOn: `${thisYear}-07-01`, personIds: [] } },
    ]);
    expect(section(wrapper).find('[role="status"]').text()).toBe(
      `Изменение записано. Уведомления нужно направить до 13.08.${thisYear}; они ждут в разделе «Уведомления к отправке».`,
    );
    expect(wrapper.find('#rule-change-title').exists()).toBe(false);
    expect(graphql.sent('ListPendingFinancialNotices')).toHaveLength(2);
    const row = section(wrapper).find('tbody tr');
    expect(row.text()).toContain('Изменение законодательства (§24.1(d))');
    expect(row.text()).toContain(`01.07.${thisYear}`);
    expect(row.text()).toContain('0 из 2');
    expect(row.text()).not.toContain('law');
    wrapper.unmount();
  });
});

describe('FinancialDeclarationsPage: what HR records for a declarant (§13, §16, §24.2)', () => {
  const rowActions = (wrapper: Awaited<ReturnType<typeof mountPage>>, name: string) =>
    wrapper.find(`[role="group"][aria-label="Действия: ${name}"]`);
  const open = async (wrapper: Awaited<ReturnType<typeof mountPage>>, name: string, action: string) => {
    await rowActions(wrapper, name)
      .findAll('button')
      .find((b) => b.text() === action)!
      .trigger('click');
    await flushPromises();
  };
  const dialog = (wrapper: Awaited<ReturnType<typeof mountPage>>) => wrapper.find('[role="dialog"]');
  const pickDay = async (wrapper: Awaited<ReturnType<typeof mountPage>>, day: Date) => {
    wrapper
      .findAllComponents(DatePicker)
      .find((picker) => dialog(wrapper).element.contains(picker.element))!
      .vm.$emit('update:modelValue', day);
    await flushPromises();
  };
  const chooseFile = async (wrapper: Awaited<ReturnType<typeof mountPage>>, file: File) => {
    const input = dialog(wrapper).find('input[type="file"]');
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
  };
  const submit = async (wrapper: Awaited<ReturnType<typeof mountPage>>) => {
    await dialog(wrapper).find('form').trigger('submit');
    await flushPromises();
  };

  it('§16: records a departure once the day is confirmed, then refreshes the row and the notices', async () => {
    graphql.on('RecordDeclarantDeparture', () => ({
      recordDeclarantDeparture: {
        id: 'n-16',
        personId: 'p1',
        personName: 'Дана Сейітова',
        kind: 'post_service_warning',
        recipient: 'employee',
        spouseName: null,
        ruleTitle: null,
        form: null,
        year: null,
        dueOn: `${thisYear}-06-01`,
        sentAt: null,
        signedOn: null,
        banUntil: `${thisYear + 1}-06-01`,
        standing: 'pending',
      },
    }));
    const wrapper = await mountPage();
    await open(wrapper, 'Дана Сейітова', 'Записать уход');
    expect(dialog(wrapper).text()).toContain('Дана Сейітова оставляет должность');
    await submit(wrapper);
    expect(dialog(wrapper).text()).toContain('Укажите дату ухода');

    await pickDay(wrapper, new Date(thisYear, 5, 1));
    await submit(wrapper);
    expect(dialog(wrapper).text()).toContain(`Дана Сейітова: уход с должности 01.06.${thisYear}.`);
    expect(graphql.sent('RecordDeclarantDeparture')).toEqual([]);
    // Back to the day: nothing is recorded until it is confirmed.
    await dialog(wrapper)
      .findAll('button')
      .find((b) => b.text() === 'Назад')!
      .trigger('click');
    await flushPromises();
    expect(dialog(wrapper).find('#departure-left-on').exists()).toBe(true);
    await submit(wrapper);

    const statusLoads = graphql.sent('GetFinancialDeclarationStatus').length;
    await submit(wrapper);
    expect(graphql.sent('RecordDeclarantDeparture')).toEqual([
      { personId: 'p1', leftOn: `${thisYear}-06-01` },
    ]);
    expect(graphql.sent('GetFinancialDeclarationStatus')).toHaveLength(statusLoads + 1);
    expect(graphql.sent('ListPendingFinancialNotices')).toHaveLength(2);
    expect(dialog(wrapper).exists()).toBe(false);
    expect(wrapper.find('.financial > [role="status"]').text()).toContain('Дана Сейітова: уход записан.');
    wrapper.unmount();
  });

  it("§24.2: shows a declarant's HR file of notices, each with where it stands", async () => {
    const notice = (over: Record<string, unknown>) => ({
      personId: 'p1',
      personName: 'Дана Сейітова',
      recipient: 'employee',
      spouseName: null,
      ruleTitle: null,
      form: null,
      year: null,
      dueOn: `${thisYear}-03-01`,
      sentAt: null,
      signedOn: null,
      banUntil: null,
      standing: 'pending',
      ...over,
    });
    graphql.on('FinancialNoticesOnFile', ({ personId }) => ({
      financialNotices:
        personId === 'p1'
          ? [
              notice({
                id: 'n-1',
                kind: 'duty_and_liability',
                sentAt: `${thisYear}-02-20T04:00:00Z`,
                signedOn: `${thisYear}-02-21`,
              }),
              notice({
                id: 'n-2',
                kind: 'duty_and_liability',
                recipient: 'spouse',
                spouseName: 'Арман Сейітов',
              }),
            ]
          : [],
    }));
    const wrapper = await mountPage();
    await open(wrapper, 'Дана Сейітова', 'Уведомления в деле');
    expect(graphql.sent('FinancialNoticesOnFile')).toEqual([{ personId: 'p1' }]);
    const items = dialog(wrapper).findAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]!.text()).toContain(`Подписано 21.02.${thisYear}`);
    expect(items[1]!.text()).toContain('Супруг(а): Арман Сейітов');
    expect(items[1]!.text()).toContain(`Ещё не отправлено; срок 01.03.${thisYear}`);
    wrapper.unmount();
  });

  it("§16: says in the reader's language why a departure is refused, and refreshes nothing", async () => {
    graphql.on('RecordDeclarantDeparture', () => {
      throw new AdalGraphqlError('CONFLICT', 'The departure of this person is recorded already', {
        details: { messageKey: 'financial.declarant.alreadyLeft' },
      });
    });
    const wrapper = await mountPage();
    await open(wrapper, 'Дана Сейітова', 'Записать уход');
    await pickDay(wrapper, new Date(thisYear, 5, 1));
    await submit(wrapper);
    await submit(wrapper);
    expect(dialog(wrapper).find('[role="alert"]').text()).toContain('Уход этого лица уже записан');
    expect(graphql.sent('ListPendingFinancialNotices')).toHaveLength(1);
    expect(wrapper.find('.financial > [role="status"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('§24.2: uploads the proof a declarant brought on paper, for their form and the year shown', async () => {
    graphql.on('RecordFilingProof', () => ({ recordFilingProof: 'proof-1' }));
    const wrapper = await mountPage();
    await open(wrapper, 'Ерлан Жұмабаев', 'Загрузить подтверждение');
    expect(dialog(wrapper).text()).toContain(`Ерлан Жұмабаев: форма 270.00 за ${thisYear} год.`);
    await pickDay(wrapper, new Date(thisYear, 0, 20));
    await submit(wrapper);
    expect(dialog(wrapper).text()).toContain('Выберите скан квитанции');
    expect(graphql.sent('RecordFilingProof')).toEqual([]);

    const receipt = new File(['%PDF-1.7'], 'receipt.pdf', { type: 'application/pdf' });
    await chooseFile(wrapper, receipt);
    await submit(wrapper);
    expect(graphql.sent('RecordFilingProof')).toEqual([
      {
        input: { personId: 'p2', form: '270.00', year: thisYear, filedOn: `${thisYear}-01-20` },
        file: receipt,
      },
    ]);
    expect(graphql.sent('ListPendingFinancialNotices')).toHaveLength(2);
    expect(wrapper.find('.financial > [role="status"]').text()).toBe(
      'Ерлан Жұмабаев: подтверждение подачи записано.',
    );
    wrapper.unmount();
  });

  it('§13: records trust management with the contract, or with nothing to transfer and no file', async () => {
    graphql.on('RecordTrustManagement', (variables) => ({
      recordTrustManagement: variables['settledOn'],
    }));
    const wrapper = await mountPage();
    await open(wrapper, 'Дана Сейітова', 'Записать доверительное управление');
    expect(dialog(wrapper).text()).toContain('до 01.04.2024');
    const contract = new File(['%PDF-1.7'], 'contract.pdf', { type: 'application/pdf' });
    await pickDay(wrapper, new Date(2024, 2, 20));
    await chooseFile(wrapper, contract);
    await submit(wrapper);

    await open(wrapper, 'Ерлан Жұмабаев', 'Записать доверительное управление');
    await dialog(wrapper).find('#hr-trust-nothing').setValue(true);
    expect(dialog(wrapper).find('input[type="file"]').exists()).toBe(false);
    await pickDay(wrapper, new Date(2024, 2, 25));
    await submit(wrapper);
    expect(graphql.sent('RecordTrustManagement')).toEqual([
      { personId: 'p1', settledOn: '2024-03-20', nothingToTransfer: false, file: contract },
      { personId: 'p2', settledOn: '2024-03-25', nothingToTransfer: true, file: null },
    ]);
    wrapper.unmount();
  });
});

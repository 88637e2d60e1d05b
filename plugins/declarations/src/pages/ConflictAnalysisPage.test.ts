import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import Select from 'primevue/select';
import { SEARCH_DELAY_MS, formatDateTime, formatDay, type AdalLocale, type AdalRole } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import ConflictAnalysisPage from './ConflictAnalysisPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null, roles: [] as string[] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'officer', roles: fake.roles }, locale: 'en' }),
}));

const HEAD = { id: 'head', fullName: 'Нұрлан Сейітов' };
const SECURITY = { id: 'security', fullName: 'Гүлнар Омарова' };
const OFFICER = { id: 'officer', fullName: 'Айгүл Серікова' };

/** Two matches as the server orders them: the one in one reporting line first. */
function matches(iins: boolean) {
  return [
    {
      kind: 'same_iin',
      declarant: { id: 'd1', fullName: 'Ерлан Жақсылықов' },
      relatedPersonId: 'rp1',
      relatedPersonName: 'Асқар Жақсылықов',
      relation: 'sibling_full',
      employee: { id: 'e1', fullName: 'Асқар Жақсылықов' },
      employeeIin: iins ? '900101300123' : null,
      listed: null,
      sameReportingLine: true,
    },
    {
      kind: 'same_name_and_birth_date',
      declarant: { id: 'd2', fullName: 'Мария Ким' },
      relatedPersonId: 'rp2',
      relatedPersonName: 'Олег Ким',
      relation: 'spouse',
      employee: { id: 'e2', fullName: 'Олег Ким' },
      employeeIin: iins ? '850505300456' : null,
      listed: null,
      sameReportingLine: false,
    },
  ].map((match) => ({ ...match, source: 'employee' }));
}

/** The lists' matches, after the staff's: a brother who founded a supplier, a friend working at one, an employee dismissed before. */
function listedMatches(iins: boolean) {
  const listed = {
    fullName: 'Асқар Жақсылықов',
    iin: iins ? '900101300123' : null,
    birthDate: null,
    companyName: 'ТОО «Құрылыс Сервис»',
    bin: '150540000007',
    role: 'founder',
    dismissedOn: null,
    employer: null,
    row: 2,
  };
  const common = { employee: null, employeeIin: null, sameReportingLine: false };
  return [
    {
      ...common,
      kind: 'same_iin',
      source: 'supplier',
      declarant: { id: 'd1', fullName: 'Ерлан Жақсылықов' },
      relatedPersonId: 'rp1',
      relatedPersonName: 'Асқар Жақсылықов',
      relation: 'sibling_full',
      listed,
    },
    {
      ...common,
      kind: 'same_bin',
      source: 'supplier',
      declarant: { id: 'd2', fullName: 'Мария Ким' },
      relatedPersonId: 'rp3',
      relatedPersonName: 'Дана Ли',
      relation: 'friend',
      listed: { ...listed, fullName: 'Басқа Адам', iin: null },
    },
    {
      ...common,
      kind: 'same_name_and_birth_date',
      source: 'corruption_dismissal',
      declarant: { id: 'd3', fullName: 'Болат Әли' },
      relatedPersonId: null,
      relatedPersonName: 'Болат Әли',
      relation: 'self',
      listed: {
        ...listed,
        fullName: 'БОЛАТ ӘЛИ',
        iin: null,
        birthDate: '1980-03-31',
        companyName: null,
        bin: null,
        role: null,
        dismissedOn: '2024-05-20',
        employer: 'ГУ «Акимат»',
        row: 7,
      },
    },
  ];
}

interface Analysis {
  quarter: string;
  iinAccessNeedsMemo: boolean;
  memo: null | {
    memoNumber: string;
    memoDate: string;
    firstHead: typeof HEAD;
    securityOfficer: typeof SECURITY;
    recordedAt: string;
  };
  reviewedAt: string | null;
  reviewedBy: typeof OFFICER | null;
  matchesReviewed: number | null;
  findings: string | null;
}

/** The server: a state body, its quarters' analyses kept between requests. */
let analyses: Map<string, Analysis>;
let found: (iins: boolean) => object[];
let graphql: FakeGraphql;

function analysisOf(quarter: string): Analysis {
  const existing = analyses.get(quarter);
  if (existing) return existing;
  const blank: Analysis = {
    quarter,
    iinAccessNeedsMemo: true,
    memo: null,
    reviewedAt: null,
    reviewedBy: null,
    matchesReviewed: null,
    findings: null,
  };
  analyses.set(quarter, blank);
  return blank;
}

beforeEach(() => {
  // 01:00 on 1 October in Kazakhstan (UTC+5), still 30 September in UTC: the third quarter has ended.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-09-30T20:00:00Z'));
  analyses = new Map();
  found = matches;
  fake.roles = ['compliance_officer'];
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ConflictQuarterlyAnalysis', ({ quarter }) => {
    const analysis = analysisOf(String(quarter));
    const iinsShown = !analysis.iinAccessNeedsMemo || analysis.memo !== null;
    return {
      conflictQuarterlyAnalysis: analysis,
      conflictMatches: { quarter, iinsShown, matches: found(iinsShown) },
    };
  });
  graphql.on('RecordConflictIinAccessMemo', ({ quarter, input }) => {
    const analysis = analysisOf(String(quarter));
    const memo = input as { memoNumber: string; memoDate: string };
    analysis.memo = {
      memoNumber: memo.memoNumber,
      memoDate: memo.memoDate,
      firstHead: HEAD,
      securityOfficer: SECURITY,
      recordedAt: '2026-10-01T04:00:00Z',
    };
    return { recordConflictIinAccessMemo: analysis };
  });
  graphql.on('ReviewConflictQuarterlyAnalysis', ({ quarter, findings, matchesReviewed }) => {
    const analysis = analysisOf(String(quarter));
    Object.assign(analysis, {
      reviewedAt: '2026-10-01T05:30:00Z',
      reviewedBy: OFFICER,
      findings,
      matchesReviewed,
    });
    return { reviewConflictQuarterlyAnalysis: analysis };
  });
  graphql.on('ConflictWatchlists', () => ({
    conflictWatchlists: [
      { kind: 'supplier_people', columns: ['bin', 'company', 'full_name', 'iin'], loaded: null },
      { kind: 'corruption_dismissals', columns: ['full_name', 'iin'], loaded: null },
    ],
  }));
  graphql.on('SearchPeople', ({ search }) => ({
    people: [HEAD, SECURITY]
      .filter((person) => person.fullName.toLowerCase().includes(String(search).toLowerCase()))
      .map((person) => ({
        ...person,
        email: `${person.id}@example.kz`,
        orgUnit: { id: 'unit', names: { kk: 'Басшылық', ru: 'Руководство', en: 'Management' } },
      })),
  }));
});

afterEach(() => {
  vi.useRealTimers();
});

async function mountPage(roles: AdalRole[] = ['compliance_officer'], locale: AdalLocale = 'en') {
  fake.roles = roles;
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(ConflictAnalysisPage, {
    attachTo: document.body,
    global: {
      ...options.global,
      plugins: [...options.global.plugins, createPinia()],
      stubs: { RouterLink: { template: '<a><slot /></a>' } },
    },
  });
  await flushPromises();
  return wrapper;
}
type Page = Awaited<ReturnType<typeof mountPage>>;

const rows = (wrapper: Page) => wrapper.findAll('.matches tbody tr');
const button = (wrapper: Page, label: string) => wrapper.findAll('button').find((b) => b.text() === label);

/** Types into a person picker, waits for the search and takes the first match. */
async function pick(wrapper: Page, id: string, text: string): Promise<void> {
  await wrapper.find(`#${id}`).setValue(text);
  await new Promise((resolve) => setTimeout(resolve, SEARCH_DELAY_MS + 20));
  await flushPromises();
  await wrapper.find(`#${id}-matches [role="option"]`).trigger('click');
  await flushPromises();
}

describe('ConflictAnalysisPage (§14: the quarterly analysis of conflicts of interest)', () => {
  it('opens on the quarter that ended in Kazakhstan and lists its matches, one reporting line flagged in words', async () => {
    const wrapper = await mountPage();
    expect(graphql.sent('ConflictQuarterlyAnalysis')).toEqual([{ quarter: '2026-Q3' }]);
    expect(wrapper.find('#analysis-quarter').text()).toContain('Q3 2026');

    expect(wrapper.find('.count').text()).toBe('2 matches, 1 of them in one reporting line');
    const [first, second] = rows(wrapper);
    expect(first!.classes()).toContain('same-line');
    expect(first!.findAll('th, td').map((cell) => cell.text())).toEqual([
      'Ерлан Жақсылықов',
      'Асқар Жақсылықов',
      'Brother or sister',
      'Асқар Жақсылықов',
      'Hidden until the memo',
      'The same IIN',
      'In one reporting line',
    ]);
    expect(second!.classes()).not.toContain('same-line');
    expect(second!.find('td:last-child').text()).toBe('Not in one line');
    expect(second!.text()).toContain('The same full name and date of birth');
    // The stored codes are never shown.
    expect(wrapper.text()).not.toMatch(/same_iin|sibling_full|spouse\b/);

    // Another quarter is asked for when chosen.
    wrapper.findComponent(Select).vm.$emit('update:modelValue', '2026-Q2');
    await flushPromises();
    expect(graphql.sent('ConflictQuarterlyAnalysis')).toEqual([
      { quarter: '2026-Q3' },
      { quarter: '2026-Q2' },
    ]);
    wrapper.unmount();
  });

  it('says who a declared person turned out to be on the lists: at a supplier, or dismissed for corruption', async () => {
    found = (iins) => [...matches(iins), ...listedMatches(iins)];
    const wrapper = await mountPage();
    expect(wrapper.find('.count').text()).toBe('5 matches, 1 of them in one reporting line');
    const cells = rows(wrapper)
      .slice(2)
      .map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(cells).toEqual([
      [
        'Ерлан Жақсылықов',
        'Асқар Жақсылықов',
        'Brother or sister',
        'Асқар Жақсылықов, founder of the supplier ТОО «Құрылыс Сервис» (BIN 150540000007)',
        'Hidden until the memo',
        'The same IIN',
        'Not in one line',
      ],
      [
        'Мария Ким',
        'Дана Ли',
        expect.any(String),
        'Works at the supplier ТОО «Құрылыс Сервис» (BIN 150540000007)',
        'Hidden until the memo',
        'The BIN of where they work',
        'Not in one line',
      ],
      [
        'Болат Әли',
        'Болат Әли',
        'The employee themself',
        `Dismissed for corruption · ${formatDay('2024-05-20', 'en')} · ГУ «Акимат»`,
        'Hidden until the memo',
        'The same full name and date of birth',
        'Not in one line',
      ],
    ]);
    expect(wrapper.text()).not.toMatch(/same_bin|corruption_dismissal|supplier_people|\bself\b/);
    wrapper.unmount();
  });

  it('says in a state body which memo opens the IINs and who signs it, and records it', async () => {
    const wrapper = await mountPage();
    const notice = wrapper.find('.memo-needed');
    expect(notice.text()).toContain('IINs are hidden for Q3 2026');
    expect(notice.text()).toContain(
      'only by an official memo signed with the consent of the first head and of the official responsible for information security',
    );

    await button(wrapper, 'Record the memo')!.trigger('click');
    await flushPromises();
    const dialog = () => wrapper.find('[role="dialog"]');
    await dialog().find('form').trigger('submit');
    await flushPromises();
    // Nothing is sent without the number, the date and both people.
    expect(graphql.sent('RecordConflictIinAccessMemo')).toEqual([]);
    expect(dialog().text()).toContain('Choose the first head');

    await wrapper.find('#iin-memo-number').setValue('СЗ-14/7');
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 8, 29));
    await pick(wrapper, 'iin-memo-first-head', 'Нұрлан');
    await pick(wrapper, 'iin-memo-security-officer', 'Гүлнар');
    await dialog().find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordConflictIinAccessMemo')).toEqual([
      {
        quarter: '2026-Q3',
        input: {
          memoNumber: 'СЗ-14/7',
          memoDate: '2026-09-29',
          firstHeadId: 'head',
          securityOfficerId: 'security',
        },
      },
    ]);
    // The matches are asked for again: now with the IINs, and the memo named in words.
    expect(graphql.sent('ConflictQuarterlyAnalysis')).toHaveLength(2);
    expect(wrapper.find('.memo-needed').exists()).toBe(false);
    expect(wrapper.find('.memo').text()).toBe(
      `IINs are shown by memo No. СЗ-14/7 of ${formatDay('2026-09-29', 'en')}, with the consent of the first head, Нұрлан Сейітов, and of the official responsible for information security, Гүлнар Омарова. Recorded ${formatDateTime('2026-10-01T04:00:00Z', 'en')}.`,
    );
    expect(rows(wrapper)[0]!.text()).toContain('900101300123');
    expect(wrapper.text()).not.toContain('Hidden until the memo');
    wrapper.unmount();
  });

  it('marks the quarter reviewed with the findings and the count shown, then shows the review read-only', async () => {
    const wrapper = await mountPage();
    const count = wrapper.find('#analysis-matches-reviewed');
    expect((count.element as HTMLInputElement).value).toBe('2');

    await wrapper.find('form.review').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ReviewConflictQuarterlyAnalysis')).toEqual([]);
    expect(wrapper.find('form.review').text()).toContain('Fill this in');

    await wrapper
      .find('#analysis-findings')
      .setValue('  Ерлан Жақсылықов manages his brother: case opened, transfer proposed.  ');
    await wrapper.find('form.review').trigger('submit');
    await flushPromises();
    expect(graphql.sent('ReviewConflictQuarterlyAnalysis')).toEqual([
      {
        quarter: '2026-Q3',
        findings: 'Ерлан Жақсылықов manages his brother: case opened, transfer proposed.',
        matchesReviewed: 2,
      },
    ]);

    expect(wrapper.find('form.review').exists()).toBe(false);
    expect(wrapper.find('textarea').exists()).toBe(false);
    const reviewed = wrapper.find('.reviewed');
    expect(reviewed.findAll('dt, dd').map((cell) => cell.text())).toEqual([
      'Reviewed by',
      'Айгүл Серікова',
      'Reviewed on',
      formatDateTime('2026-10-01T05:30:00Z', 'en'),
      'Matches reviewed',
      '2',
      'Findings',
      'Ерлан Жақсылықов manages his brother: case opened, transfer proposed.',
    ]);
    expect(wrapper.find('[role="status"]').text()).toBe('The quarter’s analysis is marked reviewed.');
    wrapper.unmount();
  });

  it('says what no match means, and offers the auditor neither the memo nor the review', async () => {
    found = () => [];
    const wrapper = await mountPage(['auditor']);
    expect(rows(wrapper)).toHaveLength(0);
    expect(wrapper.text()).toContain(
      'No match in Q3 2026: no relative or linked person that employees have declared works in the organisation, and nobody is on the loaded lists below',
    );
    expect(wrapper.find('.memo-needed').text()).toContain('The responsible unit records the memo.');
    expect(button(wrapper, 'Record the memo')).toBeUndefined();
    expect(wrapper.find('form.review').exists()).toBe(false);
    expect(wrapper.text()).toContain('Q3 2026 is not reviewed yet.');
    wrapper.unmount();
  });

  it('speaks Kazakh only on a Kazakh page', async () => {
    found = (iins) => [...matches(iins), ...listedMatches(iins)];
    const wrapper = await mountPage(['compliance_head'], 'kk');
    expect(wrapper.find('#analysis-quarter').text()).toContain('2026 ж. 3-тоқсан');
    expect(rows(wrapper)[0]!.find('td:last-child').text()).toBe('Бір бағыныстылық желісінде');
    expect(wrapper.text()).not.toMatch(/[A-Za-z]/);
    wrapper.unmount();
  });
});

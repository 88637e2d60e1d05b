import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { usePublicHolidaysStore } from '../stores/public-holidays';
import HolidayCalendar from './HolidayCalendar.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: {
    viewer: { id: 'p-x', fullName: 'X', roles: [] as string[] },
    graphqlUrl: 'https://adal.example/graphql',
    token: 't',
  },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const KURBAN_AIT_2026 = {
  id: 'h-1',
  date: '2026-05-27',
  kind: 'day_off',
  national: true,
  name: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' },
};
let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('ListPublicHolidays', (variables) => ({
      publicHolidays: variables['year'] === 2026 ? [KURBAN_AIT_2026] : [],
    }))
    // The server decides: a year is incomplete while its Kurban Ait day is missing.
    .on('IncompleteCalendarYears', (variables) => ({
      incompleteCalendarYears: variables['fromYear'] === 2027 ? [2027] : [],
    }));
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

async function mountAs(roles: string[], locale: 'en' | 'ru' = 'en') {
  fake.context.viewer.roles = roles;
  const options = withPlugin(locale, graphql.client);
  const pinia = createPinia();
  const wrapper = mount(HolidayCalendar, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, pinia] },
  });
  const store = usePublicHolidaysStore(pinia);
  await store.selectYear(2026);
  await flushPromises();
  return { wrapper, store };
}

describe('HolidayCalendar', { timeout: 20_000 }, () => {
  it('warns that a year without its Kurban Ait day is incomplete, and not a complete one', async () => {
    const { wrapper, store } = await mountAs(['compliance_head']);
    expect(wrapper.text()).not.toContain('is incomplete');
    await store.selectYear(2027);
    await flushPromises();
    expect(wrapper.text()).toContain(
      'The calendar of 2027 is incomplete: the date of Kurban Ait is not published yet.',
    );
    expect(graphql.sent('IncompleteCalendarYears').at(-1)).toEqual({ fromYear: 2027, toYear: 2027 });
    // Loading from a file is the administrator's.
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Load from a file');
    wrapper.unmount();
  });

  it('lets the administrator check a calendar file and shows each day with what it changes, in Russian', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({
        data: {
          previewPublicHolidayImport: {
            added: 1,
            updated: 0,
            unchanged: 1,
            rows: [
              {
                row: 2,
                date: '2027-05-17',
                kind: 'day_off',
                name: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Курбан айт' },
                change: 'added',
              },
              {
                row: 3,
                date: '2027-01-01',
                kind: 'day_off',
                name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
                change: 'unchanged',
              },
            ],
            errors: [],
          },
        },
      }),
    );
    const { wrapper } = await mountAs(['org_admin'], 'ru');
    const open = wrapper.findAll('button').find((b) => b.text() === 'Загрузить из файла');
    await open!.trigger('click');
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['date\n'], 'calendar.csv')] });
    input.dispatchEvent(new Event('change'));
    await flushPromises();
    dialog.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await flushPromises();
    const rows = [...dialog.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
    );
    expect(rows.map((cells) => [cells[1], cells[3]])).toEqual([
      ['Курбан айт', 'Новый'],
      ['Новый год', 'Уже в календаре'],
    ]);
    expect(dialog.textContent).toContain('Новых дней: 1; изменится: 0; уже в календаре: 1.');
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain(
      'Загрузить календарь',
    );
    wrapper.unmount();
  });
});

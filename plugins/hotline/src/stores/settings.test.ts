import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import type { PublicHolidayFieldsFragment } from '../graphql/generated/graphql';
import { FakeGraphql } from '@adal/sdk/testing';
import { useHotlineSettingsStore } from './hotline-settings';
import { usePublicHolidaysStore } from './public-holidays';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

function day(id: string, date: string, national = true): PublicHolidayFieldsFragment {
  return { id, date, kind: 'day_off', national, name: { kk: id, ru: id, en: id } };
}

let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
});

describe('useHotlineSettingsStore', () => {
  it('loads the settings and keeps what the server saved', async () => {
    const defaults = {
      acknowledgeHours: 24,
      processingDays: 30,
      retentionYears: 5,
      reporterAccessIdleDays: 90,
    };
    graphql
      .on('GetHotlineSettings', () => ({ hotlineSettings: defaults }))
      .on('UpdateHotlineSettings', ({ input }) => ({
        updateHotlineSettings: { ...defaults, ...(input as object) },
      }));
    const store = useHotlineSettingsStore();
    await store.load();
    expect(store.settings).toEqual(defaults);
    await store.save({ acknowledgeHours: 12 });
    expect(graphql.sent('UpdateHotlineSettings')).toEqual([{ input: { acknowledgeHours: 12 } }]);
    expect(store.settings?.acknowledgeHours).toBe(12);
  });
});

describe('usePublicHolidaysStore', () => {
  it('shows a year’s days in date order, adds the organisation’s own and removes it again', async () => {
    graphql
      .on('IncompleteCalendarYears', () => ({ incompleteCalendarYears: [] }))
      .on('ListPublicHolidays', () => ({
        publicHolidays: [day('nauryz', '2026-03-21'), day('new-year', '2026-01-01')],
      }))
      .on('AddPublicHoliday', () => ({ addPublicHoliday: day('founders', '2026-02-10', false) }))
      .on('RemovePublicHoliday', () => ({ removePublicHoliday: true }));
    const store = usePublicHolidaysStore();
    await store.selectYear(2026);
    expect(graphql.sent('ListPublicHolidays')).toEqual([{ year: 2026 }]);
    expect(store.holidays.map((holiday) => holiday.id)).toEqual(['new-year', 'nauryz']);

    await store.add('2026-02-10', ' Founders’ day ');
    expect(graphql.sent('AddPublicHoliday')).toEqual([
      { date: '2026-02-10', name: 'Founders’ day', kind: 'day_off' },
    ]);
    expect(store.holidays.map((holiday) => holiday.id)).toEqual(['new-year', 'founders', 'nauryz']);

    await store.remove('founders');
    expect(store.holidays.map((holiday) => holiday.id)).toEqual(['new-year', 'nauryz']);
  });

  it('marks a year incomplete while the server finds no Kurban Ait in it, and rechecks after a day is added', async () => {
    let missing = [2027];
    graphql
      .on('IncompleteCalendarYears', () => ({ incompleteCalendarYears: missing }))
      .on('ListPublicHolidays', () => ({ publicHolidays: [] }))
      .on('AddPublicHoliday', () => ({ addPublicHoliday: day('kurban', '2027-05-17', false) }));
    const store = usePublicHolidaysStore();
    await store.selectYear(2027);
    expect(store.incomplete).toBe(true);
    missing = [];
    await store.add('2027-05-17', 'Курбан айт');
    expect(store.incomplete).toBe(false);
    expect(graphql.sent('IncompleteCalendarYears')).toEqual([
      { fromYear: 2027, toYear: 2027 },
      { fromYear: 2027, toYear: 2027 },
    ]);
  });

  it('keeps a national holiday when removing it is refused', async () => {
    graphql
      .on('IncompleteCalendarYears', () => ({ incompleteCalendarYears: [] }))
      .on('ListPublicHolidays', () => ({ publicHolidays: [day('new-year', '2026-01-01')] }))
      .on('RemovePublicHoliday', () => {
        throw new AdalGraphqlError('FORBIDDEN', 'National holidays cannot be removed');
      });
    const store = usePublicHolidaysStore();
    await store.selectYear(2026);
    await expect(store.remove('new-year')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(store.holidays).toHaveLength(1);
  });
});

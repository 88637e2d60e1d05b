import { ref } from 'vue';
import { defineStore } from 'pinia';
import { kazakhstanYear, useGraphql, useLoadState } from '@adal/sdk';
import {
  AddPublicHolidayDocument,
  IncompleteCalendarYearsDocument,
  ListPublicHolidaysDocument,
  RemovePublicHolidayDocument,
  type CalendarDayKind,
  type HolidayImportPreviewFieldsFragment,
  type PublicHolidayFieldsFragment,
} from '../graphql/generated/graphql';

export type PublicHoliday = PublicHolidayFieldsFragment;
export type HolidayImportPreview = HolidayImportPreviewFieldsFragment;

function byDate(a: PublicHoliday, b: PublicHoliday): number {
  return a.date.localeCompare(b.date);
}

/**
 * The days off for one year: Kazakhstan's national holidays and the organisation's own. Working-day
 * deadlines (§40.4: the protocol within 3 working days) are counted on this calendar.
 */
export const usePublicHolidaysStore = defineStore('hotline-public-holidays', () => {
  const graphql = useGraphql();
  const year = ref(kazakhstanYear(new Date()));
  const holidays = ref<PublicHoliday[]>([]);
  /** Whether the year shown lacks its Kurban Ait day (the server decides from the calendar's data). */
  const incomplete = ref(false);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    const variables = { year: year.value };
    return track(async () => {
      const [listed, gaps] = await Promise.all([
        graphql.request(ListPublicHolidaysDocument, variables),
        graphql.request(IncompleteCalendarYearsDocument, {
          fromYear: variables.year,
          toYear: variables.year,
        }),
      ]);
      holidays.value = [...listed.publicHolidays].sort(byDate);
      incomplete.value = gaps.incompleteCalendarYears.includes(variables.year);
    });
  }

  /** The years of the range whose calendar lacks the first day of Kurban Ait. */
  async function incompleteYears(fromYear: number, toYear: number): Promise<number[]> {
    return (await graphql.request(IncompleteCalendarYearsDocument, { fromYear, toYear }))
      .incompleteCalendarYears;
  }

  function selectYear(next: number): Promise<void> {
    year.value = next;
    return load();
  }

  /** A day of the organisation's own: a day off on a weekday, or a worked Saturday or Sunday. */
  async function add(date: string, name: string, kind: CalendarDayKind = 'day_off'): Promise<void> {
    const added = (await graphql.request(AddPublicHolidayDocument, { date, name: name.trim(), kind }))
      .addPublicHoliday;
    if (added.date.startsWith(`${year.value}-`)) holidays.value = [...holidays.value, added].sort(byDate);
    await recheck();
  }

  /** A day added or removed by hand may be the year's Kurban Ait. */
  async function recheck(): Promise<void> {
    const shown = year.value;
    incomplete.value = (await incompleteYears(shown, shown)).includes(shown);
  }

  async function remove(id: string): Promise<void> {
    await graphql.request(RemovePublicHolidayDocument, { id });
    holidays.value = holidays.value.filter((holiday) => holiday.id !== id);
    await recheck();
  }

  return {
    year,
    holidays,
    incomplete,
    status,
    error,
    load,
    selectYear,
    add,
    remove,
    incompleteYears,
  };
});

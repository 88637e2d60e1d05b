import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AddPublicHolidayDocument,
  ListPublicHolidaysDocument,
  RemovePublicHolidayDocument,
  type CalendarDayKind,
  type PublicHolidayFieldsFragment,
} from '../graphql/generated/graphql';

export type PublicHoliday = PublicHolidayFieldsFragment;

function byDate(a: PublicHoliday, b: PublicHoliday): number {
  return a.date.localeCompare(b.date);
}

/**
 * The days off for one year: Kazakhstan's national holidays and the organisation's own. Working-day
 * deadlines (§40.4: the protocol within 3 working days) are counted on this calendar.
 */
export const usePublicHolidaysStore = defineStore('hotline-public-holidays', () => {
  const graphql = useGraphql();
  const year = ref(new Date().getFullYear());
  const holidays = ref<PublicHoliday[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    const variables = { year: year.value };
    return track(async () => {
      holidays.value = [
        ...(await graphql.request(ListPublicHolidaysDocument, variables)).publicHolidays,
      ].sort(byDate);
    });
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
  }

  async function remove(id: string): Promise<void> {
    await graphql.request(RemovePublicHolidayDocument, { id });
    holidays.value = holidays.value.filter((holiday) => holiday.id !== id);
  }

  return { year, holidays, status, error, load, selectYear, add, remove };
});

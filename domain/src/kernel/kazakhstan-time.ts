import type { CalendarDay } from './working-days.js';

/**
 * Kazakhstan keeps one time zone, UTC+5, since 1 March 2024, with no daylight saving: a deadline
 * "day" is the day on the clocks of the organisation, not in UTC (before 05:00 local time UTC is
 * still on yesterday). Every date and time a person reads, and every day a rule counts, is taken
 * here.
 */
export const KAZAKHSTAN_UTC_OFFSET_HOURS = 5;

const OFFSET_MS = KAZAKHSTAN_UTC_OFFSET_HOURS * 3_600_000;

/** `at` as an ISO text on the clocks of Kazakhstan (its `Z` is not UTC's). */
function localIso(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString();
}

/** The calendar day `now` falls on in Kazakhstan. */
export function kazakhstanDay(now: Date): CalendarDay {
  return localIso(now).slice(0, 10);
}

/** The instant a day of Kazakhstan starts at. */
export function startOfKazakhstanDay(day: CalendarDay): Date {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) - OFFSET_MS);
}

/** The instant a day of Kazakhstan ends at: the start of the next one. */
export function endOfKazakhstanDay(day: CalendarDay): Date {
  return new Date(startOfKazakhstanDay(day).getTime() + 86_400_000);
}

/** 2026-06-22 → 22.06.2026, the form read the same way in all three languages in Kazakhstan. */
export function formatCalendarDay(day: CalendarDay): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}

/** 22.06.2026: the day `at` falls on in Kazakhstan, as people there write it. */
export function formatKazakhstanDate(at: Date): string {
  return formatCalendarDay(kazakhstanDay(at));
}

/** 22.06.2026 12:30 (with `seconds`, 12:30:05), in Kazakhstan's time. */
export function formatKazakhstanDateTime(at: Date, precision: 'minutes' | 'seconds' = 'minutes'): string {
  const time = localIso(at).slice(11, precision === 'seconds' ? 19 : 16);
  return `${formatKazakhstanDate(at)} ${time}`;
}

/**
 * SQL: the day (a `date`) a `timestamptz` expression falls on in Kazakhstan, whatever the
 * session's time zone.
 */
export function kazakhstanDaySql(instant: string): string {
  return `((${instant}) at time zone 'UTC' + interval '${KAZAKHSTAN_UTC_OFFSET_HOURS} hours')::date`;
}

/** SQL: the instant (a `timestamptz`) a `date` expression of Kazakhstan starts at. */
export function startOfKazakhstanDaySql(day: string): string {
  return `((${day})::timestamp - interval '${KAZAKHSTAN_UTC_OFFSET_HOURS} hours') at time zone 'UTC'`;
}

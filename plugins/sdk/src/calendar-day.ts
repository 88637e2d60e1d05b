/** A calendar day as the API's YYYY-MM-DD, in the person's own time zone (the picker's day). */
export function calendarDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The picker's Date for a YYYY-MM-DD day, at local midnight. */
export function dateOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

/** Kazakhstan keeps one time zone, UTC+5, whatever the browser's: its year decides which plan is "this year's". */
const KAZAKHSTAN_OFFSET_MS = 5 * 3_600_000;

/** The year it is in Kazakhstan at `date`, as the server counts the plan's and the figures' years. */
export function kazakhstanYear(date: Date): number {
  return new Date(date.getTime() + KAZAKHSTAN_OFFSET_MS).getUTCFullYear();
}

/** The day it is in Kazakhstan at `date`, YYYY-MM-DD, as the server counts days. */
export function kazakhstanDay(date: Date): string {
  return new Date(date.getTime() + KAZAKHSTAN_OFFSET_MS).toISOString().slice(0, 10);
}

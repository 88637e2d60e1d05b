import { kazakhstanDay } from './kazakhstan-time.js';
import { addCalendarDays, type CalendarDay } from './working-days.js';

/**
 * A quarter of the calendar year named YYYY-Qn ("2026-Q4"): the one form quarters take in the
 * API, the stored rows and a page's address, their days taken in Kazakhstan. The hotline's
 * quarterly figures, the public quarterly reports (§9.5) and the self-assessment (§73) all count
 * quarters here.
 */
export type Quarter = string;

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter as typed, trimmed, or null when it is not YYYY-Qn of a year 2000–2100. */
export function quarterOrNull(text: string): Quarter | null {
  const match = QUARTER.exec(text.trim());
  const year = Number(match?.[1]);
  return match && year >= 2000 && year <= 2100 ? `${match[1]}-Q${match[2]}` : null;
}

/** The year and the quarter's number (1–4). */
export function quarterNumbers(quarter: Quarter): { year: number; quarter: number } {
  return { year: Number(quarter.slice(0, 4)), quarter: Number(quarter.slice(6)) };
}

/** The quarter named by its year and number. */
export function quarterNamed(year: number, quarter: number): Quarter {
  return `${year}-Q${quarter}`;
}

/** The quarter a day falls in. */
export function quarterOfDay(day: CalendarDay): Quarter {
  return quarterNamed(Number(day.slice(0, 4)), Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1);
}

/** The quarter of Kazakhstan's today. */
export function currentQuarter(now: Date): Quarter {
  return quarterOfDay(kazakhstanDay(now));
}

/** The quarter `by` quarters later (earlier when negative). */
export function shiftQuarter(quarter: Quarter, by: number): Quarter {
  const { year, quarter: n } = quarterNumbers(quarter);
  const index = year * 4 + (n - 1) + by;
  return quarterNamed(Math.floor(index / 4), (index % 4) + 1);
}

/** The quarter that ended last on Kazakhstan's calendar. */
export function lastEndedQuarter(now: Date): Quarter {
  return shiftQuarter(currentQuarter(now), -1);
}

function firstDay(quarter: Quarter): CalendarDay {
  const { year, quarter: n } = quarterNumbers(quarter);
  return `${year}-${String(3 * (n - 1) + 1).padStart(2, '0')}-01`;
}

/** The quarter's first and last day. */
export function quarterDays(quarter: Quarter): { from: CalendarDay; to: CalendarDay } {
  return { from: firstDay(quarter), to: addCalendarDays(firstDay(shiftQuarter(quarter, 1)), -1) };
}

import { ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addCalendarDays, type CalendarDay } from '../../kernel/working-days.js';

/**
 * §73: a quarter named YYYY-Qn ("2026-Q4"), the one form the GraphQL API, the stored rows and the
 * page's address use; the quarters of the calendar year, days taken in Kazakhstan.
 */
export type Quarter = string;

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter as typed, or a VALIDATION naming the field. */
export function parseQuarter(text: string, field = 'quarter'): Quarter {
  const match = QUARTER.exec(text.trim());
  const year = Number(match?.[1]);
  if (!match || year < 2000 || year > 2100) {
    throw ValidationError.because('selfAssessment.quarter.invalid', { field, value: text });
  }
  return `${match[1]}-Q${match[2]}`;
}

function parts(quarter: Quarter): [year: number, n: number] {
  return [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
}

/** The quarter a day falls in. */
export function quarterOfDay(day: CalendarDay): Quarter {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter of Kazakhstan's today. */
export function currentQuarter(now: Date): Quarter {
  return quarterOfDay(kazakhstanDay(now));
}

/** The quarter `by` quarters later (earlier when negative). */
export function shiftQuarter(quarter: Quarter, by: number): Quarter {
  const [year, n] = parts(quarter);
  const index = year * 4 + (n - 1) + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** §73 "the last period (quarter)": the quarter a self-assessment held in `quarter` reviews. */
export function reviewedQuarter(quarter: Quarter): Quarter {
  return shiftQuarter(quarter, -1);
}

/** The quarter's first and last day. */
export function quarterDays(quarter: Quarter): { from: CalendarDay; to: CalendarDay } {
  const [year, n] = parts(quarter);
  const from = `${year}-${String(3 * (n - 1) + 1).padStart(2, '0')}-01`;
  const next = shiftQuarter(quarter, 1);
  const [nextYear, nextN] = parts(next);
  const nextFrom = `${nextYear}-${String(3 * (nextN - 1) + 1).padStart(2, '0')}-01`;
  return { from, to: addCalendarDays(nextFrom, -1) };
}

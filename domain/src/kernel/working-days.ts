const DAY_MS = 86_400_000;

/** A calendar day as YYYY-MM-DD; the day an instant falls on is taken in Kazakhstan (kazakhstan-time.ts). */
export type CalendarDay = string;

/** A day as the database or a caller gives it: a date column read as a Date, or 'YYYY-MM-DD…'. */
export function toDay(value: Date | CalendarDay): CalendarDay {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function dayMs(day: CalendarDay): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/**
 * Reads a day typed by a person or an HR export: YYYY-MM-DD or DD.MM.YYYY. Null when it is
 * not a real date (2025-02-30 included).
 */
export function parseCalendarDay(text: string): CalendarDay | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!year || !month || !day) return null;
  const normalised = `${year}-${month}-${day}`;
  const ms = dayMs(normalised);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== normalised ? null : normalised;
}

export function addCalendarDays(from: Date | CalendarDay, days: number): CalendarDay {
  return new Date(dayMs(toDay(from)) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The same day `months` later; from a day the target month lacks (31 August + 6 months), the
 * last day of that month (28 or 29 February). §68's "within 3 months after hiring" is counted so.
 */
export function addMonths(from: Date | CalendarDay, months: number): CalendarDay {
  const [year, month, day] = toDay(from).split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastOfMonth))).toISOString().slice(0, 10);
}

/**
 * The same day `years` later. A period counted in years ends on the same month and day of its
 * last year; from 29 February it ends on the last day of February.
 */
export function addYears(from: Date | CalendarDay, years: number): CalendarDay {
  return addMonths(from, 12 * years);
}

const NO_DAYS: ReadonlySet<CalendarDay> = new Set();

/**
 * Labour Code art. 84: a five-day week rests on Saturday and Sunday and on the holidays; the
 * government may move a day off onto a weekend day (art. 85.3), which then is worked.
 */
export function isWorkingDay(
  day: Date | CalendarDay,
  holidays: ReadonlySet<CalendarDay>,
  workedWeekendDays: ReadonlySet<CalendarDay> = NO_DAYS,
): boolean {
  const key = toDay(day);
  if (holidays.has(key)) return false;
  const weekday = new Date(dayMs(key)).getUTCDay();
  return (weekday !== 0 && weekday !== 6) || workedWeekendDays.has(key);
}

/**
 * The day on which a period of `n` working days that starts the day after `from` ends:
 * "within 3 working days" of a Friday decision before a holiday Monday ends on Thursday.
 */
export function addWorkingDays(
  from: Date | CalendarDay,
  n: number,
  holidays: ReadonlySet<CalendarDay>,
  workedWeekendDays: ReadonlySet<CalendarDay> = NO_DAYS,
): CalendarDay {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let day = toDay(from);
  for (let left = n; left > 0;) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, holidays, workedWeekendDays)) left -= 1;
  }
  return day;
}

/**
 * Civil Code of the Republic of Kazakhstan, art. 173 "End of a term on a non-working day": when
 * the last day of a term falls on a non-working day, the term ends on the next working day after
 * it. `day` is the last day as counted; the day the term really ends is returned.
 */
export function endOnWorkingDay(
  day: Date | CalendarDay,
  holidays: ReadonlySet<CalendarDay>,
  workedWeekendDays: ReadonlySet<CalendarDay> = NO_DAYS,
): CalendarDay {
  let end = toDay(day);
  while (!isWorkingDay(end, holidays, workedWeekendDays)) end = addCalendarDays(end, 1);
  return end;
}

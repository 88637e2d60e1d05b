import { ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { quarterDays, quarterNamed, quarterNumbers, shiftQuarter } from '../../kernel/quarters.js';
import { addCalendarDays, parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import type { KpiFilter } from '../kpi-definition.js';

export const PERIOD_KINDS = ['quarter', 'half_year', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A view's period as chosen: a quarter, a half-year or a year by its number, or any days. */
export interface ViewPeriodChoice {
  kind: PeriodKind;
  year?: number | null;
  /** The quarter (1–4) or the half-year (1–2). */
  part?: number | null;
  from?: CalendarDay | null;
  to?: CalendarDay | null;
}

/** What every widget of a view follows. */
export interface ViewFilters {
  /** The viewer's own organisation when null, or one of its subsidiaries. */
  organizationId: string | null;
  orgUnitId: string | null;
  period: ViewPeriodChoice;
}

/** A period made whole: its days (both included) and the key its commentary and sign-off go by. */
export interface ViewPeriod {
  kind: PeriodKind;
  year: number | null;
  part: number | null;
  from: CalendarDay;
  to: CalendarDay;
  /** "2026-Q3", "2026-H2", "2026", or "2026-01-05_2026-03-31". */
  key: string;
}

// A custom period may span five years: longer is a slip of the keyboard, not a question.
const MAX_CUSTOM_DAYS = 5 * 366;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function refused(): never {
  throw ValidationError.because('kpi.view.period', { field: 'filters.period' });
}

function yearOf(choice: ViewPeriodChoice): number {
  const year = choice.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) refused();
  return year;
}

function partOf(choice: ViewPeriodChoice, parts: number): number {
  const part = choice.part;
  if (typeof part !== 'number' || !Number.isInteger(part) || part < 1 || part > parts) refused();
  return part;
}

function halfYear(year: number, half: number): ViewPeriod {
  return half === 1
    ? { kind: 'half_year', year, part: 1, from: `${year}-01-01`, to: `${year}-06-30`, key: `${year}-H1` }
    : { kind: 'half_year', year, part: 2, from: `${year}-07-01`, to: `${year}-12-31`, key: `${year}-H2` };
}

function custom(from: CalendarDay, to: CalendarDay): ViewPeriod {
  return { kind: 'custom', year: null, part: null, from, to, key: `${from}_${to}` };
}

function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The period of the choice, or VALIDATION on `filters.period` when it names none. */
export function resolvePeriod(choice: ViewPeriodChoice): ViewPeriod {
  switch (choice.kind) {
    case 'quarter': {
      const quarter = quarterNamed(yearOf(choice), partOf(choice, 4));
      const { year, quarter: part } = quarterNumbers(quarter);
      return { kind: 'quarter', year, part, ...quarterDays(quarter), key: quarter };
    }
    case 'half_year':
      return halfYear(yearOf(choice), partOf(choice, 2));
    case 'year': {
      const year = yearOf(choice);
      return {
        kind: 'year',
        year,
        part: null,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        key: String(year),
      };
    }
    case 'custom': {
      const from = choice.from ? parseCalendarDay(choice.from) : null;
      const to = choice.to ? parseCalendarDay(choice.to) : null;
      if (!from || !to || from > to || daysBetween(from, to) > MAX_CUSTOM_DAYS) refused();
      const within = (day: CalendarDay) =>
        Number(day.slice(0, 4)) >= MIN_YEAR && Number(day.slice(0, 4)) <= MAX_YEAR;
      if (!within(from) || !within(to)) refused();
      return custom(from, to);
    }
    default:
      return refused();
  }
}

/** The period `by` periods of the same kind before this one (a custom period: as many days earlier). */
export function earlierPeriod(period: ViewPeriod, by: number): ViewPeriod {
  switch (period.kind) {
    case 'quarter':
      return resolvePeriod({
        kind: 'quarter',
        ...quarterNumbersAsChoice(shiftQuarter(quarterNamed(period.year!, period.part!), -by)),
      });
    case 'half_year': {
      const index = period.year! * 2 + (period.part! - 1) - by;
      return halfYear(Math.floor(index / 2), (index % 2) + 1);
    }
    case 'year':
      return resolvePeriod({ kind: 'year', year: period.year! - by });
    case 'custom': {
      const length = daysBetween(period.from, period.to) + 1;
      return custom(addCalendarDays(period.from, -length * by), addCalendarDays(period.to, -length * by));
    }
  }
}

function quarterNumbersAsChoice(quarter: string): { year: number; part: number } {
  const { year, quarter: part } = quarterNumbers(quarter);
  return { year, part };
}

/** The period of the choice that holds today in Kazakhstan: where a new view starts. */
export function currentQuarterChoice(now: Date): ViewPeriodChoice {
  const today = kazakhstanDay(now);
  return {
    kind: 'quarter',
    year: Number(today.slice(0, 4)),
    part: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1,
  };
}

/** The registry's filter for the period's days, both whole (see `KpiFilter.wholeDays`). */
export function kpiFilterOf(
  period: ViewPeriod,
  orgUnitId: string | null,
  organizationId: string | null,
): KpiFilter {
  return {
    ...(orgUnitId ? { orgUnitId } : {}),
    ...(organizationId ? { organizationId } : {}),
    periodFrom: startOfKazakhstanDay(period.from),
    periodTo: startOfKazakhstanDay(period.to),
    wholeDays: true,
  };
}

/** The period a key names ("2026-Q3", "2026-H2", "2026", "2026-01-05_2026-03-31"), or VALIDATION. */
export function periodOfKey(key: string): ViewPeriod {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return resolvePeriod({ kind: 'quarter', year: Number(quarter[1]), part: Number(quarter[2]) });
  const half = /^(\d{4})-H([12])$/.exec(key);
  if (half) return resolvePeriod({ kind: 'half_year', year: Number(half[1]), part: Number(half[2]) });
  if (/^\d{4}$/.test(key)) return resolvePeriod({ kind: 'year', year: Number(key) });
  const days = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (days) return resolvePeriod({ kind: 'custom', from: days[1], to: days[2] });
  return refused();
}

import { calendarDay, dateOfDay, kazakhstanDay } from '@adal/sdk';
import type { KpiPeriodKind, KpiViewPeriodInput } from '../graphql/generated/graphql';

/** The period a view's filters ask for, as its bar holds it: custom days as calendar dates. */
export interface PeriodChoice {
  kind: KpiPeriodKind;
  year: number;
  part: number;
  from: Date | null;
  to: Date | null;
}

export interface SavedPeriod {
  kind: KpiPeriodKind;
  year?: number | null | undefined;
  part?: number | null | undefined;
  from: string;
  to: string;
}

/** The quarter today falls in, on Kazakhstan's calendar: a new view opens on it. */
export function currentQuarter(now: Date = new Date()): PeriodChoice {
  const day = kazakhstanDay(now);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return { kind: 'quarter', year, part: Math.ceil(month / 3), from: null, to: null };
}

export function choiceOf(period: SavedPeriod): PeriodChoice {
  const year = period.year ?? Number(period.from.slice(0, 4));
  return {
    kind: period.kind,
    year,
    part: period.part ?? 1,
    from: period.kind === 'custom' ? dateOfDay(period.from) : null,
    to: period.kind === 'custom' ? dateOfDay(period.to) : null,
  };
}

/** What the server takes: a year and its part, or two days (YYYY-MM-DD, the last included). */
export function periodInput(choice: PeriodChoice): KpiViewPeriodInput {
  switch (choice.kind) {
    case 'quarter':
    case 'half_year':
      return { kind: choice.kind, year: choice.year, part: choice.part };
    case 'year':
      return { kind: 'year', year: choice.year };
    case 'custom':
      return {
        kind: 'custom',
        from: choice.from ? calendarDay(choice.from) : null,
        to: choice.to ? calendarDay(choice.to) : null,
      };
  }
}

/** Whether the bar holds a period the server can read: custom days need both ends, in order. */
export function periodComplete(choice: PeriodChoice): boolean {
  if (choice.kind !== 'custom') return true;
  return choice.from !== null && choice.to !== null && calendarDay(choice.from) <= calendarDay(choice.to);
}

/** The parts a year has for a kind: four quarters, two halves, none for a whole year. */
export function partsOf(kind: KpiPeriodKind): number[] {
  if (kind === 'quarter') return [1, 2, 3, 4];
  if (kind === 'half_year') return [1, 2];
  return [];
}

/**
 * A KPI by day counts whole days of Kazakhstan: the instants its filter takes are the starts of the
 * period's first and last days there (UTC+5, no daylight saving).
 */
export function dayStart(day: string): string {
  return new Date(`${day}T00:00:00+05:00`).toISOString();
}

/**
 * The filter of a drill-down over a period's days: a KPI by day takes the starts of its first and
 * last day (a finer bound is refused); a KPI of instants takes the last day to its last instant.
 */
export function drillPeriod(from: string, to: string, granularity: 'day' | 'instant' | undefined) {
  return {
    periodFrom: dayStart(from),
    periodTo: granularity === 'instant' ? new Date(`${to}T23:59:59.999+05:00`).toISOString() : dayStart(to),
  };
}

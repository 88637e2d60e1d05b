import { ValidationError } from '../kernel/errors.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../kernel/kazakhstan-time.js';
import { addCalendarDays, type CalendarDay } from '../kernel/working-days.js';

/** A period made of whole days of Kazakhstan, and the instant its figures are taken at. */
export interface WholeDays {
  /** Null: from the first record on. */
  firstDay: CalendarDay | null;
  /** Included. */
  lastDay: CalendarDay;
  /** The start of `firstDay`; null with it. */
  start: Date | null;
  /** The start of the day after `lastDay`: the period is [start, end). */
  end: Date;
  /** Deadlines and states ("acknowledged", "past due") are judged as of this instant. */
  asOf: Date;
}

/**
 * Snaps a period to the whole days of Kazakhstan its bounds fall on, `periodTo`'s day included,
 * so that moving a bound within a day changes nothing: a figure can't date what it counts more
 * finely than the day. With `completeDaysOnly` the period ends with yesterday and everything is
 * judged as of the start of today, so that the figure does not change while today goes on either
 * (watching it grow would date each new record to the minute).
 */
export function wholeDays(
  period: { periodFrom?: Date | null; periodTo?: Date | null },
  now: Date,
  o: { completeDaysOnly: boolean },
): WholeDays {
  const { periodFrom, periodTo } = period;
  if (periodFrom && periodTo && periodFrom > periodTo) {
    throw ValidationError.because('kpi.periodReversed');
  }
  const today = kazakhstanDay(now);
  const lastPossible = o.completeDaysOnly ? addCalendarDays(today, -1) : null;
  const askedLast = periodTo ? kazakhstanDay(periodTo) : (lastPossible ?? today);
  const lastDay = lastPossible !== null && askedLast > lastPossible ? lastPossible : askedLast;
  const firstDay = periodFrom ? kazakhstanDay(periodFrom) : null;
  if (firstDay !== null && firstDay > lastDay) {
    throw ValidationError.because('kpi.periodWithoutWholeDays', { field: 'periodFrom', lastDay, firstDay });
  }
  return {
    firstDay,
    lastDay,
    start: firstDay === null ? null : startOfKazakhstanDay(firstDay),
    end: startOfKazakhstanDay(addCalendarDays(lastDay, 1)),
    asOf: o.completeDaysOnly ? startOfKazakhstanDay(today) : now,
  };
}

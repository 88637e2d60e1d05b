import { addCalendarDays, type CalendarDay } from '../../kernel/working-days.js';
import type { IAssignment, Recurrence } from './assignment.entity.js';

/** A person who joins the audience of a one-off assignment after its due date gets this long. */
export const LATE_JOINER_DAYS = 30;

/** How many months a recurring assignment's calendar period spans. */
const PERIOD_MONTHS: Record<Exclude<Recurrence, 'once'>, number> = { half_yearly: 6, yearly: 12 };

/** The cycle of an assignment that is current on a day: who enrols now is due on `dueOn`. */
export interface Cycle {
  dueOn: CalendarDay;
  /** Passes from this day on count for the cycle; null: any pass counts. */
  windowStart: CalendarDay | null;
}

/** The calendar period of a recurrence that holds a day: its first and its last day. */
export function calendarPeriod(
  recurrence: Exclude<Recurrence, 'once'>,
  day: CalendarDay,
): { first: CalendarDay; last: CalendarDay } {
  const months = PERIOD_MONTHS[recurrence];
  const year = Number(day.slice(0, 4));
  const startMonth = Math.floor((Number(day.slice(5, 7)) - 1) / months) * months;
  const first = new Date(Date.UTC(year, startMonth, 1)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(year, startMonth + months, 0)).toISOString().slice(0, 10);
  return { first, last };
}

/** Whether a recurring assignment may fall due on a day: only on the last day of its period. */
export function isPeriodEnd(recurrence: Exclude<Recurrence, 'once'>, day: CalendarDay): boolean {
  return calendarPeriod(recurrence, day).last === day;
}

/**
 * §35.2 ("at least once every half-year"), §19 and §52.3: a half-yearly assignment runs in calendar
 * half-years, 1 January–30 June and 1 July–31 December; §68's yearly one in calendar years. Each
 * cycle is due on its period's last day and counts the passes of that period only, so cycles
 * never drift (six months after 31 August is not 3 March) and never overlap. The assignment's
 * `dueOn` ends its first period. A one-off assignment has one cycle; people joining after its
 * due date get LATE_JOINER_DAYS.
 */
export function currentCycle(
  assignment: Pick<IAssignment, 'dueOn' | 'recurrence'>,
  today: CalendarDay,
): Cycle {
  if (assignment.recurrence === 'once') {
    return {
      dueOn: assignment.dueOn >= today ? assignment.dueOn : addCalendarDays(today, LATE_JOINER_DAYS),
      windowStart: null,
    };
  }
  const period = calendarPeriod(assignment.recurrence, today > assignment.dueOn ? today : assignment.dueOn);
  return { dueOn: period.last, windowStart: period.first };
}

/**
 * The day by which a person who passed on `passDay` must pass again (§19, §52.3, §68): a pass that
 * counts for the current cycle carries the person to the due date of the cycle after it (the last
 * day of the next calendar period); a pass before the assignment's first period counts for none,
 * so the first due date stands. Null for a one-off assignment, passed once for good.
 */
export function nextDueAfterPass(
  assignment: Pick<IAssignment, 'dueOn' | 'recurrence'>,
  passDay: CalendarDay,
): CalendarDay | null {
  if (assignment.recurrence === 'once') return null;
  const cycle = currentCycle(assignment, passDay);
  if (cycle.windowStart !== null && passDay < cycle.windowStart) return cycle.dueOn;
  return calendarPeriod(assignment.recurrence, addCalendarDays(cycle.dueOn, 1)).last;
}

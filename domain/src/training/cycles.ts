import type { IAssignment, Recurrence } from './assignment.entity.js';

const DAY_MS = 86_400_000;

/** A person who joins the audience of a one-off assignment after its due date gets this long. */
export const LATE_JOINER_DAYS = 30;

const MONTHS: Record<Exclude<Recurrence, 'once'>, number> = { half_yearly: 6, yearly: 12 };

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoDay(date);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS));
}

/** The cycle of an assignment that is current on a day: who enrols now is due on `dueOn`. */
export interface Cycle {
  dueOn: string;
  /** Passes from this day on count for the cycle; null: any pass counts. */
  windowStart: string | null;
}

/**
 * §19, §52.3: half-yearly, §68: yearly. The current cycle is the first whose due date is not
 * yet past; a cycle opens one period before its due date. A one-off assignment has one
 * cycle; people joining after its due date get LATE_JOINER_DAYS.
 */
export function currentCycle(assignment: Pick<IAssignment, 'dueOn' | 'recurrence'>, today: string): Cycle {
  if (assignment.recurrence === 'once') {
    return {
      dueOn: assignment.dueOn >= today ? assignment.dueOn : addDays(today, LATE_JOINER_DAYS),
      windowStart: null,
    };
  }
  const months = MONTHS[assignment.recurrence];
  let dueOn = assignment.dueOn;
  for (let k = 1; dueOn < today; k += 1) dueOn = addMonths(assignment.dueOn, k * months);
  return { dueOn, windowStart: addMonths(dueOn, -months) };
}

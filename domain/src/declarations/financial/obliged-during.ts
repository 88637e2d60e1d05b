import type { CalendarDay } from '../../kernel/working-days.js';

/**
 * The condition on a declarant listed on some day from `from` to `to`: obliged from before the
 * span ends, and not obliged until before it starts. Spread into the declarants' query.
 */
export function obligedBetween(from: CalendarDay, to: CalendarDay) {
  return {
    obligedFrom: { $lte: to },
    $or: [{ obligedUntil: null }, { obligedUntil: { $gte: from } }],
  };
}

/** A declarant listed on some day of `year`. */
export function obligedDuring(year: number) {
  return obligedBetween(`${year}-01-01`, `${year}-12-31`);
}

/** A declarant listed on `day`. */
export function obligedOn(day: CalendarDay) {
  return obligedBetween(day, day);
}

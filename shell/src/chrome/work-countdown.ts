import type { WorkItem } from './api';

const HOUR_MS = 3_600_000;
/** Closer than this, an instant deadline (a case's 24 hours) counts down in hours, not days. */
const HOURS_SHOWN_WITHIN = 48;

/** How a work item's countdown is said: a message key of the chrome and its number. */
export interface Countdown {
  key:
    | 'home.work.hoursLeft'
    | 'home.work.hoursOverdue'
    | 'home.work.dueToday'
    | 'home.work.workingDaysLeft'
    | 'home.work.workingDaysOverdue';
  n: number;
}

/**
 * The countdown in words: hours for an instant deadline within two days ("5 hours left"),
 * otherwise the working days the server counted in the organisation's calendar. A deadline that
 * passed over days off (Friday's, read on Sunday) is no working day overdue, yet not "due today":
 * the item's "overdue" says it all, and no countdown is added to contradict it.
 */
export function countdownOf(
  item: Pick<WorkItem, 'dueAt' | 'workingDaysLeft' | 'urgency'>,
  now: Date,
): Countdown | null {
  if (item.dueAt) {
    const left = new Date(item.dueAt).getTime() - now.getTime();
    const hours = Math.ceil(Math.abs(left) / HOUR_MS);
    if (hours <= HOURS_SHOWN_WITHIN) {
      return left >= 0
        ? { key: 'home.work.hoursLeft', n: hours }
        : { key: 'home.work.hoursOverdue', n: hours };
    }
  }
  const days = item.workingDaysLeft;
  if (days === null) return null;
  if (days === 0) return item.urgency === 'overdue' ? null : { key: 'home.work.dueToday', n: 0 };
  return days > 0
    ? { key: 'home.work.workingDaysLeft', n: days }
    : { key: 'home.work.workingDaysOverdue', n: -days };
}

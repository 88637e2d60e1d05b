import type { EntityManager } from '@mikro-orm/postgresql';
import { forTenant } from '../database/tenant-filter.js';
import type { Actor } from '../kernel/actor.js';
import { loadHolidays, type HolidayCalendar } from '../kernel/public-holidays.js';
import { endOfKazakhstanDay, kazakhstanDay } from '../kernel/kazakhstan-time.js';
import { addCalendarDays, isWorkingDay, type CalendarDay } from '../kernel/working-days.js';
import { WORK_URGENCIES, type MyWorkItem, type WorkItem, type WorkProvider } from './work-item.js';

const providers = new Map<string, WorkProvider>();

/** Each context registers its provider once, when its module loads (as its KPIs). */
export function registerWorkProvider(provider: WorkProvider): void {
  const existing = providers.get(provider.context);
  if (existing && existing !== provider) {
    throw new Error(`A work provider for ${provider.context} is already registered`);
  }
  providers.set(provider.context, provider);
}

export function workProviders(): readonly WorkProvider[] {
  return [...providers.values()];
}

/** The deadline's day in Kazakhstan, or null. */
function deadlineDay(item: WorkItem): CalendarDay | null {
  if (item.dueOn) return item.dueOn;
  return item.dueAt ? kazakhstanDay(item.dueAt) : null;
}

/** Working days after `today` up to `day` (negative: back to it), in the organisation's calendar. */
function workingDaysBetween(today: CalendarDay, day: CalendarDay, calendar: HolidayCalendar): number {
  const [from, to, sign] = today <= day ? [today, day, 1] : [day, today, -1];
  let count = 0;
  for (let cursor = addCalendarDays(from, 1); cursor <= to; cursor = addCalendarDays(cursor, 1)) {
    if (isWorkingDay(cursor, calendar.holidays, calendar.workedWeekendDays)) count += 1;
  }
  return sign * count;
}

function deadlineMs(item: MyWorkItem): number {
  if (item.dueAt) return item.dueAt.getTime();
  // A day's deadline runs to the end of that day in Kazakhstan.
  if (item.dueOn) return endOfKazakhstanDay(item.dueOn).getTime();
  return Number.POSITIVE_INFINITY;
}

/** Most urgent first: by urgency, then the soonest deadline, then as the providers listed them. */
function byUrgency(a: MyWorkItem, b: MyWorkItem): number {
  const urgency = WORK_URGENCIES.indexOf(a.urgency) - WORK_URGENCIES.indexOf(b.urgency);
  if (urgency !== 0) return urgency;
  const due = deadlineMs(a) - deadlineMs(b);
  return Number.isNaN(due) ? 0 : due;
}

/**
 * What waits for the actor across every context, most urgent first, with the working days left
 * to each deadline. Each provider reads through its own fork, side by side.
 */
export async function myWork(em: EntityManager, actor: Actor, now: Date = new Date()): Promise<MyWorkItem[]> {
  const lists = await Promise.all(
    workProviders().map((provider) => provider.items(forTenant(em, actor.organizationId), actor, now)),
  );
  const items = lists.flat();
  const today = kazakhstanDay(now);
  const days = items.map(deadlineDay).filter((day): day is CalendarDay => day !== null);
  const years = [today, ...days].map((day) => Number(day.slice(0, 4)));
  const calendar =
    days.length > 0
      ? await loadHolidays(
          forTenant(em, actor.organizationId),
          actor.organizationId,
          Math.min(...years),
          Math.max(...years),
        )
      : null;
  return items
    .map((item): MyWorkItem => {
      const day = deadlineDay(item);
      return { ...item, workingDaysLeft: day && calendar ? workingDaysBetween(today, day, calendar) : null };
    })
    .sort(byUrgency);
}

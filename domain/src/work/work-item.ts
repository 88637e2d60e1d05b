import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import type { LocalizedText } from '../kernel/locale.js';
import { addCalendarDays, type CalendarDay } from '../kernel/working-days.js';

/**
 * How soon a thing needs the person, most urgent first: past its deadline, close to it, waiting
 * for them without a deadline of its own, or due later.
 */
export const WORK_URGENCIES = ['overdue', 'due_soon', 'waiting', 'upcoming'] as const;
export type WorkUrgency = (typeof WORK_URGENCIES)[number];

/**
 * The urgency of a thing due on a day: overdue after it, due soon within `dueSoonDays` calendar days
 * of it, upcoming before; waiting when it has no day of its own.
 */
export function dayUrgency(dueOn: CalendarDay | null, today: CalendarDay, dueSoonDays: number): WorkUrgency {
  if (dueOn === null) return 'waiting';
  if (dueOn < today) return 'overdue';
  return dueOn <= addCalendarDays(today, dueSoonDays) ? 'due_soon' : 'upcoming';
}

/**
 * One thing waiting for the signed-in person, as a context offers it for their home page. It
 * names only what the context's own lists already show this person (a course's title, a
 * case's number), never what they may not read. The interface words it as
 * `plugin.<plugin>.work.<kind>` in the plugin's messages, with `subject` and `count` as parameters.
 */
export interface WorkItem {
  /** Stable between calls: the plugin, the kind and what the item is about. */
  id: string;
  /** The plugin (or core context) whose screens handle the item, e.g. `training`. */
  plugin: string;
  /** What is waiting, in the plugin's words: `course_overdue`, `case_to_acknowledge`, … */
  kind: string;
  /** The thing's own name: a course title, a case number (the same in every language); null when `count` says it all. */
  subject: LocalizedText | null;
  urgency: WorkUrgency;
  /** A deadline at an instant (a case's 24 hours), or null. */
  dueAt: Date | null;
  /** A deadline day in Kazakhstan, YYYY-MM-DD (a course's due date), or null. */
  dueOn: string | null;
  /** Where the person does it; null while the thing has no screen of its own. */
  path: string | null;
  /** How many things the item stands for (learners overdue, actions flagged), or null for one thing. */
  count: number | null;
}

/** A work item with its countdown. */
export interface MyWorkItem extends WorkItem {
  /**
   * Working days from today (Kazakhstan) to the deadline's day: 0 when due today, negative when
   * past it, null without a deadline.
   */
  workingDaysLeft: number | null;
}

/**
 * A context's contribution to "my work": what waits for this person in it, read with the same
 * access rules as the context's own queries (an empty list for anyone they do not concern).
 * `em` is the provider's own tenant-filtered fork, so providers run side by side.
 */
export interface WorkProvider {
  /** The context, for a failing provider's message; one provider per context. */
  context: string;
  items(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]>;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import type { Recurrence } from '../assignments/assignment.entity.js';
import { nextDueAfterPass } from '../assignments/cycles.js';

/** Whether a certificate still stands: a certificate whose course recurs expires after its `validUntil`. */
export const CERTIFICATE_STANDINGS = ['valid', 'expired'] as const;
export type CertificateStanding = (typeof CERTIFICATE_STANDINGS)[number];

/** §19, §52.3, §68: valid through its last day (a day of Kazakhstan), expired from the day after. */
export function certificateStanding(validUntil: CalendarDay | null, now: Date): CertificateStanding {
  return validUntil !== null && kazakhstanDay(now) > validUntil ? 'expired' : 'valid';
}

interface AssignmentRow {
  due_on: string | Date;
  recurrence: Recurrence;
}

const dayOf = (value: string | Date): CalendarDay =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * The `validUntil` of a certificate the person earns in the course at `issuedAt`: the next due
 * date of the person's cycle in the course's recurring assignments they are enrolled in — the
 * soonest when several recur, since the pass must be renewed by then. New-hire induction is
 * taken once (enrolment-sync.ts), so it sets no expiry; null when no assignment of the person
 * recurs.
 */
export async function certificateValidUntil(
  em: EntityManager,
  personId: string,
  courseId: string,
  issuedAt: Date,
): Promise<CalendarDay | null> {
  const rows = await em.execute<AssignmentRow[]>(
    `select a.due_on, a.recurrence from assignment a
      where a.course_id = ? and a.active and a.recurrence <> 'once' and a.audience <> 'new_hires'
        and exists (select 1 from enrolment e where e.assignment_id = a.id and e.person_id = ?)`,
    [courseId, personId],
  );
  const passDay = kazakhstanDay(issuedAt);
  const dues = rows
    .map((row) => nextDueAfterPass({ dueOn: dayOf(row.due_on), recurrence: row.recurrence }, passDay))
    .filter((day): day is CalendarDay => day !== null)
    .sort();
  return dues[0] ?? null;
}

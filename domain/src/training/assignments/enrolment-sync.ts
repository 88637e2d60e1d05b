import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { Assignment, type IAssignment } from './assignment.entity.js';
import { audienceCondition } from './audience.js';
import {
  kazakhstanDay,
  startOfKazakhstanDay,
  startOfKazakhstanDaySql,
} from '../../kernel/kazakhstan-time.js';
import { currentCycle } from './cycles.js';

/**
 * Enrols the members of the assignment's audience who have no enrolment in its current
 * cycle, in one INSERT … SELECT however large the audience; returns how many were enrolled.
 * Changes the caller made are flushed first, the assignment among them.
 */
export async function enrolAudience(em: EntityManager, assignment: IAssignment, now: Date): Promise<number> {
  // An inactive assignment enrols no one.
  if (!assignment.active) return 0;
  await em.flush();
  const today = kazakhstanDay(now);
  const audience = audienceCondition(assignment, today);
  const newHires = assignment.audience === 'new_hires';
  const cycle = currentCycle(assignment, today);
  // One-off and new-hire assignments enrol a person once; recurring ones once per cycle. A cycle
  // is known by its own due date, which an extension keeps in `extended_from`.
  const alreadyEnrolled =
    newHires || assignment.recurrence === 'once'
      ? { sql: 'true', params: [] as unknown[] }
      : {
          sql: 'coalesce(e.extended_from, e.due_on) >= cast(? as date)',
          params: [cycle.windowStart] as unknown[],
        };
  // §68: induction within the first months after hiring (the assignment's months), counted from
  // the day of hiring, as addMonths counts them: the same day, or the month's last.
  const due = newHires
    ? {
        sql: `coalesce(cast(p.hired_at + make_interval(months => cast(? as int)) as date), cast(? as date))`,
        params: [assignment.newHireMonths ?? 0, cycle.dueOn] as unknown[],
      }
    : { sql: 'cast(? as date)', params: [cycle.dueOn] as unknown[] };
  const windowStart = newHires
    ? { sql: startOfKazakhstanDaySql('p.hired_at'), params: [] as unknown[] }
    : {
        sql: 'cast(? as timestamptz)',
        params: [cycle.windowStart ? startOfKazakhstanDay(cycle.windowStart) : null] as unknown[],
      };
  const [added] = await em.execute<{ count: string }[]>(
    `with added as (
       insert into enrolment (id, organization_id, assignment_id, person_id, course_id, window_start, due_on,
                              enrolled_at)
       select gen_random_uuid(), p.organization_id, ?, p.id, ?, ${windowStart.sql}, ${due.sql}, ?
         from person p
         join org_unit u on u.id = p.org_unit_id
         left join position pos on pos.id = p.position_id
        where p.organization_id = ? and p.active and (${audience.sql})
          and not exists (select 1 from enrolment e where e.assignment_id = ? and e.person_id = p.id
            and ${alreadyEnrolled.sql})
       returning 1)
     select count(*) as count from added`,
    [
      assignment.id,
      assignment.course.id,
      ...windowStart.params,
      ...due.params,
      now,
      assignment.organization.id,
      ...audience.params,
      assignment.id,
      ...alreadyEnrolled.params,
    ],
  );
  return Number(added?.count ?? 0);
}

/**
 * Enrols people who joined an audience since the last run, and everyone in the audience of
 * a recurring assignment whose new cycle began (§19, §68). Meant for the background job;
 * runs inside the caller's transaction, which flushes. The assignments stay locked until it
 * ends, so a second run at the same time waits and then finds everyone enrolled.
 */
export async function syncEnrolments(em: EntityManager, organizationId: string, now: Date): Promise<number> {
  const assignments = await em.find(
    Assignment,
    { organization: organizationId, active: true },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } },
  );
  let enrolled = 0;
  for (const assignment of assignments) enrolled += await enrolAudience(em, assignment, now);
  if (enrolled > 0) {
    await recordAudit(em, null, {
      organizationId,
      action: 'training.enrolments_synced',
      entityType: 'Organization',
      entityId: organizationId,
      data: { enrolled },
    });
  }
  return enrolled;
}

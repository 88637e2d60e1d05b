import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { newId } from '../../kernel/ids.js';
import { Assignment, Enrolment, type IAssignment } from './assignment.entity.js';
import { audienceCondition } from './audience.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addMonths, toDay } from '../../kernel/working-days.js';
import { currentCycle } from './cycles.js';

interface CandidateRow {
  id: string;
  hired_at: string | Date | null;
}

/**
 * Enrols the members of the assignment's audience who have no enrolment in its current
 * cycle (one query to find them); returns how many were enrolled. The caller flushes.
 */
export async function enrolAudience(em: EntityManager, assignment: IAssignment, now: Date): Promise<number> {
  // An inactive assignment enrols no one.
  if (!assignment.active) return 0;
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
  const rows = await em.execute<CandidateRow[]>(
    `select p.id, p.hired_at from person p
      join org_unit u on u.id = p.org_unit_id
      left join position pos on pos.id = p.position_id
     where p.organization_id = ? and p.active and (${audience.sql})
       and not exists (select 1 from enrolment e where e.assignment_id = ? and e.person_id = p.id
         and ${alreadyEnrolled.sql})`,
    [assignment.organization.id, ...audience.params, assignment.id, ...alreadyEnrolled.params],
  );
  for (const row of rows) {
    const hiredOn = row.hired_at ? toDay(row.hired_at) : null;
    // §68: induction within the first 3 calendar months after hiring (the assignment's months).
    const dueOn = newHires && hiredOn ? addMonths(hiredOn, assignment.newHireMonths ?? 0) : cycle.dueOn;
    const windowStart = newHires ? hiredOn : cycle.windowStart;
    em.create(Enrolment, {
      id: newId(),
      organization: assignment.organization,
      assignment,
      person: row.id,
      course: assignment.course,
      windowStart: windowStart ? startOfKazakhstanDay(windowStart) : null,
      dueOn,
      enrolledAt: now,
    });
  }
  return rows.length;
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

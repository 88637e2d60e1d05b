import type { EntityManager } from '@mikro-orm/postgresql';
import { Enrolment, type IEnrolment } from './assignment.entity.js';

/** A person's standing in their current cycle of an assigned course. */
export const ENROLMENT_STATUSES = [
  'not_started',
  'in_progress',
  'passed',
  'failed',
  'overdue',
  'withdrawn',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * For the enrolment `e`: `att`, where the person's attempts at the course's test within the
 * enrolment's window stand — read from the enrolment's own standing columns, which triggers keep
 * equal to that aggregate (migration 20261206100000_training_standing), so that a report over
 * every enrolment of an organisation does not visit its attempts. Binds one parameter, the
 * current moment (a timestamp): an open attempt past its deadline is no longer in progress.
 */
export const ENROLMENT_ATTEMPTS_SQL = `cross join lateral (
    select e.standing_passed as passed, e.standing_submitted as submitted,
           coalesce(e.standing_open_until > cast(:now as timestamptz), false) as open,
           e.standing_attempts as attempts, e.standing_best_score as best_score
  ) att`;

export const ENROLMENT_STATUS_SQL = `case
    when coalesce(att.passed, false) then 'passed'
    when e.withdrawn_at is not null then 'withdrawn'
    when e.due_on < cast(cast(:now as timestamptz) as date) then 'overdue'
    when coalesce(att.open, false) then 'in_progress'
    when coalesce(att.submitted, false) then 'failed'
    else 'not_started' end`;

/** Replaces the named parameters (`:name`) with positional ones, in the order they occur. */
export function bindNamed(sql: string, values: Record<string, unknown>): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bound = sql.replace(/(?<![:\w]):([a-zA-Z]+)\b/g, (match, name: string) => {
    if (!(name in values)) return match;
    params.push(values[name]);
    return '?';
  });
  return { sql: bound, params };
}

/** Every lock on enrolments is taken in this order, so that no two transactions wait in a circle. */
const IN_ONE_ORDER = 'order by e.id for no key update';

/**
 * Locks, in one order, every enrolment (each cycle's) of the person whose attempt this is, in that
 * attempt's course, before the attempt changes: the attempt's trigger rewrites their standing, and
 * taking them first — before the attempt's own lock — keeps starts,
 * submissions and the expiry job from waiting on each other in a circle. With `skipLocked`, false
 * when another transaction holds any of them (the job leaves that attempt for its next run).
 */
export async function lockStanding(
  em: EntityManager,
  target: { personId: string; attemptId: string },
  o: { skipLocked?: boolean } = {},
): Promise<boolean> {
  const where = `e.person_id = ? and e.course_id =
    (select t.course_id from attempt a join course_test t on t.id = a.test_id where a.id = ?)`;
  const params = [target.personId, target.attemptId];
  const locked = await em.execute<{ id: string }[]>(
    `select e.id from enrolment e where ${where} ${IN_ONE_ORDER}${o.skipLocked ? ' skip locked' : ''}`,
    params,
  );
  if (!o.skipLocked) return true;
  const [all] = await em.execute<{ count: string }[]>(
    `select count(*) as count from enrolment e where ${where}`,
    params,
  );
  return locked.length === Number(all?.count ?? 0);
}

/**
 * Before a start, which has no attempt yet: locks the person's enrolments in the course as
 * lockStanding does, and reads the current one (the latest due of those not withdrawn) in the same
 * statement. Null when the person is not enrolled in the course.
 */
export async function lockCurrentEnrolment(
  em: EntityManager,
  personId: string,
  courseId: string,
): Promise<IEnrolment | null> {
  const [current] = await em.execute<Record<string, unknown>[]>(
    `with locked as materialized (
       select e.* from enrolment e where e.person_id = ? and e.course_id = ? ${IN_ONE_ORDER}
     )
     select * from locked e where e.withdrawn_at is null order by e.due_on desc, e.id limit 1`,
    [personId, courseId],
  );
  return current ? em.map(Enrolment, current) : null;
}

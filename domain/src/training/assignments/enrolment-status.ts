import type { EntityManager } from '@mikro-orm/postgresql';

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

/**
 * Locks, in one order, every enrolment (each cycle's) of the person whose attempt this is, in that
 * attempt's course, before the attempt changes: the attempt's trigger rewrites their standing, and
 * taking them first — before the attempt's own lock — keeps starts,
 * submissions and the expiry job from waiting on each other in a circle. With `skipLocked`, false
 * when another transaction holds any of them (the job leaves that attempt for its next run).
 * `attemptId` may be null for a start: then the course's enrolments are named by `courseId`.
 */
export async function lockStanding(
  em: EntityManager,
  target: { personId: string } & ({ attemptId: string } | { courseId: string }),
  o: { skipLocked?: boolean } = {},
): Promise<boolean> {
  const course =
    'attemptId' in target
      ? {
          sql: '(select t.course_id from attempt a join course_test t on t.id = a.test_id where a.id = ?)',
          param: target.attemptId,
        }
      : { sql: '?', param: target.courseId };
  const where = `e.person_id = ? and e.course_id = ${course.sql}`;
  const params = [target.personId, course.param];
  const locked = await em.execute<{ id: string }[]>(
    `select e.id from enrolment e where ${where} order by e.id for no key update${o.skipLocked ? ' skip locked' : ''}`,
    params,
  );
  if (!o.skipLocked) return true;
  const [all] = await em.execute<{ count: string }[]>(
    `select count(*) as count from enrolment e where ${where}`,
    params,
  );
  return locked.length === Number(all?.count ?? 0);
}

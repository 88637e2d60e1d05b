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
 * For the enrolment `e`: a lateral subquery `att` over the person's attempts at the course's
 * test within the enrolment's window, and the status derived from it. Binds one parameter,
 * the current moment (a timestamp). Precedence: passed, withdrawn, overdue, in progress, failed, not
 * started: a withdrawn enrolment keeps a pass it had (results stay), and counts for nothing else.
 */
export const ENROLMENT_ATTEMPTS_SQL = `left join lateral (
    select bool_or(a.passed) as passed,
           bool_or(a.status <> 'open') as submitted,
           bool_or(a.status = 'open' and (a.deadline is null or a.deadline > cast(:now as timestamptz))) as open,
           count(*) as attempts,
           max(a.score_percent) as best_score
      from attempt a join course_test t on t.id = a.test_id
     where a.person_id = e.person_id and t.course_id = e.course_id
       and (e.window_start is null or a.started_at >= e.window_start)
  ) att on true`;

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

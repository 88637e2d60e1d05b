import { createAssignment, type Actor, type MikroORM } from '@adal/domain';
import { buildPublishedCourse } from '@adal/domain/testing';
import pg from 'pg';
import type { BenchRow } from '../report/bench-row.js';
import { GROUP } from './people-import-bench.js';

export interface EnrolledCourse {
  courseId: string;
  assignmentId: string;
  manager: Actor;
}

/** The day `days` after today in Kazakhstan (UTC+5), as 'YYYY-MM-DD'. */
export function kazakhstanDayAfter(now: Date, days: number): string {
  return new Date(now.getTime() + 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The floor: the same enrolments by one INSERT … SELECT through `pg`, rolled back. */
async function insertSelect(databaseUrl: string, assignmentId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    const started = performance.now();
    await client.query(
      `insert into enrolment (id, organization_id, assignment_id, person_id, course_id, due_on, enrolled_at)
       select gen_random_uuid(), p.organization_id, a.id, p.id, a.course_id, a.due_on + 1, now()
         from assignment a join person p on p.organization_id = a.organization_id and p.active
        where a.id = $1`,
      [assignmentId],
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query('rollback');
    return seconds;
  } finally {
    await client.end();
  }
}

/**
 * Assigning a course to the whole organisation of `people` people: the assignment is created and
 * everyone enrolled in one transaction, as the training manager does it from the page.
 */
export async function benchEnrolment(
  orm: MikroORM,
  databaseUrl: string,
  admin: Actor,
  people: number,
  now: Date,
): Promise<{ rows: BenchRow[]; enrolled: EnrolledCourse }> {
  const manager: Actor = { ...admin, roles: [...admin.roles, 'training_admin'] };
  const { course } = await buildPublishedCourse(orm, manager);
  const started = performance.now();
  const { assignment, enrolled } = await orm.em
    .fork()
    .transactional((em) =>
      createAssignment(
        em,
        manager,
        { courseId: course.id, audience: 'whole_org', dueOn: kazakhstanDayAfter(now, 5), recurrence: 'once' },
        now,
      ),
    );
  const seconds = (performance.now() - started) / 1000;
  // Everyone imported and the organisation's admin.
  if (enrolled !== people + 1) throw new Error(`${enrolled} enrolled, ${people + 1} expected`);
  const floorSeconds = await insertSelect(databaseUrl, assignment.id);
  const ratio = seconds / floorSeconds;
  return {
    rows: [
      {
        group: GROUP,
        operation: `enrol ${enrolled} people into a new assignment`,
        figure: `${seconds.toFixed(2)} s`,
        floor: `INSERT … SELECT ${floorSeconds.toFixed(2)} s`,
        ratio,
        goal: '≤ 3× the INSERT … SELECT',
        met: ratio <= 3,
      },
    ],
    enrolled: { courseId: course.id, assignmentId: assignment.id, manager },
  };
}

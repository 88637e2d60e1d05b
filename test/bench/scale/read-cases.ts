import type pg from 'pg';
import { operationDocument } from './operation-document';

/** A statement through plain `pg`: the floor an operation is measured against. */
export interface FloorStatement {
  sql: string;
  params: unknown[];
}

const DAY_MS = 86_400_000;
const KAZAKHSTAN_OFFSET_MS = 5 * 3_600_000;

/**
 * The start, in Kazakhstan (UTC+5), of the day a year ago: the hotline's KPIs are cut by whole days
 * there and refuse a bound within a day.
 */
export function yearAgoAtMidnight(): Date {
  const localDay = Math.floor((Date.now() - 365 * DAY_MS + KAZAKHSTAN_OFFSET_MS) / DAY_MS);
  return new Date(localDay * DAY_MS - KAZAKHSTAN_OFFSET_MS);
}

/** One read the screens make, with the plainest statement that computes the same result. */
export interface ReadCase {
  name: string;
  /** Who asks (a scale login's e-mail). */
  login: string;
  document: string;
  variables: Record<string, unknown>;
  floor: FloorStatement;
  /** Throws when the floor's answer is not the operation's: the floor must do the same work. */
  same(data: Record<string, unknown>, rows: Record<string, unknown>[]): void;
  /**
   * Measured computed each time: the gateway's kept figures (KPI values, completion reports) are
   * emptied before each request (kpi-view.ts).
   */
  cold?: boolean;
  /** A row that shows a cost rather than meets a goal: what it stands for, in place of the goal. */
  shows?: string;
}

/** The places and people of the holding the reads are asked about. */
export interface ReadTargets {
  organizationId: string;
  rootPath: string;
  /** The largest subsidiary's unit and a directorate inside it (a unit subtree). */
  subsidiary: { id: string; path: string };
  subtree: { id: string; path: string };
  employeeId: string;
}

export async function readTargets(pool: pg.Pool, organizationId: string): Promise<ReadTargets> {
  const unit = async (sql: string) =>
    (await pool.query<{ id: string; path: string }>(sql, [organizationId])).rows[0]!;
  const root = await unit('select id, path from org_unit where organization_id = $1 and parent_id is null');
  const subsidiary =
    await unit(`select u.id, u.path from org_unit u where u.organization_id = $1 and u.parent_id = (select id from org_unit where organization_id = $1 and parent_id is null)
      order by (select count(*) from org_unit d where d.path like u.path || '%') desc limit 1`);
  const subtree = await pool.query<{ id: string; path: string }>(
    `select id, path from org_unit where parent_id = $1 order by path limit 1`,
    [subsidiary.id],
  );
  const employee = await pool.query<{ id: string }>(
    `select id from person where email = 'employee@scale.adal.kz'`,
  );
  return {
    organizationId,
    rootPath: root.path,
    subsidiary,
    subtree: subtree.rows[0]!,
    employeeId: employee.rows[0]!.id,
  };
}

// Each person's current cycle of each course and where it stands (passed, overdue, in progress,
// failed, not started), from the standing each enrolment keeps. Binds $1 organisation, $2 unit path.
const STANDING = `standing as (
    select distinct on (e.person_id, e.course_id) e.person_id, e.course_id, e.due_on, u.path, p.full_name, p.email,
           e.standing_passed, e.standing_submitted, e.standing_open_until, e.standing_best_score as best
      from enrolment e join person p on p.id = e.person_id join org_unit u on u.id = p.org_unit_id
     where e.organization_id = $1 and e.withdrawn_at is null and p.active and u.path like $2 || '%'
     order by e.person_id, e.course_id, e.due_on desc),
  statused as (
    select standing.*, case when standing_passed then 'passed' when due_on < now()::date then 'overdue'
           when standing_open_until > now() then 'in_progress' when standing_submitted then 'failed'
           else 'not_started' end as status
      from standing)`;

function completionFloor(o: ReadTargets, path: string): FloorStatement {
  return {
    sql: `with ${STANDING}
      select split_part(substr(path, length($2) + 1), '/', 1) as child, grouping(split_part(substr(path, length($2) + 1), '/', 1)) as grouped,
             count(*) as assigned, count(*) filter (where status = 'passed') as passed,
             count(*) filter (where status = 'overdue') as overdue, count(*) filter (where status = 'not_started') as not_started
        from statused group by rollup (split_part(substr(path, length($2) + 1), '/', 1))`,
    params: [o.organizationId, path],
  };
}

function sameCompletion(data: Record<string, unknown>, rows: Record<string, unknown>[]): void {
  const total = (data['trainingCompletion'] as { total: { assigned: number; passed: number } }).total;
  const floor = rows.find((row) => Number(row['grouped']) === 1)!;
  if (total.assigned !== Number(floor['assigned']) || total.passed !== Number(floor['passed'])) {
    throw new Error(
      `completion ${total.assigned}/${total.passed} but the floor counts ${floor['assigned']}/${floor['passed']}`,
    );
  }
}

// The people of the subtree by name, each with the current cycle of each course and where it
// stands, a page of 50: the people walked in name order, each one's enrolments beside them.
function peopleFloor(o: ReadTargets, page: number): FloorStatement {
  return {
    sql: `select p.id as person_id, p.full_name, p.email, s.status, s.due_on, s.best, c.title
        from person p join org_unit u on u.id = p.org_unit_id
        cross join lateral (
          select distinct on (e.course_id) e.course_id, e.due_on, e.standing_best_score as best,
                 case when e.standing_passed then 'passed' when e.due_on < now()::date then 'overdue'
                 when e.standing_open_until > now() then 'in_progress' when e.standing_submitted then 'failed'
                 else 'not_started' end as status
            from enrolment e
           where e.person_id = p.id and e.organization_id = $1 and e.withdrawn_at is null
           order by e.course_id, e.due_on desc) s
        join course c on c.id = s.course_id
       where p.organization_id = $1 and p.active and u.path like $2 || '%'
       order by p.full_name, p.id, s.course_id limit 50 offset $3`,
    params: [o.organizationId, o.rootPath, (page - 1) * 50],
  };
}

function samePeople(data: Record<string, unknown>, rows: Record<string, unknown>[]): void {
  const people = data['trainingCompletionPeople'] as { fullName: string }[];
  const names = people.map((p) => p.fullName).join('|');
  const floor = rows.map((row) => row['full_name']).join('|');
  if (people.length !== rows.length || names !== floor)
    throw new Error('the floor lists other people than the page');
}

export function readCases(
  o: ReadTargets,
  kpi: { codes: string[]; holding: FloorStatement; subsidiary: FloorStatement },
): ReadCase[] {
  const head = 'head@scale.adal.kz';
  const completion = operationDocument('training', 'get_training_completion.query.graphql');
  const people = operationDocument('training', 'list_completion_people.query.graphql');
  const kpiDocument = operationDocument('hotline', 'list_hotline_kpis.query.graphql');
  const yearAgo = yearAgoAtMidnight().toISOString();
  const kpiCount = (data: Record<string, unknown>, rows: Record<string, unknown>[]) => {
    const values = data['kpiValues'] as unknown[];
    if (values.length !== kpi.codes.length || rows.length < kpi.codes.length)
      throw new Error('the floor computes other KPIs');
  };
  return [
    // Kept until its records change (ADR 019): measured computed, and as its readers get it again.
    {
      name: 'trainingCompletion, the whole holding, computed (cache emptied)',
      login: head,
      document: completion,
      variables: {},
      floor: completionFloor(o, o.rootPath),
      same: sameCompletion,
      cold: true,
    },
    {
      name: 'trainingCompletion, the whole holding, from the cache',
      login: head,
      document: completion,
      variables: {},
      floor: completionFloor(o, o.rootPath),
      same: sameCompletion,
    },
    {
      name: 'trainingCompletion, a unit subtree, computed (cache emptied)',
      login: head,
      document: completion,
      variables: { orgUnitId: o.subtree.id },
      floor: completionFloor(o, o.subtree.path),
      same: sameCompletion,
      cold: true,
    },
    {
      name: 'trainingCompletionPeople, page 1',
      login: head,
      document: people,
      variables: { figure: 'assigned', limit: 50, offset: 0 },
      floor: peopleFloor(o, 1),
      same: samePeople,
    },
    {
      name: 'trainingCompletionPeople, page 200',
      login: head,
      document: people,
      variables: { figure: 'assigned', limit: 50, offset: 199 * 50 },
      floor: peopleFloor(o, 200),
      same: samePeople,
    },
    {
      name: `kpiValues, all ${kpi.codes.length} KPIs, the holding`,
      login: head,
      document: kpiDocument,
      variables: { codes: kpi.codes, filter: { periodFrom: yearAgo } },
      floor: kpi.holding,
      same: kpiCount,
      cold: true,
    },
    {
      name: `kpiValues, all ${kpi.codes.length} KPIs, one subsidiary`,
      login: head,
      document: kpiDocument,
      variables: { codes: kpi.codes, filter: { periodFrom: yearAgo, orgUnitId: o.subsidiary.id } },
      floor: kpi.subsidiary,
      same: kpiCount,
      cold: true,
    },
    {
      name: 'hotlineCases, first page, filtered',
      login: head,
      document: operationDocument('hotline', 'list_hotline_cases.query.graphql'),
      variables: { filter: { status: 'closed', category: 'corruption', limit: 25 } },
      floor: {
        sql: `select r.id, r.number, r.status, r.category, r.received_at, count(*) over () as total,
                     (select json_agg(json_build_object('id', p.id, 'fullName', p.full_name)) from hotline_case_assignment a
                        join person p on p.id = a.investigator_id where a.report_id = r.id and a.unassigned_at is null) as assignees
                from hotline_report r
               where r.organization_id = $1 and r.status = 'closed' and r.category = 'corruption'
               order by r.received_at desc limit 25`,
        params: [o.organizationId],
      },
      same: (data, rows) => {
        const page = data['hotlineCases'] as { total: number; items: { id: string }[] };
        if (page.total !== Number(rows[0]?.['total']) || page.items[0]?.id !== rows[0]?.['id']) {
          throw new Error(`hotlineCases total ${page.total}, the floor ${rows[0]?.['total']}`);
        }
      },
    },
    {
      name: 'hotlineDashboard, a year',
      login: head,
      document: operationDocument('hotline', 'get_hotline_dashboard.query.graphql'),
      variables: { periodFrom: yearAgo },
      floor: {
        sql: `select status, category, grouping(status, category) as grouped, count(*) as cases,
                     count(*) filter (where acknowledged_at <= acknowledge_by) as acknowledged_in_time,
                     count(*) filter (where closed_at <= process_by) as processed_in_time
                from hotline_report where organization_id = $1 and received_at >= $2
               group by grouping sets ((), (status), (category))`,
        params: [o.organizationId, yearAgo],
      },
      same: () => undefined,
    },
    {
      name: 'auditEvents, search by action',
      login: 'auditor@scale.adal.kz',
      document: operationDocument('admin', 'audit_trail.query.graphql'),
      variables: { limit: 50, filter: { action: 'hotline.closed' } },
      floor: {
        sql: `select e.id, e.seq, e.at, e.action, e.entity_type, e.entity_id, e.data, p.full_name, p.email
                from audit_event e left join person p on p.id = e.actor_person_id
               where e.organization_id = $1 and e.action = 'hotline.closed' order by e.seq desc limit 50`,
        params: [o.organizationId],
      },
      same: (data, rows) => {
        const events = data['auditEvents'] as { id: string }[];
        if (events.length !== rows.length)
          throw new Error(`auditEvents gave ${events.length}, the floor ${rows.length}`);
      },
    },
    {
      name: 'myAssignments, one employee',
      login: 'employee@scale.adal.kz',
      document: operationDocument('training', 'list_my_assignments.query.graphql'),
      variables: {},
      floor: myEnrolments(o),
      same: (data, rows) => {
        const mine = data['myAssignments'] as unknown[];
        if (mine.length !== rows.length)
          throw new Error(`myAssignments gave ${mine.length}, the floor ${rows.length}`);
      },
    },
    {
      name: 'myWork, one employee',
      login: 'employee@scale.adal.kz',
      document: operationDocument('sdk', 'operations/my_work.query.graphql'),
      variables: {},
      floor: myEnrolments(o),
      same: () => undefined,
    },
    // What every signed-in request pays before it reads anything: HTTP, the token's signature, the
    // person and their roles (one statement), GraphQL's parsing and validation. Its floor is that
    // statement; a read whose own floor is a fraction of this cost cannot come within 1.5× of it.
    {
      name: 'a signed-in request with nothing to read ({ __typename })',
      login: 'employee@scale.adal.kz',
      document: 'query Nothing { __typename }',
      variables: {},
      floor: actorFloor(o),
      same: () => undefined,
      shows: 'none (the cost every request pays)',
    },
  ];
}

/** The person and their roles in the organisation, as the gateway reads them for each request. */
function actorFloor(o: ReadTargets): FloorStatement {
  return {
    sql: `select p.organization_id = $1 as member,
                 array(select g.role::text from role_grant g where g.person_id = p.id and g.organization_id = $1) as roles
            from person p where p.id = $2 and p.active`,
    params: [o.organizationId, o.employeeId],
  };
}

/** A person's current enrolments with where each stands: what their training page and home list. */
function myEnrolments(o: ReadTargets): FloorStatement {
  return {
    sql: `select distinct on (e.course_id) e.course_id, e.due_on, c.title, e.standing_passed, e.standing_attempts
            from enrolment e join course c on c.id = e.course_id
           where e.organization_id = $1 and e.person_id = $2 and e.withdrawn_at is null
           order by e.course_id, e.due_on desc`,
    params: [o.organizationId, o.employeeId],
  };
}

import { checkedPage } from '../../kernel/paging.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { OrgUnit, type IOrgUnit } from '../../org/org-unit.entity.js';
import { getOrgUnit } from '../../org/org-queries.js';
import { getCourse } from '../authoring/courses.js';
import {
  bindNamed,
  ENROLMENT_ATTEMPTS_SQL,
  ENROLMENT_STATUS_SQL,
  type EnrolmentStatus,
} from '../assignments/enrolment-status.js';
import { KeptFigures, type KeptFiguresOptions } from '../../kpi/kept-figures.js';
import type { KpiChangeFeed } from '../../kpi/kpi-change-feed.js';
import { COMPLETION_READERS } from '../training-roles.js';

export { COMPLETION_READERS };

/**
 * The figure whose people are listed: everyone assigned, or one column of the table. `not_started`,
 * `started` (an attempt made, not passed, not yet overdue), `passed` and `overdue` hold each person
 * exactly once; `failed` is the part of `started` whose attempts are all submitted.
 */
export const COMPLETION_FIGURES = [
  'assigned',
  'not_started',
  'started',
  'passed',
  'failed',
  'overdue',
] as const;
export type CompletionFigure = (typeof COMPLETION_FIGURES)[number];

/** At most this many people in one page of a figure (an export asks for all of them). */
export const MAX_COMPLETION_PEOPLE = 10_000;

export interface CompletionFigures {
  assigned: number;
  started: number;
  passed: number;
  failed: number;
  overdue: number;
  inProgress: number;
  notStarted: number;
  /** Shares of `assigned`, in percent with one decimal. */
  notStartedPercent: number;
  startedPercent: number;
  passedPercent: number;
  failedPercent: number;
  overduePercent: number;
}

export interface UnitCompletion {
  orgUnitId: string;
  /** The name as entered, which orders the rows. */
  name: string;
  names: LocalizedText;
  figures: CompletionFigures;
}

export interface CompletionReport {
  /** Null: all courses, each person counted once per course. */
  courseId: string | null;
  /** The unit asked for, or the organisation's root unit. */
  orgUnitId: string;
  orgUnitNames: LocalizedText;
  total: CompletionFigures;
  /** One entry per child unit (with its subtree) that has anyone assigned: the drill-down. */
  rows: UnitCompletion[];
}

export interface CompletionReportPerson {
  personId: string;
  fullName: string;
  email: string;
  orgUnitId: string;
  orgUnitNames: LocalizedText;
  courseId: string;
  courseTitle: LocalizedText;
  status: EnrolmentStatus;
  dueOn: string;
  attempts: number;
  bestScorePercent: number | null;
}

/**
 * A person's current cycle of a course: of the enrolments not withdrawn (of the one course when
 * given), the one with the latest due date — the first row of each person and course in this order.
 */
const CYCLE_FILTER = `e.organization_id = cast(:organization as uuid)
     and (cast(:course as uuid) is null or e.course_id = cast(:course as uuid))
     and e.withdrawn_at is null`;
const LATEST_CYCLE_FIRST = 'e.due_on desc';

/**
 * Each person's current cycle of each course, with the person's unit and the status. People who
 * left (no longer active) drop out of the figures. Nothing more is carried: every column here goes through
 * the sort of half a million enrolments at 100 000 people (docs/performance.md).
 */
const STANDING_SQL = `select distinct on (e.person_id, e.course_id) p.org_unit_id, ${ENROLMENT_STATUS_SQL} as status
    from enrolment e
    join person p on p.id = e.person_id
    join org_unit u on u.id = p.org_unit_id
    ${ENROLMENT_ATTEMPTS_SQL}
   where ${CYCLE_FILTER} and p.active and u.path like :path || '%'
   order by e.person_id, e.course_id, ${LATEST_CYCLE_FIRST}`;

/**
 * The people of the subtree, by name, each with their current cycle of each course (of the one
 * course when given) and where it stands — the rows `completionPeople` pages through. It walks the
 * people in name order (the index on the organisation's names) and takes each one's enrolments
 * beside them, so that a page reads the people before it and no more, instead of sorting every
 * standing of the organisation by name (docs/performance.md).
 */
const PEOPLE_SQL = `select p.id as person_id, s.course_id, c.title as course_title, s.status, p.full_name, p.email,
      u.id as unit_id, u.name as unit_name, u.names as unit_names, s.due_on, s.attempts, s.best_score
    from person p
    join org_unit u on u.id = p.org_unit_id
    cross join lateral (
      select distinct on (e.course_id) e.course_id, e.due_on, ${ENROLMENT_STATUS_SQL} as status,
             coalesce(att.attempts, 0) as attempts, att.best_score
        from enrolment e
        ${ENROLMENT_ATTEMPTS_SQL}
       where e.person_id = p.id and ${CYCLE_FILTER}
       order by e.course_id, ${LATEST_CYCLE_FIRST}
    ) s
    join course c on c.id = s.course_id
   where p.organization_id = cast(:organization as uuid) and p.active and u.path like :path || '%'`;

// Counted per unit first (a few thousand rows), then per child of the unit asked for and in all;
// the few result rows take their names last. Half a million standings are grouped by a unit id,
// not cut out of a path each or joined to units and grouped by their names.
const FIGURES_SQL = `with standing as (${STANDING_SQL}),
  per_unit as (
    select s.org_unit_id,
           count(*) as assigned,
           count(*) filter (where status in ('in_progress', 'failed')) as started,
           count(*) filter (where status = 'passed') as passed,
           count(*) filter (where status = 'failed') as failed,
           count(*) filter (where status = 'overdue') as overdue,
           count(*) filter (where status = 'in_progress') as in_progress,
           count(*) filter (where status = 'not_started') as not_started
      from standing s
     group by s.org_unit_id
  ),
  counted as (
    select nullif(split_part(substr(u.path, length(:path) + 1), '/', 1), '') as child_id,
           grouping(nullif(split_part(substr(u.path, length(:path) + 1), '/', 1), '')) as grouped,
           sum(assigned) as assigned, sum(started) as started, sum(passed) as passed, sum(failed) as failed,
           sum(overdue) as overdue, sum(in_progress) as in_progress, sum(not_started) as not_started
      from per_unit join org_unit u on u.id = per_unit.org_unit_id
     group by grouping sets ((nullif(split_part(substr(u.path, length(:path) + 1), '/', 1), '')), ())
  )
  select counted.*, child.name as child_name, child.names as child_names
    from counted left join org_unit child on child.id = cast(counted.child_id as uuid)`;

const FIGURE_FILTER: Record<CompletionFigure, string> = {
  assigned: 'true',
  not_started: "s.status = 'not_started'",
  // Started and not passed, not yet overdue: each person is in one of not started, started, passed, overdue.
  started: "s.status in ('in_progress', 'failed')",
  passed: "s.status = 'passed'",
  failed: "s.status = 'failed'",
  overdue: "s.status = 'overdue'",
};

type Count = string | number | null | undefined;

interface FigureRow {
  child_id: string | null;
  child_name: string | null;
  child_names: Partial<LocalizedText> | null;
  grouped: number | string;
  assigned: Count;
  started: Count;
  passed: Count;
  failed: Count;
  overdue: Count;
  in_progress: Count;
  not_started: Count;
}

interface PersonRow {
  person_id: string;
  course_id: string;
  course_title: LocalizedText;
  full_name: string;
  email: string;
  unit_id: string;
  unit_name: string;
  unit_names: Partial<LocalizedText> | null;
  status: EnrolmentStatus;
  due_on: string | Date;
  attempts: Count;
  best_score: Count;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

function figures(row: FigureRow | undefined): CompletionFigures {
  const n = (value: Count): number => Number(value ?? 0);
  const assigned = n(row?.assigned);
  const [started, passed, failed, overdue] = [row?.started, row?.passed, row?.failed, row?.overdue].map(n);
  return {
    assigned,
    started: started ?? 0,
    passed: passed ?? 0,
    failed: failed ?? 0,
    overdue: overdue ?? 0,
    inProgress: n(row?.in_progress),
    notStarted: n(row?.not_started),
    notStartedPercent: percent(n(row?.not_started), assigned),
    startedPercent: percent(started ?? 0, assigned),
    passedPercent: percent(passed ?? 0, assigned),
    failedPercent: percent(failed ?? 0, assigned),
    overduePercent: percent(overdue ?? 0, assigned),
  };
}

async function scope(
  em: EntityManager,
  actor: Actor,
  input: { courseId?: string | null; orgUnitId?: string | null },
): Promise<{ courseId: string | null; unit: IOrgUnit }> {
  requireAnyRole(actor, COMPLETION_READERS, 'see training completion');
  const course = input.courseId ? await getCourse(em, actor, input.courseId) : null;
  const unit = input.orgUnitId
    ? await getOrgUnit(em, actor, input.orgUnitId)
    : await em.findOne(
        OrgUnit,
        { organization: actor.organizationId, parent: null },
        { orderBy: { path: 'asc' } },
      );
  if (!unit) throw ValidationError.because('org.noUnits');
  return { courseId: course?.id ?? null, unit };
}

/**
 * §68: training statistics, for one course or all of them, in an org unit's subtree (the
 * root's without a unit), split by the unit's children for the drill-down. Counted in SQL,
 * one person once per course (their current cycle), active people only. With a cache, the
 * figures are kept until a record behind them changes (ADR 021): the reader's right and the
 * course and unit asked for are checked on every call all the same.
 */
export async function completionReport(
  em: EntityManager,
  actor: Actor,
  input: { courseId?: string | null; orgUnitId?: string | null },
  now: Date = new Date(),
  cache: CompletionReportCache | null = null,
): Promise<CompletionReport> {
  const { courseId, unit } = await scope(em, actor, input);
  const count = (on: EntityManager) => countCompletion(on, actor.organizationId, courseId, unit, now);
  if (!cache) return count(em);
  return cache.get({
    key: JSON.stringify([actor.organizationId, courseId, unit.id]),
    // An attempt's time limit passing moves its taker from "in progress" with no write, a due
    // date passing at midnight to "overdue".
    clockBound: true,
    now,
    em,
    compute: count,
  });
}

/** The rough size of a kept report: its rows' names and figures, counted generously. */
const BYTES_PER_ROW = 600;

/**
 * Completion reports kept until a record behind them changes: on the KPI tables' change feed,
 * whose tables include the enrolments, people and units the report counts (ADR 021). One per
 * process, beside the KPI values cache.
 */
export class CompletionReportCache extends KeptFigures<CompletionReport> {
  constructor(feed: KpiChangeFeed, o: KeptFiguresOptions = {}) {
    super(feed, (report) => (report.rows.length + 1) * BYTES_PER_ROW, o);
  }
}

async function countCompletion(
  em: EntityManager,
  organizationId: string,
  courseId: string | null,
  unit: IOrgUnit,
  now: Date,
): Promise<CompletionReport> {
  const query = bindNamed(FIGURES_SQL, {
    now,
    organization: organizationId,
    course: courseId,
    path: unit.path,
  });
  const rows = await em.execute<FigureRow[]>(query.sql, query.params);
  const groups = rows.filter((row) => Number(row.grouped) === 0 && row.child_id !== null);
  return {
    courseId,
    orgUnitId: unit.id,
    orgUnitNames: localizedName(unit.names, unit.name),
    total: figures(rows.find((row) => Number(row.grouped) !== 0)),
    rows: groups
      .map((row) => ({
        orgUnitId: row.child_id ?? '',
        name: row.child_name ?? '',
        names: localizedName(row.child_names, row.child_name ?? ''),
        figures: figures(row),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The named people behind one figure of `completionReport`, by name, a page at a time. */
export async function completionPeople(
  em: EntityManager,
  actor: Actor,
  input: {
    courseId?: string | null;
    orgUnitId?: string | null;
    figure: CompletionFigure;
    limit?: number;
    offset?: number;
  },
  now: Date = new Date(),
): Promise<CompletionReportPerson[]> {
  const { courseId, unit } = await scope(em, actor, input);
  if (!COMPLETION_FIGURES.includes(input.figure)) {
    throw ValidationError.because('training.completion.unknownFigure', { figure: String(input.figure) });
  }
  const { limit, offset } = checkedPage(input, { max: MAX_COMPLETION_PEOPLE, defaultLimit: 50 });
  const query = bindNamed(
    `${PEOPLE_SQL} and ${FIGURE_FILTER[input.figure]}
      order by p.full_name, p.id, s.course_id limit :limit offset :offset`,
    { now, organization: actor.organizationId, course: courseId, path: unit.path, limit, offset },
  );
  const rows = await em.execute<PersonRow[]>(query.sql, query.params);
  return rows.map((row) => ({
    personId: row.person_id,
    fullName: row.full_name,
    email: row.email,
    orgUnitId: row.unit_id,
    orgUnitNames: localizedName(row.unit_names, row.unit_name),
    courseId: row.course_id,
    courseTitle: row.course_title,
    status: row.status,
    dueOn: typeof row.due_on === 'string' ? row.due_on : row.due_on.toISOString().slice(0, 10),
    attempts: Number(row.attempts ?? 0),
    bestScorePercent: row.best_score === null || row.best_score === undefined ? null : Number(row.best_score),
  }));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import { getOrgUnit } from '../org/org-queries.js';
import { getCourse } from './courses.js';
import {
  bindNamed,
  ENROLMENT_ATTEMPTS_SQL,
  ENROLMENT_STATUS_SQL,
  ENROLMENT_STATUSES,
  type EnrolmentStatus,
} from './enrolment-status.js';
import { requireTrainingManager } from './training-roles.js';

export interface CompletionFigures {
  assigned: number;
  started: number;
  passed: number;
  failed: number;
  overdue: number;
  inProgress: number;
  notStarted: number;
  /** Shares of `assigned`, in percent with one decimal. */
  startedPercent: number;
  passedPercent: number;
  failedPercent: number;
  overduePercent: number;
}

export interface UnitCompletion {
  orgUnitId: string;
  name: string;
  figures: CompletionFigures;
}

export interface CompletionPerson {
  personId: string;
  fullName: string;
  orgUnitId: string;
  orgUnitName: string;
  status: EnrolmentStatus;
  dueOn: string;
  attempts: number;
  bestScorePercent: number | null;
}

export interface TrainingCompletion {
  courseId: string;
  orgUnitId: string | null;
  total: CompletionFigures;
  /** People placed directly in the unit, outside its children. */
  direct: CompletionFigures;
  /** One entry per child unit (with its subtree) that has anyone assigned: the drill-down. */
  children: UnitCompletion[];
  /** The named people behind the figures, filtered by status when asked. */
  people: CompletionPerson[];
}

interface FigureRow {
  child_id: string | null;
  child_name: string | null;
  grouped: number;
  assigned: string | number;
  started: string | number;
  passed: string | number;
  failed: string | number;
  overdue: string | number;
  in_progress: string | number;
  not_started: string | number;
}

interface PersonRow {
  person_id: string;
  full_name: string;
  unit_id: string;
  unit_name: string;
  status: EnrolmentStatus;
  due_on: string | Date;
  attempts: string | number | null;
  best_score: string | number | null;
}

/** Each person's current cycle of the course: the enrolment with the latest due date. */
const STANDING_SQL = `select distinct on (e.person_id) e.person_id, p.full_name, u.id as unit_id, u.name as unit_name,
      u.path, e.due_on, ${ENROLMENT_STATUS_SQL} as status, coalesce(att.attempts, 0) as attempts, att.best_score
    from enrolment e
    join person p on p.id = e.person_id
    join org_unit u on u.id = p.org_unit_id
    ${ENROLMENT_ATTEMPTS_SQL}
   where e.organization_id = cast(:organization as uuid) and e.course_id = cast(:course as uuid)
     and p.active and u.path like :path || '%'
   order by e.person_id, e.due_on desc`;

const FIGURES_SQL = `with standing as (${STANDING_SQL}),
  placed as (
    select s.*, nullif(split_part(substr(s.path, length(:path) + 1), '/', 1), '') as child_id from standing s
  )
  select placed.child_id, child.name as child_name, grouping(placed.child_id, child.name) as grouped,
         count(*) as assigned,
         count(*) filter (where attempts > 0) as started,
         count(*) filter (where status = 'passed') as passed,
         count(*) filter (where status = 'failed') as failed,
         count(*) filter (where status = 'overdue') as overdue,
         count(*) filter (where status = 'in_progress') as in_progress,
         count(*) filter (where status = 'not_started') as not_started
    from placed left join org_unit child on child.id = cast(placed.child_id as uuid)
   group by grouping sets ((placed.child_id, child.name), ())`;

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

function figures(row: FigureRow | undefined): CompletionFigures {
  const n = (value: string | number | undefined): number => Number(value ?? 0);
  const assigned = n(row?.assigned);
  const [started, passed, failed, overdue] = [
    n(row?.started),
    n(row?.passed),
    n(row?.failed),
    n(row?.overdue),
  ];
  return {
    assigned,
    started,
    passed,
    failed,
    overdue,
    inProgress: n(row?.in_progress),
    notStarted: n(row?.not_started),
    startedPercent: percent(started, assigned),
    passedPercent: percent(passed, assigned),
    failedPercent: percent(failed, assigned),
    overduePercent: percent(overdue, assigned),
  };
}

/**
 * §68: training statistics for administrators. Completion of a course in an org unit's
 * subtree (the whole organisation without a unit), split by the unit's children for the
 * drill-down, with the people behind the figures. Counted in SQL, one person once (their
 * current cycle), active people only.
 */
export async function trainingCompletion(
  em: EntityManager,
  actor: Actor,
  input: { courseId: string; orgUnitId?: string | null; status?: EnrolmentStatus },
  now: Date = new Date(),
): Promise<TrainingCompletion> {
  requireTrainingManager(actor, 'see training completion');
  const course = await getCourse(em, actor, input.courseId);
  const unit = input.orgUnitId ? await getOrgUnit(em, actor, input.orgUnitId) : null;
  if (input.status !== undefined && !ENROLMENT_STATUSES.includes(input.status)) {
    throw ValidationError.because(`Unknown status ${String(input.status)}`);
  }
  const values = { now, organization: actor.organizationId, course: course.id, path: unit?.path ?? '/' };
  const figureQuery = bindNamed(FIGURES_SQL, values);
  const peopleQuery = bindNamed(
    `select * from (${STANDING_SQL}) s ${input.status ? 'where s.status = :status' : ''} order by s.full_name`,
    { ...values, status: input.status },
  );
  const figureRows = await em.execute<FigureRow[]>(figureQuery.sql, figureQuery.params);
  const personRows = await em.execute<PersonRow[]>(peopleQuery.sql, peopleQuery.params);
  const total = figureRows.find((row) => Number(row.grouped) !== 0);
  const groups = figureRows.filter((row) => Number(row.grouped) === 0);
  return {
    courseId: course.id,
    orgUnitId: unit?.id ?? null,
    total: figures(total),
    direct: figures(groups.find((row) => row.child_id === null)),
    children: groups
      .filter((row) => row.child_id !== null)
      .map((row) => ({ orgUnitId: row.child_id ?? '', name: row.child_name ?? '', figures: figures(row) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    people: personRows.map((row) => ({
      personId: row.person_id,
      fullName: row.full_name,
      orgUnitId: row.unit_id,
      orgUnitName: row.unit_name,
      status: row.status,
      dueOn: typeof row.due_on === 'string' ? row.due_on : row.due_on.toISOString().slice(0, 10),
      attempts: Number(row.attempts ?? 0),
      bestScorePercent: row.best_score === null ? null : Number(row.best_score),
    })),
  };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { checkedPage } from '../../kernel/paging.js';
import { toDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Assignment, type IAssignment } from '../assignments/assignment.entity.js';
import {
  bindNamed,
  ENROLMENT_ATTEMPTS_SQL,
  ENROLMENT_STATUS_SQL,
  type EnrolmentStatus,
} from '../assignments/enrolment-status.js';
import { requireTrainingManager } from '../training-roles.js';
import {
  AssignmentChange,
  type AssignmentChangeKind,
  type AssignmentChangeState,
} from './assignment-change.entity.js';

export const MAX_ENROLMENT_PAGE = 100;
const MAX_SEARCH = 300;

/** One assignment of the actor's organisation, active or not; NOT_FOUND for anyone else's. */
export async function getTrainingAssignment(
  em: EntityManager,
  actor: Actor,
  assignmentId: string,
): Promise<{ assignment: IAssignment; enrolled: number }> {
  requireTrainingManager(actor, 'see assignments');
  const assignment = isUuid(assignmentId)
    ? await em.findOne(Assignment, { id: assignmentId, organization: actor.organizationId })
    : null;
  if (!assignment) throw NotFoundError.forId('Assignment', assignmentId);
  const [row] = await em.execute<{ enrolled: string | number }[]>(
    `select count(distinct e.person_id) as enrolled from enrolment e
      where e.assignment_id = cast(? as uuid) and e.withdrawn_at is null`,
    [assignment.id],
  );
  return { assignment, enrolled: Number(row?.enrolled ?? 0) };
}

/** A person enrolled by an assignment, in their current cycle of it. */
export interface AssignmentEnrolment {
  enrolmentId: string;
  personId: string;
  fullName: string;
  email: string;
  orgUnitNames: LocalizedText;
  status: EnrolmentStatus;
  /** 'YYYY-MM-DD': the due date in force. */
  dueOn: string;
  /** The cycle's due date before the person's was extended; null: not extended. */
  extendedFrom: string | null;
  attempts: number;
  /** The score of the person's last submitted attempt in the cycle; null: none yet. */
  lastScorePercent: number | null;
}

interface EnrolmentRow {
  enrolment_id: string;
  person_id: string;
  full_name: string;
  email: string;
  unit_name: string;
  unit_names: Partial<LocalizedText> | null;
  status: EnrolmentStatus;
  due_on: string | Date;
  extended_from: string | Date | null;
  attempts: string | number | null;
  last_score: string | number | null;
  total: string | number;
}

/**
 * The people an assignment enrolled (who are still on the staff), each in their current cycle of
 * it with status, due date, whether it was extended and their last score; by name, a page at a
 * time, searched by name, filtered by status.
 */
export async function assignmentEnrolments(
  em: EntityManager,
  actor: Actor,
  input: {
    assignmentId: string;
    status?: EnrolmentStatus | null;
    search?: string | null;
    limit?: number | null;
    offset?: number | null;
  },
  now: Date = new Date(),
): Promise<{ total: number; rows: AssignmentEnrolment[] }> {
  const { assignment } = await getTrainingAssignment(em, actor, input.assignmentId);
  const { limit, offset } = checkedPage(input, { max: MAX_ENROLMENT_PAGE, defaultLimit: 25 });
  const search = (input.search ?? '').trim();
  if (search.length > MAX_SEARCH) {
    throw ValidationError.because('org.searchTooLong', { field: 'search', max: MAX_SEARCH });
  }
  const like = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const query = bindNamed(
    `select cur.*, count(*) over () as total from (
       select distinct on (e.person_id) e.id as enrolment_id, e.person_id, p.full_name, p.email,
              u.name as unit_name, u.names as unit_names, e.due_on, e.extended_from,
              ${ENROLMENT_STATUS_SQL} as status, coalesce(att.attempts, 0) as attempts,
              (select a.score_percent from attempt a join course_test t on t.id = a.test_id
                where a.person_id = e.person_id and t.course_id = e.course_id and a.status <> 'open'
                  and (e.window_start is null or a.started_at >= e.window_start)
                order by a.submitted_at desc nulls last, a.started_at desc limit 1) as last_score
         from enrolment e
         join person p on p.id = e.person_id and p.active
         join org_unit u on u.id = p.org_unit_id
         ${ENROLMENT_ATTEMPTS_SQL}
        where e.assignment_id = cast(:assignment as uuid)
          and (cast(:like as text) is null or p.full_name ilike cast(:like as text))
        order by e.person_id, e.due_on desc
     ) cur
     where cast(:status as text) is null or cur.status = cast(:status as text)
     order by cur.full_name, cur.person_id limit :limit offset :offset`,
    { now, assignment: assignment.id, like, status: input.status ?? null, limit, offset },
  );
  const rows = await em.execute<EnrolmentRow[]>(query.sql, query.params);
  return {
    total: Number(rows[0]?.total ?? (offset > 0 ? await countOnly() : 0)),
    rows: rows.map((row) => ({
      enrolmentId: row.enrolment_id,
      personId: row.person_id,
      fullName: row.full_name,
      email: row.email,
      orgUnitNames: localizedName(row.unit_names, row.unit_name),
      status: row.status,
      dueOn: toDay(row.due_on),
      extendedFrom: row.extended_from === null ? null : toDay(row.extended_from),
      attempts: Number(row.attempts ?? 0),
      lastScorePercent: row.last_score === null ? null : Number(row.last_score),
    })),
  };

  // A page past the end holds no row to carry the total: count once more from the start.
  async function countOnly(): Promise<number> {
    const first = await assignmentEnrolments(em, actor, { ...input, offset: 0, limit: 1 }, now);
    return first.total;
  }
}

/** One change in an assignment's history. */
export interface AssignmentHistoryEntry {
  id: string;
  kind: AssignmentChangeKind;
  changedAt: Date;
  /** Null when the person was removed. */
  changedByName: string | null;
  before: AssignmentChangeState;
  after: AssignmentChangeState;
}

/** The changes made to an assignment since it was made, newest first. */
export async function assignmentHistory(
  em: EntityManager,
  actor: Actor,
  assignmentId: string,
): Promise<AssignmentHistoryEntry[]> {
  const { assignment } = await getTrainingAssignment(em, actor, assignmentId);
  const changes = await em.find(
    AssignmentChange,
    { assignment: assignment.id },
    { orderBy: { changedAt: 'desc', id: 'asc' }, populate: ['changedBy'] },
  );
  return changes.map((change) => ({
    id: change.id,
    kind: change.kind,
    changedAt: change.changedAt,
    changedByName: change.changedBy?.fullName ?? null,
    before: change.before,
    after: change.after,
  }));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { LocalizedText } from '../../kernel/locale.js';
import type { RoleCode } from '../../kernel/roles.js';
import type { AudienceKind, Recurrence } from './assignment.entity.js';
import { requireTrainingManager } from '../training-roles.js';

/** One assignment as training administrators see it in their list. */
export interface AssignmentSummary {
  id: string;
  courseId: string;
  courseTitle: LocalizedText;
  audience: AudienceKind;
  orgUnitIds: string[];
  role: RoleCode | null;
  newHireMonths: number | null;
  /** 'YYYY-MM-DD' */
  dueOn: string;
  recurrence: Recurrence;
  /** People enrolled by the assignment so far, each counted once across its cycles; withdrawn ones not. */
  enrolled: number;
  /** §9.1, §34: the register's risks the training answers. */
  riskIds: string[];
  createdAt: Date;
}

interface Row {
  id: string;
  course_id: string;
  title: LocalizedText;
  audience: AudienceKind;
  org_unit_ids: string[] | string;
  role: RoleCode | null;
  new_hire_months: number | null;
  due_on: string | Date;
  recurrence: Recurrence;
  risk_ids: string[] | null;
  enrolled: string | number;
  created_at: string | Date;
}

/** The organisation's active assignments, newest first, with their enrolled counts, in one query. */
export async function listAssignments(em: EntityManager, actor: Actor): Promise<AssignmentSummary[]> {
  requireTrainingManager(actor, 'see assignments');
  const rows = await em.execute<Row[]>(
    `select a.id, a.course_id, c.title, a.audience, a.org_unit_ids, a.role, a.new_hire_months, a.due_on,
            a.recurrence, a.risk_ids, a.created_at,
            (select count(distinct e.person_id) from enrolment e
              where e.assignment_id = a.id and e.withdrawn_at is null) as enrolled
       from assignment a
       join course c on c.id = a.course_id
      where a.organization_id = cast(? as uuid) and a.active
      order by a.created_at desc, a.id`,
    [actor.organizationId],
  );
  return rows.map((row) => ({
    id: row.id,
    courseId: row.course_id,
    courseTitle: row.title,
    audience: row.audience,
    orgUnitIds:
      typeof row.org_unit_ids === 'string' ? (JSON.parse(row.org_unit_ids) as string[]) : row.org_unit_ids,
    role: row.role,
    newHireMonths: row.new_hire_months,
    dueOn: typeof row.due_on === 'string' ? row.due_on : row.due_on.toISOString().slice(0, 10),
    recurrence: row.recurrence,
    enrolled: Number(row.enrolled),
    riskIds: row.risk_ids ?? [],
    createdAt: new Date(row.created_at),
  }));
}

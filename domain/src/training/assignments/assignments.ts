import { checkedRiskIds } from '../../compliance/risks/risk-answers.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isRoleCode, type RoleCode } from '../../kernel/roles.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { isUuid } from '../../org/org-queries.js';
import {
  Assignment,
  DEFAULT_NEW_HIRE_MONTHS,
  type AudienceKind,
  type IAssignment,
  type Recurrence,
} from './assignment.entity.js';
import { getCourseForChange } from '../authoring/courses.js';
import { isPeriodEnd } from './cycles.js';
import { enrolAudience } from './enrolment-sync.js';
import { requireTrainingManager } from '../training-roles.js';

/** Induction may be due at most a year after hiring. */
const MAX_NEW_HIRE_MONTHS = 12;

export interface CreateAssignmentInput {
  courseId: string;
  audience: AudienceKind;
  orgUnitIds?: readonly string[];
  role?: RoleCode;
  newHireMonths?: number;
  /**
   * 'YYYY-MM-DD'; for a recurring assignment the last day of its first calendar period; unused
   * for new hires, who are each due `newHireMonths` after hire.
   */
  dueOn: string;
  recurrence: Recurrence;
  /** §9.1, §34: the register's risks the training answers. */
  riskIds?: readonly string[] | null;
}

/** The audience, due date and recurrence of an assignment, checked as entered (§19, §35.2, §52.3, §68). */
export interface AssignmentFields {
  audience: AudienceKind;
  orgUnitIds: string[];
  role: RoleCode | null;
  newHireMonths: number | null;
  dueOn: string;
  recurrence: Recurrence;
}

/**
 * Checks an assignment's audience with its parameters and its due date against the calendar
 * cycles; units of another organisation are as good as absent.
 */
export async function checkedAssignmentFields(
  em: EntityManager,
  actor: Actor,
  input: Omit<CreateAssignmentInput, 'courseId'>,
): Promise<AssignmentFields> {
  // Named people are assigned by an event (event-assignments.ts), never by hand.
  if (input.audience === 'people')
    throw ValidationError.because('training.assignment.peopleByEvent', { field: 'audience' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) || Number.isNaN(Date.parse(input.dueOn))) {
    throw ValidationError.because('kernel.dueDate', { field: 'dueOn' });
  }
  const orgUnitIds = input.audience === 'org_units' ? [...new Set(input.orgUnitIds ?? [])] : [];
  if (input.audience === 'org_units') {
    if (orgUnitIds.length === 0)
      throw ValidationError.because('training.assignment.unitsRequired', { field: 'orgUnitIds' });
    const units = await em.find(OrgUnit, {
      id: { $in: orgUnitIds.filter(isUuid) },
      organization: actor.organizationId,
    });
    const missing = orgUnitIds.find((id) => !units.some((unit) => unit.id === id));
    if (missing !== undefined) throw NotFoundError.forId('OrgUnit', missing);
  }
  if (input.audience === 'role' && (input.role === undefined || !isRoleCode(input.role))) {
    throw ValidationError.because('training.assignment.roleRequired', { field: 'role' });
  }
  const newHireMonths =
    input.audience === 'new_hires' ? (input.newHireMonths ?? DEFAULT_NEW_HIRE_MONTHS) : null;
  if (
    newHireMonths !== null &&
    (!Number.isInteger(newHireMonths) || newHireMonths < 1 || newHireMonths > MAX_NEW_HIRE_MONTHS)
  ) {
    throw ValidationError.because('training.assignment.newHireMonths', {
      field: 'newHireMonths',
      max: MAX_NEW_HIRE_MONTHS,
    });
  }
  if (newHireMonths !== null && input.recurrence !== 'once') {
    throw ValidationError.because('training.assignment.newHireOnce', { field: 'recurrence' });
  }
  // §35.2, §19, §52.3, §68: a recurring assignment runs in calendar periods and falls due on
  // their last days; its first due date ends one (cycles.ts).
  if (newHireMonths === null && input.recurrence !== 'once' && !isPeriodEnd(input.recurrence, input.dueOn)) {
    throw ValidationError.because(`training.assignment.periodEnd.${input.recurrence}`, { field: 'dueOn' });
  }
  const wanted = {
    audience: input.audience,
    orgUnitIds,
    personIds: [] as string[],
    role: input.audience === 'role' ? (input.role ?? null) : null,
    newHireMonths,
    dueOn: input.dueOn,
    recurrence: input.recurrence,
  };
  return wanted;
}

/** Whether two assignments of a course name the same audience, due date and recurrence. */
export function sameAssignment(
  a: Pick<IAssignment, 'audience' | 'orgUnitIds' | 'role' | 'newHireMonths' | 'dueOn' | 'recurrence'> & {
    personIds?: readonly string[];
  },
  b: typeof a,
): boolean {
  const units = (ids: readonly string[]): string => [...ids].sort().join(',');
  return (
    a.audience === b.audience &&
    units(a.orgUnitIds) === units(b.orgUnitIds) &&
    units(a.personIds ?? []) === units(b.personIds ?? []) &&
    (a.role ?? null) === (b.role ?? null) &&
    (a.newHireMonths ?? null) === (b.newHireMonths ?? null) &&
    a.dueOn === b.dueOn &&
    a.recurrence === b.recurrence
  );
}

/**
 * Assigns a course to an audience and enrols its current members; later members are
 * enrolled by `syncEnrolments`. Units of another organisation are as good as absent. The
 * same assignment twice (a repeated click) is refused: it would only enrol everyone again.
 */
export async function createAssignment(
  em: EntityManager,
  actor: Actor,
  input: CreateAssignmentInput,
  now: Date = new Date(),
): Promise<{ assignment: IAssignment; enrolled: number }> {
  requireTrainingManager(actor, 'assign courses');
  // Assignments of one course take turns, so that two identical ones can't both pass the check.
  const course = await getCourseForChange(em, actor, input.courseId);
  const wanted = await checkedAssignmentFields(em, actor, input);
  const riskIds = await checkedRiskIds(em, actor.organizationId, input.riskIds);
  const existing = await em.find(Assignment, { course: course.id, active: true });
  const twin = existing.find((assignment) => sameAssignment(assignment, wanted));
  if (twin) {
    throw ConflictError.because('training.assignment.duplicate', {
      assignmentId: twin.id,
    });
  }
  const assignment = em.create(Assignment, {
    id: newId(),
    organization: actor.organizationId,
    course,
    ...wanted,
    riskIds,
    active: true,
    createdBy: actor.personId,
  });
  const enrolled = await enrolAudience(em, assignment, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.assignment_created',
    entityType: 'Assignment',
    entityId: assignment.id,
    data: {
      courseId: course.id,
      audience: input.audience,
      dueOn: input.dueOn,
      recurrence: input.recurrence,
      enrolled,
    },
  });
  return { assignment, enrolled };
}

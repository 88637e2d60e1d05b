import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { checkedRiskIds } from '../../compliance/risks/risk-answers.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { newId } from '../../kernel/ids.js';
import type { RoleCode } from '../../kernel/roles.js';
import { addCalendarDays, addMonths, toDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import {
  Assignment,
  Enrolment,
  type AudienceKind,
  type IAssignment,
  type IEnrolment,
} from '../assignments/assignment.entity.js';
import { checkedAssignmentFields, sameAssignment } from '../assignments/assignments.js';
import { Course } from '../authoring/course.entity.js';
import { audienceCondition } from '../assignments/audience.js';
import { calendarPeriod, currentCycle } from '../assignments/cycles.js';
import { bindNamed, ENROLMENT_ATTEMPTS_SQL, ENROLMENT_STATUS_SQL } from '../assignments/enrolment-status.js';
import { enrolAudience } from '../assignments/enrolment-sync.js';
import { TrainingReminder } from '../assignments/reminder.entity.js';
import { claimReminders, type DueReminder } from '../assignments/reminders.js';
import { requireTrainingManager } from '../training-roles.js';
import {
  AssignmentChange,
  type AssignmentChangeKind,
  type AssignmentChangeState,
} from './assignment-change.entity.js';

/** At most this many people get an extension in one go (a page of the enrolled people is 100). */
export const MAX_EXTENSION_PEOPLE = 1000;

export interface EditAssignmentInput {
  audience: AudienceKind;
  orgUnitIds?: readonly string[];
  role?: RoleCode;
  newHireMonths?: number;
  /** 'YYYY-MM-DD': for a recurring assignment the last day of a calendar period (cycles.ts). */
  dueOn: string;
  /** §9.1, §34: the register's risks the training answers; left out, they stay. */
  riskIds?: readonly string[] | null;
}

/** The assignment of the actor's organisation, locked for change; NOT_FOUND for anyone else's. */
export async function lockedAssignment(
  em: EntityManager,
  actor: Actor,
  assignmentId: string,
): Promise<IAssignment> {
  const assignment = isUuid(assignmentId)
    ? await lockedFresh(em, Assignment, { id: assignmentId, organization: actor.organizationId })
    : null;
  if (!assignment) throw NotFoundError.forId('Assignment', assignmentId);
  return assignment;
}

function requireActive(assignment: IAssignment): void {
  if (!assignment.active) throw ConflictError.because('training.assignment.inactive');
}

function stateOf(assignment: IAssignment): AssignmentChangeState {
  return {
    audience: assignment.audience,
    orgUnitIds: [...assignment.orgUnitIds],
    role: assignment.role ?? null,
    newHireMonths: assignment.newHireMonths ?? null,
    dueOn: toDay(assignment.dueOn),
    recurrence: assignment.recurrence,
    active: assignment.active,
  };
}

function recordChange(
  em: EntityManager,
  actor: Actor,
  assignment: IAssignment,
  kind: AssignmentChangeKind,
  before: AssignmentChangeState,
  after: AssignmentChangeState,
  now: Date,
): void {
  em.create(AssignmentChange, {
    id: newId(),
    organization: actor.organizationId,
    assignment,
    kind,
    changedBy: actor.personId,
    changedAt: now,
    before,
    after,
  });
}

interface EnrolmentRow {
  id: string;
  person_id: string;
  status: string;
  withdrawn: boolean;
}

interface OpenRow extends EnrolmentRow {
  in_audience: boolean;
}

/**
 * The enrolments of the assignment from the first day of its current cycle on (all of them when
 * `windowStart` is null: a one-off or new-hire assignment, or a deactivation), each with its status
 * and whether its person is in the assignment's audience now (on the staff, and matching it).
 */
async function currentCycleEnrolments(
  em: EntityManager,
  assignment: IAssignment,
  now: Date,
  windowStart: string | null,
): Promise<OpenRow[]> {
  await em.flush();
  const enrolments = bindNamed(
    `select e.id, e.person_id, ${ENROLMENT_STATUS_SQL} as status, e.withdrawn_at is not null as withdrawn
       from enrolment e
       ${ENROLMENT_ATTEMPTS_SQL}
      where e.assignment_id = cast(:assignment as uuid)
        and (cast(:windowStart as date) is null or e.due_on >= cast(:windowStart as date))`,
    { now, assignment: assignment.id, windowStart },
  );
  const rows = await em.execute<EnrolmentRow[]>(enrolments.sql, enrolments.params);
  const audience = audienceCondition(assignment, kazakhstanDay(now));
  const members = await em.execute<{ id: string }[]>(
    `select p.id from person p
       join org_unit u on u.id = p.org_unit_id
       left join position pos on pos.id = p.position_id
      where p.organization_id = ? and p.active and p.id = any(cast(? as uuid[])) and (${audience.sql})`,
    [assignment.organization.id, `{${rows.map((row) => row.person_id).join(',')}}`, ...audience.params],
  );
  const inAudience = new Set(members.map((member) => member.id));
  return rows.map((row) => ({ ...row, in_audience: inAudience.has(row.person_id) }));
}

/** The first day of the cycle whose enrolments an assignment's change applies to; null: all of them. */
function cycleStart(assignment: IAssignment, today: string): string | null {
  if (assignment.audience === 'new_hires' || assignment.recurrence === 'once') return null;
  return currentCycle(assignment, today).windowStart;
}

/**
 * Changes who takes an assigned course and when it is due. The enrolments follow: new members of
 * the audience are enrolled, members who left it have their open enrolments withdrawn (a pass
 * stays), members who come back have theirs reopened, and the open enrolments of the current
 * cycle move to the new due date (a later date given to a person is kept).
 */
export async function editTrainingAssignment(
  em: EntityManager,
  actor: Actor,
  assignmentId: string,
  input: EditAssignmentInput,
  now: Date = new Date(),
): Promise<{ assignment: IAssignment; enrolled: number; withdrawn: number }> {
  requireTrainingManager(actor, 'edit assignments');
  const assignment = await lockAssignmentFor(em, actor, assignmentId);
  // Assignments of one course take turns (as when one is made), so that no two become the same.
  await lockRow(em, Course, assignment.course.id);
  const checked = await checkedAssignmentFields(em, actor, { ...input, recurrence: assignment.recurrence });
  const riskIds =
    input.riskIds === undefined ? undefined : await checkedRiskIds(em, actor.organizationId, input.riskIds);
  // §68: new hires are each due months after their own hire; the stored date stays as it was.
  const fields =
    checked.newHireMonths !== null && assignment.audience === 'new_hires'
      ? { ...checked, dueOn: toDay(assignment.dueOn) }
      : checked;
  const others = await em.find(Assignment, {
    course: assignment.course.id,
    active: true,
    id: { $ne: assignment.id },
  });
  const twin = others.find((other) => sameAssignment(other, fields));
  if (twin) throw ConflictError.because('training.assignment.duplicate', { assignmentId: twin.id });
  const today = kazakhstanDay(now);
  if (fields.newHireMonths === null && fields.dueOn !== toDay(assignment.dueOn) && fields.dueOn < today) {
    throw ValidationError.because('training.assignment.dueInPast', { field: 'dueOn' });
  }
  const before = stateOf(assignment);
  const oldStart = cycleStart(assignment, today);
  em.assign(assignment, riskIds === undefined ? fields : { ...fields, riskIds });
  const cycle = currentCycle(assignment, today);
  const forNewHires = assignment.audience === 'new_hires';
  const moveDue = forNewHires
    ? before.audience === 'new_hires' && before.newHireMonths !== fields.newHireMonths
    : before.dueOn !== fields.dueOn;
  const rows = await currentCycleEnrolments(em, assignment, now, oldStart);
  let withdrawn = 0;
  const byId = new Map(
    (await em.find(Enrolment, { id: { $in: rows.map((row) => row.id) } }, { populate: ['person'] })).map(
      (e) => [e.id, e],
    ),
  );
  /** The date an enrolment falls due now: the cycle's, or (§68) its person's hire plus the months. */
  const dueOf = (enrolment: IEnrolment): string => {
    const hiredOn = enrolment.person.hiredAt ? toDay(enrolment.person.hiredAt) : null;
    return forNewHires && hiredOn ? addMonths(hiredOn, fields.newHireMonths ?? 0) : cycle.dueOn;
  };
  for (const row of rows) {
    const enrolment = byId.get(row.id);
    if (!enrolment || row.status === 'passed') continue;
    if (!row.in_audience) {
      if (!row.withdrawn) {
        enrolment.withdrawnAt = now;
        withdrawn += 1;
      }
      continue;
    }
    if (row.withdrawn) enrolment.withdrawnAt = null;
    if (moveDue) {
      const due = dueOf(enrolment);
      const extended = enrolment.extendedFrom !== null && enrolment.extendedFrom !== undefined;
      if (extended && toDay(enrolment.dueOn) > due) {
        enrolment.extendedFrom = due;
      } else {
        enrolment.dueOn = due;
        enrolment.extendedFrom = null;
      }
      if (!forNewHires) {
        enrolment.windowStart = cycle.windowStart ? startOfKazakhstanDay(cycle.windowStart) : null;
      }
    }
  }
  await em.flush();
  const enrolled = await enrolAudience(em, assignment, now);
  const after = { ...stateOf(assignment), enrolled, withdrawn };
  recordChange(em, actor, assignment, 'edited', before, after, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.assignment_edited',
    entityType: 'Assignment',
    entityId: assignment.id,
    data: {
      audience: assignment.audience,
      dueOn: fields.dueOn,
      riskIds: assignment.riskIds,
      enrolled,
      withdrawn,
    },
  });
  return { assignment, enrolled, withdrawn };
}

async function lockAssignmentFor(
  em: EntityManager,
  actor: Actor,
  assignmentId: string,
): Promise<IAssignment> {
  const assignment = await lockedAssignment(em, actor, assignmentId);
  requireActive(assignment);
  return assignment;
}

/**
 * Gives the chosen people of an assignment a later due date in their current cycle: after today
 * and after the date they have now. The date before the first extension is kept.
 */
export async function extendTrainingDueDate(
  em: EntityManager,
  actor: Actor,
  input: { assignmentId: string; personIds: readonly string[]; dueOn: string },
  now: Date = new Date(),
): Promise<{ extended: number }> {
  requireTrainingManager(actor, 'extend due dates');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) || Number.isNaN(Date.parse(input.dueOn))) {
    throw ValidationError.because('kernel.dueDate', { field: 'dueOn' });
  }
  const personIds = [...new Set(input.personIds)];
  if (personIds.length === 0) {
    throw ValidationError.because('training.assignment.choosePeople', { field: 'personIds' });
  }
  if (personIds.length > MAX_EXTENSION_PEOPLE) {
    throw ValidationError.because('kernel.pageSize', { field: 'personIds', max: MAX_EXTENSION_PEOPLE });
  }
  const assignment = await lockAssignmentFor(em, actor, input.assignmentId);
  if (input.dueOn <= kazakhstanDay(now)) {
    throw ValidationError.because('training.assignment.extensionNotAhead', { field: 'dueOn' });
  }
  const enrolments = await em.find(
    Enrolment,
    { assignment: assignment.id, person: { $in: personIds.filter(isUuid) }, withdrawnAt: null },
    { orderBy: { dueOn: 'desc', id: 'asc' }, refresh: true },
  );
  const current = new Map<string, (typeof enrolments)[number]>();
  for (const enrolment of enrolments) {
    if (!current.has(enrolment.person.id)) current.set(enrolment.person.id, enrolment);
  }
  const missing = personIds.find((id) => !current.has(id));
  if (missing !== undefined) throw NotFoundError.forId('Enrolment', missing);
  const latest = [...current.values()].reduce((max, e) => (toDay(e.dueOn) > max ? toDay(e.dueOn) : max), '');
  if (input.dueOn <= latest) {
    throw ValidationError.because('training.assignment.extensionNotLater', { field: 'dueOn', dueOn: latest });
  }
  // §35.2, §68: a recurring assignment's next cycle has its own due date; an extension ends before it.
  if (assignment.recurrence !== 'once' && assignment.audience !== 'new_hires') {
    const cycleDue = [...current.values()].reduce((max, e) => {
      const own = toDay(e.extendedFrom ?? e.dueOn);
      return own > max ? own : max;
    }, '');
    const nextDue = calendarPeriod(assignment.recurrence, addCalendarDays(cycleDue, 1)).last;
    if (input.dueOn >= nextDue) {
      throw ValidationError.because('training.assignment.extensionPastNextCycle', {
        field: 'dueOn',
        dueOn: nextDue,
      });
    }
  }
  const previous = new Set<string>();
  for (const enrolment of current.values()) {
    previous.add(toDay(enrolment.dueOn));
    enrolment.extendedFrom ??= toDay(enrolment.dueOn);
    enrolment.dueOn = input.dueOn;
  }
  recordChange(
    em,
    actor,
    assignment,
    'extended',
    { dueOn: [...previous].sort().join(', '), personIds },
    { dueOn: input.dueOn, personIds },
    now,
  );
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.due_date_extended',
    entityType: 'Assignment',
    entityId: assignment.id,
    data: { dueOn: input.dueOn, people: personIds.length },
  });
  return { extended: current.size };
}

/**
 * Stops an assignment: its open enrolments are withdrawn, passes and attempts stay; it enrols no
 * one and reminds no one any more.
 */
export async function deactivateTrainingAssignment(
  em: EntityManager,
  actor: Actor,
  assignmentId: string,
  now: Date = new Date(),
): Promise<{ assignment: IAssignment; withdrawn: number }> {
  requireTrainingManager(actor, 'deactivate assignments');
  const assignment = await lockAssignmentFor(em, actor, assignmentId);
  const before = stateOf(assignment);
  const rows = await currentCycleEnrolments(em, assignment, now, null);
  const open = rows.filter((row) => !row.withdrawn && row.status !== 'passed').map((row) => row.id);
  const enrolments = await em.find(Enrolment, { id: { $in: open } });
  for (const enrolment of enrolments) enrolment.withdrawnAt = now;
  assignment.active = false;
  recordChange(
    em,
    actor,
    assignment,
    'deactivated',
    before,
    { ...stateOf(assignment), withdrawn: open.length },
    now,
  );
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.assignment_deactivated',
    entityType: 'Assignment',
    entityId: assignment.id,
    data: { withdrawn: open.length },
  });
  return { assignment, withdrawn: open.length };
}

interface ReminderRow {
  enrolment_id: string;
  person_id: string;
  email: string;
  full_name: string;
  locale: DueReminder['locale'];
  title: DueReminder['courseTitle'];
  due_on: string | Date;
}

const DAY_MS = 86_400_000;

/**
 * Reminds now, by e-mail, everyone of the assignment's current cycle who has not passed. Nobody
 * gets two mails on one day: people reminded today (by hand or by the daily job) are left out, and
 * the reminders are recorded so that the job leaves them out too. Answers the reminders, for the
 * caller to queue their mails once this transaction has committed.
 */
export async function sendTrainingReminderNow(
  em: EntityManager,
  actor: Actor,
  assignmentId: string,
  now: Date = new Date(),
): Promise<{ count: number; reminders: DueReminder[] }> {
  requireTrainingManager(actor, 'remind learners');
  const assignment = await lockAssignmentFor(em, actor, assignmentId);
  const today = kazakhstanDay(now);
  const { sql, params } = bindNamed(
    `select * from (
       select distinct on (e.person_id) e.id as enrolment_id, e.person_id, p.email, p.full_name, p.locale,
              c.title, e.due_on, ${ENROLMENT_STATUS_SQL} as status
         from enrolment e
         join person p on p.id = e.person_id and p.active
         join course c on c.id = e.course_id
         ${ENROLMENT_ATTEMPTS_SQL}
        where e.assignment_id = cast(:assignment as uuid) and e.withdrawn_at is null
        order by e.person_id, e.due_on desc
     ) cur
     where cur.status <> 'passed'
       and not exists (select 1 from training_reminder r
                        where r.enrolment_id = cur.enrolment_id and r.sent_at >= cast(:dayStart as timestamptz))
     order by cur.email`,
    { now, assignment: assignment.id, dayStart: startOfKazakhstanDay(today) },
  );
  const rows = await claimReminders(
    em,
    (await em.execute<ReminderRow[]>(sql, params)).map((row) => ({ ...row, enrolmentId: row.enrolment_id })),
    now,
  );
  const step = Math.round(Date.parse(today) / DAY_MS);
  const reminders = rows.map((row): DueReminder => {
    const dueOn = toDay(row.due_on);
    em.create(TrainingReminder, {
      organization: actor.organizationId,
      enrolment: row.enrolment_id,
      kind: 'manual',
      step,
      dueOn,
      sentAt: now,
    });
    return {
      enrolmentId: row.enrolment_id,
      organizationId: actor.organizationId,
      personId: row.person_id,
      email: row.email,
      fullName: row.full_name,
      locale: row.locale,
      courseTitle: row.title,
      dueOn,
      kind: dueOn < today ? 'overdue' : 'due_soon',
      step,
    };
  });
  recordChange(em, actor, assignment, 'reminded', {}, { reminded: reminders.length }, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.reminders_sent',
    entityType: 'Assignment',
    entityId: assignment.id,
    data: { reminded: reminders.length },
  });
  return { count: reminders.length, reminders };
}

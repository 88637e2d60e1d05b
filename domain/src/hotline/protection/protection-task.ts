import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { RoleGrant } from '../../org/role-grant.entity.js';
import { caseForManager } from '../cases/case-access.js';
import { casesWithheldFrom } from '../cases/case-handler.js';
import { formatCaseNumber } from '../cases/case-number.js';
import type { PersonRef } from '../cases/case-summary.js';
import type { IHotlineReport } from '../cases/hotline-report.entity.js';
import { reportingLineOf } from '../cases/reporting-line.js';
import { HOTLINE_MANAGERS } from '../hotline-roles.js';
import { HotlineProtectionTask, type IHotlineProtectionTask } from './hotline-protection-task.entity.js';
import { PROTECTION_TASK_OWNERS } from './protection-roles.js';

export const MAX_TASK_NOTE = 2_000;

export interface ProtectionTaskInput {
  ownerId: string;
  /** YYYY-MM-DD, Kazakhstan's calendar; today or later. */
  reviewOn: string;
}

export interface ProtectionTaskView {
  id: string;
  caseId: string;
  caseNumber: string;
  owner: PersonRef;
  reviewOn: string;
  overdue: boolean;
  createdAt: Date;
  completedAt: Date | null;
  completionNote: string | null;
}

/**
 * Checks a task before anything is written: an owner among the compliance staff of the
 * organisation and a review date from today on. Answers the owner's id.
 */
export async function checkProtectionTask(
  em: EntityManager,
  actor: Actor,
  input: ProtectionTaskInput | null | undefined,
  now: Date,
  unfitOwners: ReadonlySet<string>,
): Promise<ProtectionTaskInput> {
  if (!input?.ownerId)
    throw ValidationError.because('hotline.protectionTask.ownerRequired', { field: 'ownerId' });
  const reviewOn = input.reviewOn ?? '';
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(reviewOn) ||
    Number.isNaN(Date.parse(reviewOn)) ||
    reviewOn < kazakhstanDay(now)
  ) {
    throw ValidationError.because('hotline.protectionTask.reviewOn', { field: 'reviewOn' });
  }
  const staff = isUuid(input.ownerId)
    ? await em.count(RoleGrant, {
        organization: actor.organizationId,
        role: { $in: [...PROTECTION_TASK_OWNERS] },
        person: { id: input.ownerId, active: true },
      })
    : 0;
  if (staff === 0)
    throw ValidationError.because('hotline.protectionTask.ownerNotStaff', { field: 'ownerId' });
  // ADR 008: nobody the report names, nor anyone in their reporting line, protects its reporter.
  if (unfitOwners.has(input.ownerId))
    throw ValidationError.because('hotline.protectionTask.ownerNamed', { field: 'ownerId' });
  return { ownerId: input.ownerId, reviewOn };
}

/** Those who may not protect a case's reporter: the people it names and their reporting line (ADR 008). */
export async function unfitTaskOwners(
  em: EntityManager,
  report: IHotlineReport,
  named: ReadonlySet<string>,
): Promise<Set<string>> {
  return new Set([...named, ...(await reportingLineOf(em, report.organization.id, [...named]))]);
}

/**
 * The compliance staff who may own a protection task, for the one who triages a case (the
 * compliance head, or the alternate handler of a case that names one): never a person the case
 * names nor anyone in their reporting line.
 */
export async function protectionTaskOwners(
  em: EntityManager,
  actor: Actor,
  caseId: string,
): Promise<PersonRef[]> {
  const { report, handling } = await caseForManager(em, actor, caseId, 'assign protection tasks', 'read');
  const unfit = await unfitTaskOwners(em, report, handling.named);
  const grants = await em.find(
    RoleGrant,
    {
      organization: actor.organizationId,
      role: { $in: [...PROTECTION_TASK_OWNERS] },
      person: { active: true },
    },
    { populate: ['person'], orderBy: { person: { fullName: 'asc' } } },
  );
  const owners = new Map<string, PersonRef>();
  for (const grant of grants) {
    if (!unfit.has(grant.person.id))
      owners.set(grant.person.id, { id: grant.person.id, fullName: grant.person.fullName });
  }
  return [...owners.values()];
}

/** ISO 37002 §8.4: a task to protect those at high risk of retaliation; the caller checked the input. */
export async function createProtectionTask(
  em: EntityManager,
  actor: Actor,
  report: IHotlineReport,
  input: ProtectionTaskInput,
  now: Date,
): Promise<IHotlineProtectionTask> {
  const task = em.create(HotlineProtectionTask, {
    id: newId(),
    organization: report.organization,
    report,
    owner: input.ownerId,
    reviewOn: input.reviewOn,
    createdBy: actor.personId,
    createdAt: now,
    completedAt: null,
    completedBy: null,
    completionNote: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.protection_task_created',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { taskId: task.id, ownerId: input.ownerId, reviewOn: input.reviewOn },
  });
  return task;
}

function view(task: IHotlineProtectionTask, today: string): ProtectionTaskView {
  return {
    id: task.id,
    caseId: task.report.id,
    caseNumber: formatCaseNumber(task.report.number, task.report.receivedAt),
    owner: { id: task.owner.id, fullName: task.owner.fullName },
    reviewOn: task.reviewOn,
    overdue: task.completedAt === null && task.reviewOn < today,
    createdAt: task.createdAt,
    completedAt: task.completedAt ?? null,
    completionNote: task.completionNote ?? null,
  };
}

/**
 * The protection tasks the actor may see: all of the organisation's for the compliance head,
 * their own for the other compliance staff, never those of a case hidden from them. Open ones
 * first, by review date.
 */
export async function listProtectionTasks(
  em: EntityManager,
  actor: Actor,
  filter: { openOnly?: boolean | null; overdueOnly?: boolean | null } = {},
  now: Date = new Date(),
  limit = 200,
): Promise<ProtectionTaskView[]> {
  requireAnyRole(actor, PROTECTION_TASK_OWNERS, 'see protection tasks');
  const today = kazakhstanDay(now);
  const hidden = await casesWithheldFrom(em, actor);
  const tasks = await em.find(
    HotlineProtectionTask,
    {
      organization: actor.organizationId,
      ...(hidden.length > 0 ? { report: { $nin: hidden } } : {}),
      ...(hasAnyRole(actor, HOTLINE_MANAGERS) ? {} : { owner: actor.personId }),
      ...(filter.openOnly || filter.overdueOnly ? { completedAt: null } : {}),
      ...(filter.overdueOnly ? { reviewOn: { $lt: today } } : {}),
    },
    {
      populate: ['owner', 'report'],
      orderBy: [{ completedAt: 'asc nulls first' }, { reviewOn: 'asc' }, { id: 'asc' }],
      limit,
    },
  );
  return tasks.map((task) => view(task, today));
}

/**
 * Completes a task with a note of what was done: its owner or the compliance head. Locked
 * first, so that it completes once; a completed task is CONFLICT and changes nothing.
 */
export async function completeProtectionTask(
  em: EntityManager,
  actor: Actor,
  taskId: string,
  note: string,
  now: Date = new Date(),
): Promise<ProtectionTaskView> {
  requireAnyRole(actor, PROTECTION_TASK_OWNERS, 'complete protection tasks');
  const task = isUuid(taskId)
    ? await lockedFresh(em, HotlineProtectionTask, { id: taskId, organization: actor.organizationId })
    : null;
  if (!task || (await casesWithheldFrom(em, actor)).includes(task.report.id))
    throw NotFoundError.forId('Protection task', taskId);
  if (task.owner.id !== actor.personId && !hasAnyRole(actor, HOTLINE_MANAGERS)) {
    throw ForbiddenError.because('hotline.protectionTask.notOwner');
  }
  const text = note?.trim() ?? '';
  if (text.length === 0)
    throw ValidationError.because('hotline.protectionTask.noteRequired', { field: 'note' });
  if (text.length > MAX_TASK_NOTE) {
    throw ValidationError.because('hotline.protectionTask.noteTooLong', {
      field: 'note',
      max: MAX_TASK_NOTE,
    });
  }
  if (task.completedAt) throw ConflictError.because('hotline.protectionTask.completed');
  task.completedAt = now;
  task.completedBy = em.getReference(Person, actor.personId);
  task.completionNote = text;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.protection_task_completed',
    entityType: 'HotlineReport',
    entityId: task.report.id,
    data: { taskId: task.id, onTime: kazakhstanDay(now) <= task.reviewOn },
  });
  await em.populate(task, ['owner', 'report']);
  return view(task, kazakhstanDay(now));
}

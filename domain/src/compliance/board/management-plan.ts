import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { choiceOf, optionalDay, optionalPastDay, optionalText } from '../service/service-input.js';
import {
  MANAGEMENT_ACTIVITY_KINDS,
  ManagementActivity,
  ManagementPlan,
  type IManagementActivity,
  type IManagementPlan,
  type ManagementActivityKind,
} from './board.entity.js';

const MAX_MEMBERS = 40;
const TITLE_MAX = 300;

export interface ManagementActivityView {
  id: string;
  title: string;
  kind: ManagementActivityKind;
  plannedOn: CalendarDay;
  participatedOn: CalendarDay | null;
}

export interface ManagementMemberView {
  id: string;
  fullName: string;
  activities: ManagementActivityView[];
  /** Took part in at least one of their activities (§74.2). */
  tookPart: boolean;
}

export interface ManagementPlanView {
  id: string;
  year: number;
  members: ManagementMemberView[];
  updatedAt: Date;
}

/** The plans as people read them: their members and activities in two statements, however many plans. */
async function viewsOf(em: EntityManager, plans: readonly IManagementPlan[]): Promise<ManagementPlanView[]> {
  const memberIds = [...new Set(plans.flatMap((plan) => plan.members))];
  const people = memberIds.length
    ? await em.find(Person, {
        id: { $in: memberIds },
        organization: { $in: plans.map((p) => p.organization.id) },
      })
    : [];
  const activities = plans.length
    ? await em.find(
        ManagementActivity,
        { plan: { $in: plans.map((p) => p.id) } },
        { orderBy: { plannedOn: 'asc', createdAt: 'asc' } },
      )
    : [];
  return plans.map((plan) => {
    const members = plan.members.flatMap((id) => {
      const person = people.find((p) => p.id === id);
      if (!person) return [];
      const own = activities
        .filter((a) => a.plan.id === plan.id && a.person.id === id)
        .map((a) => ({
          id: a.id,
          title: a.title,
          kind: a.kind,
          plannedOn: toDay(a.plannedOn),
          participatedOn: a.participatedOn ? toDay(a.participatedOn) : null,
        }));
      return [
        {
          id,
          fullName: person.fullName,
          activities: own,
          tookPart: own.some((a) => a.participatedOn !== null),
        },
      ];
    });
    return { id: plan.id, year: plan.year, members, updatedAt: plan.updatedAt };
  });
}

async function viewOf(em: EntityManager, plan: IManagementPlan): Promise<ManagementPlanView> {
  const [view] = await viewsOf(em, [plan]);
  return view!;
}

/** §74.2: the organisation's management plans, the latest year first. */
export async function managementPlans(em: EntityManager, actor: Actor): Promise<ManagementPlanView[]> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the management plan');
  const plans = await em.find(
    ManagementPlan,
    { organization: actor.organizationId },
    { orderBy: { year: 'desc' } },
  );
  return viewsOf(em, plans);
}

/** The members as given, each once, all active people of the organisation. */
async function membersOf(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_MEMBERS) {
    throw ValidationError.because('compliance.managementPlan.member', { field: 'memberIds' });
  }
  const found = unique.length
    ? await em.count(Person, { id: { $in: unique }, organization: actor.organizationId, active: true })
    : 0;
  if (found !== unique.length) {
    throw ValidationError.because('compliance.managementPlan.member', { field: 'memberIds' });
  }
  return unique;
}

export interface ManagementPlanInput {
  year: number;
  memberIds: readonly string[];
}

/**
 * §74.2: 100 % participation of management in promoting anti-corruption needs a plan made for
 * management: one per year (this, the last or the next), naming its members. A second for the same
 * year is a CONFLICT; plans take turns on the organisation's row.
 */
export async function createManagementPlan(
  em: EntityManager,
  actor: Actor,
  input: ManagementPlanInput,
  now: Date,
): Promise<ManagementPlanView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'make the management plan');
  const thisYear = Number(kazakhstanDay(now).slice(0, 4));
  if (!Number.isInteger(input.year) || Math.abs(input.year - thisYear) > 1) {
    throw ValidationError.because('compliance.managementPlan.year', { field: 'year' });
  }
  const members = await membersOf(em, actor, input.memberIds);
  await lockRow(em, Organization, actor.organizationId);
  if (await em.count(ManagementPlan, { organization: actor.organizationId, year: input.year })) {
    throw ConflictError.because('compliance.managementPlan.exists', { year: input.year });
  }
  const plan = em.create(ManagementPlan, {
    id: newId(),
    organization: actor.organizationId,
    year: input.year,
    members,
    updatedBy: em.getReference(Person, actor.personId),
    updatedAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_management_plan.created',
    entityType: 'ManagementPlan',
    entityId: plan.id,
    data: { year: input.year, members: members.length },
  });
  await em.flush();
  return viewOf(em, plan);
}

async function lockedPlan(em: EntityManager, actor: Actor, id: string): Promise<IManagementPlan> {
  const plan = await lockedFresh(em, ManagementPlan, { id, organization: actor.organizationId });
  if (!plan) throw NotFoundError.forId('ManagementPlan', id);
  return plan;
}

/** §74.2: changes the plan's members; one who already has activities in it stays. */
export async function setManagementPlanMembers(
  em: EntityManager,
  actor: Actor,
  input: { planId: string; memberIds: readonly string[] },
  now: Date,
): Promise<ManagementPlanView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'change the management plan');
  const plan = await lockedPlan(em, actor, input.planId);
  const members = await membersOf(em, actor, input.memberIds);
  const removed = plan.members.filter((id) => !members.includes(id));
  if (removed.length && (await em.count(ManagementActivity, { plan: plan.id, person: { $in: removed } }))) {
    throw ValidationError.because('compliance.managementPlan.memberHasActivities', { field: 'memberIds' });
  }
  plan.members = members;
  plan.updatedBy = em.getReference(Person, actor.personId);
  plan.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_management_plan.members_set',
    entityType: 'ManagementPlan',
    entityId: plan.id,
    data: { members: members.length },
  });
  await em.flush();
  return viewOf(em, plan);
}

export interface ManagementActivityInput {
  planId: string;
  personId: string;
  title: string;
  kind: string;
  plannedOn: string;
}

/** §66.3, §74.2: an activity a member of management is to take part in, on a day of the plan's year. */
export async function addManagementActivity(
  em: EntityManager,
  actor: Actor,
  input: ManagementActivityInput,
  now: Date,
): Promise<ManagementPlanView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'plan an activity for management');
  const plan = await lockedPlan(em, actor, input.planId);
  if (!plan.members.includes(input.personId)) {
    throw ValidationError.because('compliance.managementActivity.notMember', { field: 'personId' });
  }
  const title = optionalText(input.title, 'title', TITLE_MAX);
  if (!title)
    throw ValidationError.because('compliance.managementActivity.titleRequired', { field: 'title' });
  const kind = choiceOf(input.kind, MANAGEMENT_ACTIVITY_KINDS, 'kind');
  const plannedOn = optionalDay(input.plannedOn, 'plannedOn');
  if (!plannedOn || Number(plannedOn.slice(0, 4)) !== plan.year) {
    throw ValidationError.because('compliance.managementActivity.day', { field: 'plannedOn' });
  }
  const activity = em.create(ManagementActivity, {
    id: newId(),
    organization: actor.organizationId,
    plan,
    person: em.getReference(Person, input.personId),
    title,
    kind,
    plannedOn,
    createdAt: now,
  });
  plan.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_management_activity.added',
    entityType: 'ManagementActivity',
    entityId: activity.id,
    data: { planId: plan.id, personId: input.personId, kind, plannedOn },
  });
  await em.flush();
  return viewOf(em, plan);
}

/**
 * §74.2: records the day the member took part (not after today, within the plan's year), or clears
 * it (null). Writes take turns on the plan's row.
 */
export async function recordManagementParticipation(
  em: EntityManager,
  actor: Actor,
  input: { activityId: string; participatedOn: string | null },
  now: Date,
): Promise<ManagementPlanView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'record management participation');
  const found: IManagementActivity | null = await em.findOne(ManagementActivity, {
    id: input.activityId,
    organization: actor.organizationId,
  });
  if (!found) throw NotFoundError.forId('ManagementActivity', input.activityId);
  const plan = await lockedPlan(em, actor, found.plan.id);
  const activity = await em.findOneOrFail(ManagementActivity, found.id, { refresh: true });
  const day = optionalPastDay(input.participatedOn, 'participatedOn', now);
  if (day && Number(day.slice(0, 4)) !== plan.year) {
    throw ValidationError.because('compliance.managementActivity.day', { field: 'participatedOn' });
  }
  activity.participatedOn = day;
  plan.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_management_activity.participation_recorded',
    entityType: 'ManagementActivity',
    entityId: activity.id,
    data: { participatedOn: day },
  });
  await em.flush();
  return viewOf(em, plan);
}

import { checkedRiskIds } from '../../compliance/risks/risk-answers.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { isRoleCode, type RoleCode } from '../../kernel/roles.js';
import { parseCalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { Person } from '../../org/person.entity.js';
import { Course } from '../../training/authoring/course.entity.js';
import { TrainingSession } from '../../training/sessions/session.entity.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';
import {
  ACTIVITY_AUDIENCES,
  ACTIVITY_KINDS,
  ACTIVITY_TOPICS,
  CHECK_FORMS,
  CultureActivity,
  type ActivityAudience,
  type ActivityKind,
  type ActivityTopic,
  type CheckForm,
  type ICultureActivity,
} from './culture-activity.entity.js';
import type { ICulturePlan } from './culture-plan.entity.js';
import { optionalText, requiredText } from './plan-input.js';
import { activityViews, type ActivityView } from './plan-view.js';
import { lockPlan, requireDraft } from './plans.js';

export interface ActivityInput {
  kind: string;
  topics?: readonly string[] | null;
  title: string;
  description?: string | null;
  audience: string;
  orgUnitIds?: readonly string[] | null;
  role?: string | null;
  deadline: string;
  responsibleIds: readonly string[];
  risks?: readonly string[] | null;
  /** The register's risks it answers; left out of an edit, they stay. */
  riskIds?: readonly string[] | null;
  checkForm: string;
  checkNoneReason?: string | null;
  courseId?: string | null;
  sessionId?: string | null;
  plannedParticipants?: number | null;
}

const MAX_RISKS = 20;

function oneOf<T extends string>(values: readonly T[], value: string, field: string): T {
  if (!(values as readonly string[]).includes(value)) {
    throw ValidationError.because('culture.activity.choice', { field, choices: values.join(', ') });
  }
  return value as T;
}

/** The activity's plan columns, checked: every refusal names its field and nothing is written. */
async function activityColumns(em: EntityManager, actor: Actor, plan: ICulturePlan, input: ActivityInput) {
  const kind = oneOf<ActivityKind>(ACTIVITY_KINDS, input.kind, 'kind');
  const topics = [...new Set(input.topics ?? [])].map((t) =>
    oneOf<ActivityTopic>(ACTIVITY_TOPICS, t, 'topics'),
  );
  const title = requiredText(input.title, 'title', 500, 'culture.activity.titleRequired');
  const description = optionalText(input.description, 'description', 10000);
  const audience = oneOf<ActivityAudience>(ACTIVITY_AUDIENCES, input.audience, 'audience');
  const deadline = parseCalendarDay(input.deadline);
  if (!deadline)
    throw ValidationError.because('kernel.notADayOf', {
      field: 'deadline',
      what: 'deadline',
      value: input.deadline,
    });
  // §35.1: the plan is the year's; an activity due outside it belongs to another year's plan.
  if (!deadline.startsWith(`${plan.year}-`)) {
    throw ValidationError.because('culture.activity.deadlineOutsideYear', {
      field: 'deadline',
      year: plan.year,
    });
  }
  let orgUnitIds: string[] = [];
  if (audience === 'org_units') {
    orgUnitIds = [...new Set(input.orgUnitIds ?? [])];
    const found = orgUnitIds.every(isUuid)
      ? await em.count(OrgUnit, { id: { $in: orgUnitIds }, organization: actor.organizationId })
      : -1;
    if (orgUnitIds.length === 0 || found !== orgUnitIds.length) {
      throw ValidationError.because('culture.activity.orgUnits', { field: 'orgUnitIds' });
    }
  }
  let role: RoleCode | null = null;
  if (audience === 'role') {
    if (!input.role || !isRoleCode(input.role))
      throw ValidationError.because('culture.activity.role', { field: 'role' });
    role = input.role;
  }
  // §35.1: each entry names who answers for it.
  const responsibleIds = [...new Set(input.responsibleIds)];
  const responsible = responsibleIds.every(isUuid)
    ? await em.count(Person, {
        id: { $in: responsibleIds },
        organization: actor.organizationId,
        active: true,
      })
    : -1;
  if (responsibleIds.length === 0 || responsible !== responsibleIds.length) {
    throw ValidationError.because('culture.activity.responsible', { field: 'responsibleIds' });
  }
  const risks = [...new Set((input.risks ?? []).map((r) => r.trim()).filter((r) => r !== ''))];
  if (risks.length > MAX_RISKS || risks.some((r) => r.length > 300)) {
    throw ValidationError.because('culture.activity.risks', { field: 'risks', max: MAX_RISKS });
  }
  const riskIds =
    input.riskIds === undefined ? undefined : await checkedRiskIds(em, actor.organizationId, input.riskIds);
  // §35.1, §35.2: how the knowledge gained is checked; "none" says why.
  const checkForm = oneOf<CheckForm>(CHECK_FORMS, input.checkForm, 'checkForm');
  const checkNoneReason =
    checkForm === 'none'
      ? requiredText(
          input.checkNoneReason,
          'checkNoneReason',
          2000,
          'culture.activity.checkNoneReasonRequired',
        )
      : null;
  // A test activity takes its results from a training course (§35.3).
  let course = null;
  if (checkForm === 'test') {
    course =
      input.courseId && isUuid(input.courseId)
        ? await em.findOne(Course, { id: input.courseId, organization: actor.organizationId })
        : null;
    if (!course) throw ValidationError.because('culture.activity.courseRequired', { field: 'courseId' });
  }
  const session = input.sessionId
    ? isUuid(input.sessionId)
      ? await em.findOne(TrainingSession, { id: input.sessionId, organization: actor.organizationId })
      : null
    : null;
  if (input.sessionId && !session)
    throw ValidationError.because('culture.activity.session', { field: 'sessionId' });
  const planned = input.plannedParticipants ?? null;
  if (planned !== null && (!Number.isInteger(planned) || planned < 0)) {
    throw ValidationError.because('culture.activity.participants', { field: 'plannedParticipants' });
  }
  return {
    kind,
    topics,
    title,
    description,
    audience,
    orgUnitIds,
    role,
    deadline,
    responsibleIds,
    risks,
    ...(riskIds === undefined ? {} : { riskIds }),
    checkForm,
    checkNoneReason,
    course,
    session,
    plannedParticipants: planned,
  };
}

async function oneView(
  em: EntityManager,
  actor: Actor,
  plan: ICulturePlan,
  row: ICultureActivity,
  now: Date,
) {
  const [view] = await activityViews(em, actor, plan, [row], kazakhstanDay(now));
  return view!;
}

/** §35.1: adds an entry to the draft (an approved version is frozen: amend it first). */
export async function addCultureActivity(
  em: EntityManager,
  actor: Actor,
  planId: string,
  input: ActivityInput,
  now: Date,
): Promise<ActivityView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'draft the culture plan');
  const plan = await lockPlan(em, actor, planId);
  requireDraft(plan);
  const row = em.create(CultureActivity, {
    ...(await activityColumns(em, actor, plan, input)),
    id: newId(),
    organization: actor.organizationId,
    plan,
    status: 'planned',
    incentives: [],
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_activity.added',
    entityType: 'CultureActivity',
    entityId: row.id,
    data: { year: plan.year, version: plan.version, kind: row.kind, deadline: input.deadline },
  });
  await em.flush();
  return oneView(em, actor, plan, row, now);
}

/** The activity and its plan, the plan locked for change (the plan is the aggregate). */
export async function lockedActivity(em: EntityManager, actor: Actor, id: string) {
  const found = isUuid(id)
    ? await em.findOne(CultureActivity, { id, organization: actor.organizationId })
    : null;
  if (!found) throw NotFoundError.forId('CultureActivity', id);
  const plan = await lockPlan(em, actor, found.plan.id);
  const row = await lockedFresh(em, CultureActivity, { id, organization: actor.organizationId });
  if (!row) throw NotFoundError.forId('CultureActivity', id);
  return { plan, row };
}

/** Changes a draft's entry. */
export async function updateCultureActivity(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: ActivityInput,
  now: Date,
): Promise<ActivityView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'draft the culture plan');
  const { plan, row } = await lockedActivity(em, actor, id);
  requireDraft(plan);
  Object.assign(row, await activityColumns(em, actor, plan, input));
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_activity.updated',
    entityType: 'CultureActivity',
    entityId: row.id,
    data: { year: plan.year, version: plan.version, deadline: input.deadline },
  });
  await em.flush();
  return oneView(em, actor, plan, row, now);
}

/** Removes a draft's entry; one carried out under an approved version keeps its record (cancel it instead). */
export async function removeCultureActivity(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'draft the culture plan');
  const { plan, row } = await lockedActivity(em, actor, id);
  requireDraft(plan);
  if (row.reportedAt) throw ConflictError.because('culture.activity.reported');
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_activity.removed',
    entityType: 'CultureActivity',
    entityId: row.id,
    data: { year: plan.year, version: plan.version, title: row.title },
  });
  em.remove(row);
  await em.flush();
  return true;
}

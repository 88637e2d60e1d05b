import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { startOfKazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import { Person } from '../../org/person.entity.js';
import type { NamedPerson } from '../../hotline/protection/protection.js';
import { CULTURE_APPROVERS, CULTURE_PLANNERS } from '../culture-roles.js';
import {
  CultureActivity,
  CultureEvidence,
  type ActivityStatus,
  type EvidenceKind,
  type ICultureActivity,
  type Incentive,
} from './culture-activity.entity.js';
import { CulturePlanVersion, type ICulturePlan, type PlanStatus } from './culture-plan.entity.js';
import { snapshotActivity, type ActivitySnapshot } from './plan-snapshot.js';
import { planWarnings, type PlanWarning } from './plan-rules.js';

export interface EvidenceView {
  id: string;
  kind: EvidenceKind;
  title: string;
  url: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  addedBy: NamedPerson;
  addedAt: Date;
}

/** Who took part and passed with at least 60 % (§35.3), read from the linked course or session. */
export interface ActivityResults {
  participants: number;
  passed: number;
}

export type ActivityAction = 'edit' | 'remove' | 'report' | 'add_evidence';

export interface ActivityView extends Omit<ActivitySnapshot, 'responsibleIds' | 'courseId' | 'sessionId'> {
  planId: string;
  planYear: number;
  responsible: NamedPerson[];
  course: { id: string; title: LocalizedText } | null;
  session: { id: string; topic: LocalizedText; plannedOn: CalendarDay } | null;
  status: ActivityStatus;
  /** Past its deadline and neither done nor cancelled. */
  overdue: boolean;
  heldOn: CalendarDay | null;
  actualParticipants: number | null;
  reportNote: string | null;
  incentives: Incentive[];
  reportedBy: NamedPerson | null;
  reportedAt: Date | null;
  results: ActivityResults | null;
  evidence: EvidenceView[];
  actions: ActivityAction[];
}

export interface PlanVersionSummary {
  number: number;
  reason: string | null;
  approvedBy: NamedPerson;
  approvedAt: Date;
}

export type PlanAction = 'edit' | 'submit' | 'approve' | 'return' | 'amend' | 'close';

export interface PlanView {
  id: string;
  year: number;
  status: PlanStatus;
  version: number;
  riskBasis: string | null;
  targetPassed: number | null;
  mergedInto: string | null;
  mergedNote: string | null;
  copiedFromYear: number | null;
  amendmentReason: string | null;
  returnNote: string | null;
  submittedBy: NamedPerson | null;
  submittedAt: Date | null;
  closingReport: string | null;
  closedBy: NamedPerson | null;
  closedAt: Date | null;
  activities: ActivityView[];
  warnings: PlanWarning[];
  versions: PlanVersionSummary[];
  actions: PlanAction[];
}

const named = (person: { id: string; fullName: string } | null | undefined): NamedPerson | null =>
  person ? { id: person.id, fullName: person.fullName } : null;

/** Whether the plan has an approved version in force (it is then carried out, even while amended). */
export function hasApprovedVersion(plan: ICulturePlan): boolean {
  return plan.status === 'approved' || plan.status === 'in_execution' || plan.version > 1;
}

function planActions(plan: ICulturePlan, actor: Actor): PlanAction[] {
  const plans = hasAnyRole(actor, CULTURE_PLANNERS);
  const approves = hasAnyRole(actor, CULTURE_APPROVERS);
  const actions: PlanAction[] = [];
  if (plans && plan.status === 'draft') actions.push('edit', 'submit');
  if (approves && plan.status === 'submitted') actions.push('approve', 'return');
  if (plans && (plan.status === 'approved' || plan.status === 'in_execution')) actions.push('amend', 'close');
  return actions;
}

function activityActions(plan: ICulturePlan, activity: ICultureActivity, actor: Actor): ActivityAction[] {
  const plans = hasAnyRole(actor, CULTURE_PLANNERS);
  const answersFor = activity.responsibleIds.includes(actor.personId);
  const actions: ActivityAction[] = [];
  if (plans && plan.status === 'draft') actions.push('edit', 'remove');
  if ((plans || answersFor) && hasApprovedVersion(plan) && plan.status !== 'closed') {
    actions.push('report', 'add_evidence');
  }
  return actions;
}

/** §35.3: a linked course's people who finished a test within the plan's year, and those with at least 60 %. */
async function courseResults(em: EntityManager, courseIds: string[], year: number) {
  if (courseIds.length === 0) return new Map<string, ActivityResults>();
  const rows: { course_id: string; participants: string; passed: string }[] = await em
    .getConnection()
    .execute(
      `select v.course_id, count(distinct a.person_id) as participants,
        count(distinct a.person_id) filter (where a.score_percent >= 60) as passed
      from attempt a join course_version v on v.id = a.course_version_id
      where v.course_id = any(cast(? as uuid[])) and a.status <> 'open'
        and a.submitted_at >= ${startOfKazakhstanDaySql('cast(? as date)')}
        and a.submitted_at < ${startOfKazakhstanDaySql('cast(? as date)')}
      group by v.course_id`,
      [`{${courseIds.join(',')}}`, `${year}-01-01`, `${year + 1}-01-01`],
    );
  return new Map(
    rows.map((r) => [r.course_id, { participants: Number(r.participants), passed: Number(r.passed) }]),
  );
}

/** A linked session's attendance: who came, and who passed its knowledge check with at least 60 %. */
async function sessionResults(em: EntityManager, sessionIds: string[]) {
  if (sessionIds.length === 0) return new Map<string, ActivityResults>();
  const rows: { session_id: string; participants: string; passed: string }[] = await em
    .getConnection()
    .execute(
      `select session_id, count(*) filter (where status = 'attended') as participants,
        count(*) filter (where status = 'attended' and score_percent >= 60) as passed
      from session_attendance where session_id = any(cast(? as uuid[])) group by session_id`,
      [`{${sessionIds.join(',')}}`],
    );
  return new Map(
    rows.map((r) => [r.session_id, { participants: Number(r.participants), passed: Number(r.passed) }]),
  );
}

/** The activities of a plan as the actor sees them, with their people, evidence and linked results. */
export async function activityViews(
  em: EntityManager,
  actor: Actor,
  plan: ICulturePlan,
  activities: ICultureActivity[],
  today: CalendarDay,
): Promise<ActivityView[]> {
  await em.populate(activities, ['course', 'session', 'reportedBy']);
  const personIds = [...new Set(activities.flatMap((a) => a.responsibleIds))];
  const people = personIds.length ? await em.find(Person, { id: { $in: personIds } }) : [];
  const byId = new Map(people.map((person) => [person.id, person]));
  const evidence = activities.length
    ? await em.find(
        CultureEvidence,
        { activity: { $in: activities.map((a) => a.id) } },
        { populate: ['addedBy'], orderBy: { addedAt: 'asc' } },
      )
    : [];
  const courses = await courseResults(
    em,
    [...new Set(activities.flatMap((a) => (a.course ? [a.course.id] : [])))],
    plan.year,
  );
  const sessions = await sessionResults(
    em,
    activities.flatMap((a) => (a.session ? [a.session.id] : [])),
  );
  return activities.map((a) => {
    const { responsibleIds, courseId, sessionId, ...columns } = snapshotActivity(a);
    return {
      ...columns,
      planId: plan.id,
      planYear: plan.year,
      responsible: responsibleIds.flatMap((id) => {
        const person = byId.get(id);
        return person ? [{ id, fullName: person.fullName }] : [];
      }),
      course: a.course ? { id: a.course.id, title: a.course.title } : null,
      session: a.session
        ? { id: a.session.id, topic: a.session.topic, plannedOn: toDay(a.session.plannedOn) }
        : null,
      status: a.status,
      overdue: (a.status === 'planned' || a.status === 'in_progress') && toDay(a.deadline) < today,
      heldOn: a.heldOn ? toDay(a.heldOn) : null,
      actualParticipants: a.actualParticipants ?? null,
      reportNote: a.reportNote ?? null,
      incentives: a.incentives,
      reportedBy: named(a.reportedBy),
      reportedAt: a.reportedAt ?? null,
      results:
        (courseId ? courses.get(courseId) : sessionId ? sessions.get(sessionId) : null) ??
        (courseId || sessionId ? { participants: 0, passed: 0 } : null),
      evidence: evidence
        .filter((e) => e.activity.id === a.id)
        .map((e) => ({
          id: e.id,
          kind: e.kind,
          title: e.title,
          url: e.url ?? null,
          fileName: e.fileName ?? null,
          contentType: e.contentType ?? null,
          sizeBytes: e.sizeBytes ?? null,
          addedBy: named(e.addedBy)!,
          addedAt: e.addedAt,
        })),
      actions: activityActions(plan, a, actor),
    };
  });
}

/** The whole plan as the actor sees it: its activities in deadline order, warnings, versions and actions. */
export async function planView(
  em: EntityManager,
  actor: Actor,
  plan: ICulturePlan,
  today: CalendarDay,
): Promise<PlanView> {
  await em.populate(plan, ['submittedBy', 'closedBy', 'copiedFrom']);
  const activities = await em.find(
    CultureActivity,
    { plan: plan.id },
    { orderBy: { deadline: 'asc', createdAt: 'asc' } },
  );
  const versions = await em.find(
    CulturePlanVersion,
    { plan: plan.id },
    { populate: ['approvedBy'], orderBy: { number: 'asc' } },
  );
  return {
    id: plan.id,
    year: plan.year,
    status: plan.status,
    version: plan.version,
    riskBasis: plan.riskBasis ?? null,
    targetPassed: plan.targetPassed ?? null,
    mergedInto: plan.mergedInto ?? null,
    mergedNote: plan.mergedNote ?? null,
    copiedFromYear: plan.copiedFrom?.year ?? null,
    amendmentReason: plan.amendmentReason ?? null,
    returnNote: plan.returnNote ?? null,
    submittedBy: named(plan.submittedBy),
    submittedAt: plan.submittedAt ?? null,
    closingReport: plan.closingReport ?? null,
    closedBy: named(plan.closedBy),
    closedAt: plan.closedAt ?? null,
    activities: await activityViews(em, actor, plan, activities, today),
    warnings: planWarnings(
      plan.year,
      activities.map((a) => ({
        topics: a.topics,
        checkForm: a.checkForm,
        deadline: toDay(a.deadline),
        status: a.status,
      })),
      today,
    ),
    versions: versions.map((v) => ({
      number: v.number,
      reason: v.reason ?? null,
      approvedBy: named(v.approvedBy)!,
      approvedAt: v.approvedAt,
    })),
    actions: planActions(plan, actor),
  };
}

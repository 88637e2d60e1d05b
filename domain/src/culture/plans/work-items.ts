import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay } from '../../kernel/working-days.js';
import { dayUrgency, type WorkItem, type WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { CULTURE_APPROVERS, CULTURE_PLANNERS } from '../culture-roles.js';
import { CultureActivity } from './culture-activity.entity.js';
import { CulturePlan } from './culture-plan.entity.js';

const PLUGIN = 'culture';
/** An activity two weeks from its deadline is close: time to book a room and invite people. */
export const ACTIVITY_DUE_SOON_DAYS = 14;
/** From October on, next year's plan is due to be drafted. */
const NEXT_YEAR_FROM_MONTH = 10;

const year = (value: number) => ({ kk: String(value), ru: String(value), en: String(value) });

/** §35.1: the responsible person's activities of the approved plans not yet done, overdue or close. */
async function myActivities(em: EntityManager, actor: Actor, today: string): Promise<WorkItem[]> {
  const rows = await em.find(
    CultureActivity,
    {
      organization: actor.organizationId,
      status: { $in: ['planned', 'in_progress'] },
      plan: {
        $or: [
          { status: { $in: ['approved', 'in_execution'] } },
          { version: { $gt: 1 }, status: { $ne: 'closed' } },
        ],
      },
    },
    { orderBy: { deadline: 'asc' } },
  );
  return rows
    .filter((a) => a.responsibleIds.includes(actor.personId))
    .map((a) => ({
      a,
      dueOn: toDay(a.deadline),
      urgency: dayUrgency(toDay(a.deadline), today, ACTIVITY_DUE_SOON_DAYS),
    }))
    .filter(({ urgency }) => urgency !== 'upcoming')
    .map(({ a, dueOn, urgency }) => ({
      id: `${PLUGIN}:activity:${a.id}`,
      plugin: PLUGIN,
      kind: urgency === 'overdue' ? 'culture_activity_overdue' : 'culture_activity_due',
      subject: { kk: a.title, ru: a.title, en: a.title },
      urgency,
      dueAt: null,
      dueOn,
      path: `/culture/activities/${a.id}`,
      count: null,
    }));
}

/** §35.1: for the first head, the plans waiting for approval. */
async function toApprove(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, CULTURE_APPROVERS)) return [];
  const plans = await em.find(
    CulturePlan,
    { organization: actor.organizationId, status: 'submitted' },
    { orderBy: { year: 'asc' } },
  );
  return plans.map((plan) => ({
    id: `${PLUGIN}:plan_to_approve:${plan.id}`,
    plugin: PLUGIN,
    kind: 'culture_plan_to_approve',
    subject: year(plan.year),
    urgency: 'waiting',
    dueAt: null,
    dueOn: null,
    path: `/culture/plan/${plan.year}`,
    count: null,
  }));
}

/**
 * For the planners: this year's plan while it has none or is a draft (returned ones included), and
 * from October next year's, which the first head approves before the year begins (§35.1).
 */
async function toDraft(em: EntityManager, actor: Actor, today: string): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, CULTURE_PLANNERS)) return [];
  const thisYear = Number(today.slice(0, 4));
  const years = Number(today.slice(5, 7)) >= NEXT_YEAR_FROM_MONTH ? [thisYear, thisYear + 1] : [thisYear];
  const plans = await em.find(CulturePlan, { organization: actor.organizationId, year: { $in: years } });
  return years.flatMap((y) => {
    const plan = plans.find((p) => p.year === y);
    if (plan && plan.status !== 'draft') return [];
    const kind = !plan
      ? 'culture_plan_missing'
      : plan.returnNote
        ? 'culture_plan_returned'
        : 'culture_plan_draft';
    return [
      {
        id: `${PLUGIN}:${kind}:${y}`,
        plugin: PLUGIN,
        kind,
        subject: year(y),
        // This year's plan is late once the year has begun; next year's is due by its first day.
        urgency: y === thisYear ? 'overdue' : 'due_soon',
        dueAt: null,
        dueOn: y === thisYear ? null : `${y}-01-01`,
        path: `/culture/plan/${y}`,
        count: null,
      } satisfies WorkItem,
    ];
  });
}

export const CULTURE_PLAN_WORK: WorkProvider = {
  context: 'culture.plans',
  async items(em, actor, now) {
    const today = kazakhstanDay(now);
    return [
      ...(await myActivities(em, actor, today)),
      ...(await toApprove(em, actor)),
      ...(await toDraft(em, actor, today)),
    ];
  },
};

registerWorkProvider(CULTURE_PLAN_WORK);

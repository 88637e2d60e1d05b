import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay } from '../../kernel/working-days.js';
import type { WorkItem, WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { ImprovementItem } from './self-assessment.entity.js';

const PLUGIN = 'compliance';

/**
 * §73 step 5: the improvement-plan items the person answers for that are past their due day. The
 * self-assessment page is the compliance service's, so the item names the action and its day;
 * the person reports it done to the compliance service, who marks it.
 */
async function myOverdueImprovements(em: EntityManager, actor: Actor, today: string): Promise<WorkItem[]> {
  const items = await em.find(
    ImprovementItem,
    {
      organization: actor.organizationId,
      responsible: actor.personId,
      status: 'open',
      dueOn: { $lt: today },
    },
    { orderBy: { dueOn: 'asc', id: 'asc' } },
  );
  return items.map((item) => ({
    id: `${PLUGIN}:improvement:${item.id}`,
    plugin: PLUGIN,
    kind: 'compliance_improvement_overdue',
    subject: { kk: item.action, ru: item.action, en: item.action },
    urgency: 'overdue',
    dueAt: null,
    dueOn: toDay(item.dueOn),
    path: null,
    count: null,
  }));
}

export const SELF_ASSESSMENT_WORK: WorkProvider = {
  context: 'compliance.self-assessment',
  async items(em, actor, now) {
    return myOverdueImprovements(em, actor, kazakhstanDay(now));
  },
};

registerWorkProvider(SELF_ASSESSMENT_WORK);

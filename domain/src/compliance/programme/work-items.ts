import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addCalendarDays, toDay } from '../../kernel/working-days.js';
import { dayUrgency, type WorkItem, type WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { ProgrammeItem } from './programme.entity.js';

const PLUGIN = 'compliance';

/** An owner is reminded of their programme item from 14 days before its due day. */
export const PROGRAMME_ITEM_DUE_SOON_DAYS = 14;

/**
 * §66.1: the programme items the person owns that are not done nor cancelled and are due within
 * 14 days or overdue; they report progress on them on the programme's page.
 */
async function myProgrammeItems(em: EntityManager, actor: Actor, today: string): Promise<WorkItem[]> {
  const items = await em.find(
    ProgrammeItem,
    {
      organization: actor.organizationId,
      owner: actor.personId,
      status: { $in: ['planned', 'in_progress'] },
      dueOn: { $lte: addCalendarDays(today, PROGRAMME_ITEM_DUE_SOON_DAYS) },
    },
    { orderBy: { dueOn: 'asc', id: 'asc' } },
  );
  return items.map((item) => {
    const dueOn = toDay(item.dueOn);
    return {
      id: `${PLUGIN}:programme_item:${item.id}`,
      plugin: PLUGIN,
      kind: 'compliance_programme_item_due',
      subject: { kk: item.title, ru: item.title, en: item.title },
      urgency: dayUrgency(dueOn, today, PROGRAMME_ITEM_DUE_SOON_DAYS),
      dueAt: null,
      dueOn,
      path: '/compliance/annual-programme',
      count: null,
    };
  });
}

export const PROGRAMME_WORK: WorkProvider = {
  context: 'compliance.programme',
  async items(em, actor, now) {
    return myProgrammeItems(em, actor, kazakhstanDay(now));
  },
};

registerWorkProvider(PROGRAMME_WORK);

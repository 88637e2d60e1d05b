import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { toDay } from '../../kernel/working-days.js';
import { dayUrgency, type WorkItem } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { CAMPAIGN_RUNNERS } from './campaign-roles.js';
import { myCampaignDeclarations } from './my-campaign-declarations.js';
import { CAMPAIGN_DUE_SOON_DAYS } from './reminders.js';

const PLUGIN = 'declarations';

/** The person's own declarations still to submit. */
async function ownDeclarations(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  const today = kazakhstanDay(now);
  return (await myCampaignDeclarations(em, actor, now))
    .filter((d) => d.open)
    .map((d) => {
      const overdue = d.dueOn < today;
      return {
        id: `${PLUGIN}:declaration:${d.declarationId}`,
        plugin: PLUGIN,
        kind: overdue ? 'declaration_overdue' : 'declaration_due',
        subject: d.title,
        urgency: dayUrgency(d.dueOn, today, CAMPAIGN_DUE_SOON_DAYS),
        dueAt: null,
        dueOn: d.dueOn,
        path: `/declarations/my/campaigns/${d.campaignId}`,
        count: null,
      };
    });
}

/** For those who run campaigns: each open campaign with declarants overdue, to remind them. */
async function overdueDeclarants(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, CAMPAIGN_RUNNERS)) return [];
  const rows = await em.execute<
    { id: string; title: LocalizedText; overdue: string | number; first_due: string | Date }[]
  >(
    `select c.id, c.title, count(*) as overdue, min(d.due_on) as first_due
       from declaration_campaign c join campaign_declaration d on d.campaign_id = c.id
      where c.organization_id = ? and c.status = 'open' and d.submitted_at is null and d.due_on < cast(? as date)
      group by c.id, c.title order by c.id`,
    [actor.organizationId, kazakhstanDay(now)],
  );
  return rows.map((row) => ({
    id: `${PLUGIN}:campaign_overdue:${row.id}`,
    plugin: PLUGIN,
    kind: 'campaign_declarants_overdue',
    subject: row.title,
    urgency: 'overdue',
    dueAt: null,
    dueOn: toDay(row.first_due),
    path: `/declarations/campaigns/${row.id}`,
    count: Number(row.overdue),
  }));
}

export const CAMPAIGN_WORK = {
  context: 'declarations.campaigns',
  async items(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
    const own = await ownDeclarations(em, actor, now);
    return [...own, ...(await overdueDeclarants(em, actor, now))];
  },
};

registerWorkProvider(CAMPAIGN_WORK);

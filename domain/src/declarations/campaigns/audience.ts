import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { bindNamed } from '../../training/assignments/enrolment-status.js';
import type { IDeclarationCampaign } from './campaign.entity.js';

/**
 * The organisation's own term for a new hire's declaration (the methodology sets none): 10
 * calendar days from hiring, never before the campaign's deadline.
 */
export const NEW_HIRE_DECLARATION_DAYS = 10;

/** The active people of the campaign's group, by its unit's subtree, as a `select` of person ids. */
function groupPeopleSql(campaign: IDeclarationCampaign): string {
  const base = `select p.id from person p join org_unit u on u.id = p.org_unit_id
     where p.organization_id = cast(:organization as uuid) and p.active
       and (cast(:unitPath as text) is null or u.path like :unitPath || '%')`;
  switch (campaign.group) {
    case 'all_employees':
      return base;
    case 'new_hires':
      return `${base} and p.hired_at >= cast(:hiredFrom as date)
        and (cast(:hiredTo as date) is null or p.hired_at <= cast(:hiredTo as date))`;
    case 'management':
      // §72.1: management: the first head and the board, and everyone who heads other people.
      return `${base} and (exists (select 1 from role_grant g where g.person_id = p.id
                 and g.organization_id = p.organization_id and g.role in ('first_head', 'board_member'))
               or exists (select 1 from person s where s.manager_id = p.id and s.active))`;
    case 'risk_exposed_positions':
      // §4.14, §11, §14: the holders of posts exposed to corruption risk, as training audiences name them.
      return `${base} and exists (select 1 from position pos where pos.id = p.position_id
               and pos.exposed_to_corruption_risk)`;
    case 'commission_members':
    case 'potential_suppliers':
      // Named one by one at launch.
      return `${base} and false`;
  }
}

/**
 * Asks everyone of the campaign's group not yet asked: one pending declaration each, due on the
 * deadline (a new hire's on the later of the deadline and NEW_HIRE_DECLARATION_DAYS after hiring).
 * Answers how many were added. One statement, so that a campaign for 20 000 people costs one.
 */
export async function enrolCampaignGroup(em: EntityManager, campaign: IDeclarationCampaign): Promise<number> {
  const unitPath = campaign.orgUnit ? (await em.findOneOrFail(OrgUnit, campaign.orgUnit.id)).path : null;
  const dueOn =
    campaign.group === 'new_hires'
      ? `greatest(cast(:deadline as date), p.hired_at + ${NEW_HIRE_DECLARATION_DAYS})`
      : 'cast(:deadline as date)';
  const { sql, params } = bindNamed(
    `insert into campaign_declaration (id, organization_id, campaign_id, person_id, org_unit_id, due_on,
        declared_interest, reminder_count, created_at)
     select gen_random_uuid(), p.organization_id, cast(:campaign as uuid), p.id, p.org_unit_id, ${dueOn},
            false, 0, cast(:now as timestamptz)
       from person p where p.id in (${groupPeopleSql(campaign)})
     on conflict (campaign_id, person_id) do nothing`,
    {
      organization: campaign.organization.id,
      campaign: campaign.id,
      unitPath,
      deadline: campaign.deadline,
      hiredFrom: campaign.hiredFrom,
      hiredTo: campaign.hiredTo,
      now: new Date(),
    },
  );
  const result = await em.execute(sql, params, 'run');
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}

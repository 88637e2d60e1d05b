import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import { enrolCampaignGroup } from './audience.js';
import { DeclarationCampaign } from './campaign.entity.js';

/**
 * §72.1, §67: new employees declare at hiring: the daily job asks everyone hired within an open
 * new-hires campaign's window who is not asked yet. Answers how many joined.
 */
export async function joinNewHires(em: EntityManager, organizationId: string): Promise<number> {
  const campaigns = await em.find(DeclarationCampaign, {
    organization: organizationId,
    group: 'new_hires',
    status: 'open',
  });
  let joined = 0;
  for (const campaign of campaigns) {
    // Taken as a submission takes it: a closing waits, and the campaign stays open while they join.
    await lockRow(em, DeclarationCampaign, campaign.id, 'share');
    await em.refresh(campaign);
    if (campaign.status !== 'open') continue;
    const added = await enrolCampaignGroup(em, campaign);
    if (added > 0) {
      await recordAudit(em, null, {
        organizationId,
        action: 'declarations.campaign.new_hires_joined',
        entityType: 'DeclarationCampaign',
        entityId: campaign.id,
        data: { joined: added },
      });
    }
    joined += added;
  }
  return joined;
}

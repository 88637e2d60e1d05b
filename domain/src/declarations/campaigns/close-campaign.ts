import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { DeclarationCampaign, type IDeclarationCampaign } from './campaign.entity.js';
import { CAMPAIGN_RUNNERS } from './campaign-roles.js';

/**
 * Closes a campaign: from now on it takes no declaration, and those not submitted stay missing.
 * Waits for submissions under way (they hold the campaign for share). The caller flushes.
 */
export async function closeDeclarationCampaign(
  em: EntityManager,
  actor: Actor,
  campaignId: string,
  now: Date = new Date(),
): Promise<IDeclarationCampaign> {
  requireAnyRole(actor, CAMPAIGN_RUNNERS, 'close a declaration campaign');
  const campaign = await lockedFresh(em, DeclarationCampaign, {
    id: campaignId,
    organization: actor.organizationId,
  });
  if (!campaign) throw NotFoundError.forId('DeclarationCampaign', campaignId);
  if (campaign.status === 'closed') throw ConflictError.because('declarations.campaign.alreadyClosed');
  campaign.status = 'closed';
  campaign.closedAt = now;
  await em.flush();
  const [row] = await em.execute<{ missing: string }[]>(
    `select count(*) as missing from campaign_declaration where campaign_id = ? and submitted_at is null`,
    [campaign.id],
  );
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'declarations.campaign.closed',
    entityType: 'DeclarationCampaign',
    entityId: campaign.id,
    data: { missing: Number(row?.missing ?? 0) },
  });
  return campaign;
}

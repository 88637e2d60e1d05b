import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import {
  CampaignDeclaration,
  type CampaignGroup,
  type CampaignKind,
  type CampaignQuestion,
  type DeclarationAnswer,
} from './campaign.entity.js';
import { declarationStatus, type DeclarationStatus } from './declaration-status.js';

/** One campaign's declaration as its declarant sees it: what is asked, by when, and what they filed. */
export interface MyCampaignDeclaration {
  declarationId: string;
  campaignId: string;
  title: CampaignQuestion['text'];
  kind: CampaignKind;
  group: CampaignGroup;
  procurementReference: string | null;
  dueOn: string;
  status: DeclarationStatus;
  /** Whether the campaign still takes the declaration. */
  open: boolean;
  questions: CampaignQuestion[];
  answers: DeclarationAnswer[] | null;
  submittedAt: Date | null;
  declaredInterest: boolean;
  /** §67: a new hire acknowledges the code of business ethics with the declaration. */
  asksEthicsCodeAcknowledgement: boolean;
  ethicsCodeAcknowledgedAt: Date | null;
}

/** §72: the person's campaign declarations: those due first (nearest date first), then those filed, newest first. */
export async function myCampaignDeclarations(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<MyCampaignDeclaration[]> {
  const today = kazakhstanDay(now);
  const declarations = await em.find(
    CampaignDeclaration,
    { person: actor.personId, organization: actor.organizationId },
    { populate: ['campaign'], orderBy: { dueOn: 'asc', id: 'asc' } },
  );
  const mine = declarations.map((d): MyCampaignDeclaration => {
    const campaign = d.campaign;
    return {
      declarationId: d.id,
      campaignId: campaign.id,
      title: campaign.title,
      kind: campaign.kind,
      group: campaign.group,
      procurementReference: campaign.procurementReference ?? null,
      dueOn: d.dueOn,
      status: declarationStatus(d, campaign.status, today),
      open: campaign.status === 'open' && d.submittedAt === null,
      questions: campaign.questions,
      answers: d.answers ?? null,
      submittedAt: d.submittedAt ?? null,
      declaredInterest: d.declaredInterest,
      asksEthicsCodeAcknowledgement: campaign.group === 'new_hires',
      ethicsCodeAcknowledgedAt: d.ethicsCodeAcknowledgedAt ?? null,
    };
  });
  const due = mine.filter((d) => d.open);
  const rest = mine
    .filter((d) => !d.open)
    .sort(
      (a, b) =>
        (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0) || b.dueOn.localeCompare(a.dueOn),
    );
  return [...due, ...rest];
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import type { Locale } from '../../kernel/locale.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { lockRow, lockedFresh } from '../../database/row-lock.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import {
  CampaignDeclaration,
  DeclarationCampaign,
  type CampaignQuestion,
  type DeclarationAnswer,
  type ICampaignDeclaration,
  type IDeclarationCampaign,
} from './campaign.entity.js';
import { openConflictRegisterEntry } from '../register/open-register-entry.js';
import { requireValidBin } from './launch-campaign.js';
import { isSupplierLinkTokenShape, supplierLinkTokenHash } from './supplier-link.js';

export const MAX_DETAILS_LENGTH = 2000;

export interface DeclarationAnswerInput {
  code: string;
  yes: boolean;
  details?: string | null;
}

export interface SubmitDeclarationInput {
  answers: readonly DeclarationAnswerInput[];
  /** §67: a new hire acknowledges the code of business ethics with the declaration. */
  acknowledgeEthicsCode?: boolean | null;
}

export interface SubmitSupplierDeclarationInput {
  bin: string;
  answers: readonly DeclarationAnswerInput[];
}

/** Every question answered once, a "yes" with what it is about; in the questionnaire's order. */
export function checkedAnswers(
  questions: readonly CampaignQuestion[],
  answers: readonly DeclarationAnswerInput[],
): DeclarationAnswer[] {
  const byCode = new Map<string, DeclarationAnswerInput>();
  answers.forEach((answer, index) => {
    if (!questions.some((q) => q.code === answer.code)) {
      throw ValidationError.because('declarations.campaign.unknownQuestion', {
        field: `answers.${index}`,
        code: answer.code,
      });
    }
    if (byCode.has(answer.code)) {
      throw ValidationError.because('declarations.campaign.answerTwice', {
        field: `answers.${index}`,
        code: answer.code,
      });
    }
    byCode.set(answer.code, answer);
  });
  return questions.map((question) => {
    const answer = byCode.get(question.code);
    const field = `answers.${question.code}`;
    if (!answer)
      throw ValidationError.because('declarations.campaign.answerMissing', { field, code: question.code });
    const details = answer.details?.trim() || null;
    if (answer.yes && !details) {
      throw ValidationError.because('declarations.campaign.detailsRequired', { field, code: question.code });
    }
    if (details && details.length > MAX_DETAILS_LENGTH) {
      throw ValidationError.because('declarations.campaign.detailsTooLong', {
        field,
        code: question.code,
        max: MAX_DETAILS_LENGTH,
      });
    }
    return { code: question.code, yes: answer.yes, details: answer.yes ? details : null };
  });
}

/** The questions answered "yes" that declare an interest. */
export function declaredInterests(
  campaign: IDeclarationCampaign,
  answers: readonly DeclarationAnswer[],
): DeclarationAnswer[] {
  const interest = new Set(campaign.questions.filter((q) => q.interest).map((q) => q.code));
  return answers.filter((answer) => answer.yes && interest.has(answer.code));
}

function refuseUnlessOpen(campaign: IDeclarationCampaign, declaration: ICampaignDeclaration): void {
  if (campaign.status === 'closed') {
    throw ConflictError.because('declarations.campaign.closed', {
      closedOn: campaign.closedAt ? kazakhstanDay(campaign.closedAt) : '',
    });
  }
  if (declaration.submittedAt) {
    throw ConflictError.because('declarations.campaign.alreadySubmitted', {
      submittedOn: kazakhstanDay(declaration.submittedAt),
    });
  }
}

/**
 * The campaign locked for share and the declaration for change, read afresh: submissions of one
 * campaign run side by side, each declaration once, and never alongside the campaign's closing.
 */
async function lockForSubmission(
  em: EntityManager,
  declarationWhere: { campaign?: string; person?: string; linkTokenHash?: string },
): Promise<{ campaign: IDeclarationCampaign; declaration: ICampaignDeclaration } | null> {
  const found = await em.findOne(CampaignDeclaration, declarationWhere);
  if (!found) return null;
  await lockRow(em, DeclarationCampaign, found.campaign.id, 'share');
  const declaration = await lockedFresh(em, CampaignDeclaration, { id: found.id });
  if (!declaration) return null;
  const campaign = await em.findOneOrFail(
    DeclarationCampaign,
    { id: declaration.campaign.id },
    { refresh: true },
  );
  return { campaign, declaration };
}

async function recordSubmission(
  em: EntityManager,
  actor: Actor | null,
  campaign: IDeclarationCampaign,
  declaration: ICampaignDeclaration,
  answers: DeclarationAnswer[],
  now: Date,
): Promise<void> {
  const interests = declaredInterests(campaign, answers);
  declaration.answers = answers;
  declaration.declaredInterest = interests.length > 0;
  declaration.submittedAt = now;
  await em.flush();
  // §72.4: a declared interest goes into the register, with the answers that declare it.
  if (interests.length > 0 && declaration.person) {
    // The questions in the declarant's language: the one they read them and wrote the details in.
    const { locale } = await em.findOneOrFail(Person, declaration.person.id, { fields: ['locale'] as const });
    const language: Locale = locale;
    await openConflictRegisterEntry(em, actor, {
      organizationId: campaign.organization.id,
      personId: declaration.person.id,
      source: 'campaign',
      sourceId: declaration.id,
      description: interests
        .map((answer) => {
          const question = campaign.questions.find((q) => q.code === answer.code);
          return `${question?.text[language] || question?.text.ru || answer.code}: ${answer.details ?? ''}`;
        })
        .join('\n'),
      identifiedOn: kazakhstanDay(now),
    });
  }
  await recordAudit(em, actor, {
    organizationId: campaign.organization.id,
    action: 'declarations.declaration.submitted',
    entityType: 'CampaignDeclaration',
    entityId: declaration.id,
    data: {
      campaignId: campaign.id,
      declaredInterest: declaration.declaredInterest,
      interestCodes: interests.map((answer) => answer.code),
      onTime: kazakhstanDay(now) <= declaration.dueOn,
      supplier: declaration.person === null,
    },
  });
}

/**
 * §72.1: the employee's declaration of the presence or absence of a conflict of interest, once per
 * campaign, while the campaign is open (after its deadline it is late, not refused). A new hire
 * acknowledges the code of business ethics with it (§67). The caller flushes.
 */
export async function submitDeclaration(
  em: EntityManager,
  actor: Actor,
  campaignId: string,
  input: SubmitDeclarationInput,
  now: Date = new Date(),
): Promise<ICampaignDeclaration> {
  const locked = isUuid(campaignId)
    ? await lockForSubmission(em, { campaign: campaignId, person: actor.personId })
    : null;
  if (!locked || locked.campaign.organization.id !== actor.organizationId) {
    throw NotFoundError.forId('DeclarationCampaign', campaignId);
  }
  const { campaign, declaration } = locked;
  refuseUnlessOpen(campaign, declaration);
  const answers = checkedAnswers(campaign.questions, input.answers);
  if (campaign.group === 'new_hires') {
    if (input.acknowledgeEthicsCode !== true) {
      throw ValidationError.because('declarations.campaign.ethicsCodeRequired', {
        field: 'acknowledgeEthicsCode',
      });
    }
    declaration.ethicsCodeAcknowledgedAt = now;
  }
  await recordSubmission(em, actor, campaign, declaration, answers, now);
  return declaration;
}

async function declarationByLink(em: EntityManager, token: string) {
  if (!isSupplierLinkTokenShape(token))
    throw ValidationError.because('declarations.campaign.unknownLink', { field: 'token' });
  return { linkTokenHash: supplierLinkTokenHash(token) };
}

/**
 * §72.1: a potential supplier's declaration through its one-time link, without an account: the
 * supplier gives its BIN (checked by its check digit, and the one the link was issued for, if
 * any). The link serves once; used again it is refused. No actor: the audit event has none.
 */
export async function submitSupplierDeclaration(
  em: EntityManager,
  token: string,
  input: SubmitSupplierDeclarationInput,
  now: Date = new Date(),
): Promise<ICampaignDeclaration> {
  const where = await declarationByLink(em, token);
  const bin = requireValidBin(input.bin, 'bin');
  const locked = await lockForSubmission(em, where);
  if (!locked) throw ValidationError.because('declarations.campaign.unknownLink', { field: 'token' });
  const { campaign, declaration } = locked;
  if (declaration.submittedAt) throw ConflictError.because('declarations.campaign.linkUsed');
  refuseUnlessOpen(campaign, declaration);
  if (declaration.supplierBin && declaration.supplierBin !== bin) {
    throw ValidationError.because('declarations.campaign.binMismatch', { field: 'bin' });
  }
  const answers = checkedAnswers(campaign.questions, input.answers);
  declaration.supplierBin = bin;
  await recordSubmission(em, null, campaign, declaration, answers, now);
  return declaration;
}

/** What a supplier's link opens: the campaign's questions, for whom, and whether it is still usable. */
export interface SupplierDeclarationForm {
  organizationName: string;
  supplierName: string;
  title: IDeclarationCampaign['title'];
  questions: CampaignQuestion[];
  deadline: string;
  submitted: boolean;
  open: boolean;
}

export async function supplierDeclarationForm(
  em: EntityManager,
  token: string,
): Promise<SupplierDeclarationForm> {
  const declaration = await em.findOne(CampaignDeclaration, await declarationByLink(em, token), {
    populate: ['campaign', 'organization'],
  });
  if (!declaration) throw ValidationError.because('declarations.campaign.unknownLink', { field: 'token' });
  const campaign = declaration.campaign;
  return {
    organizationName: declaration.organization.name,
    supplierName: declaration.supplierName ?? '',
    title: campaign.title,
    questions: campaign.questions,
    deadline: campaign.deadline,
    submitted: declaration.submittedAt !== null,
    open: campaign.status === 'open',
  };
}

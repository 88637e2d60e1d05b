import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { NamedPerson } from '../../hotline/protection/protection.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import { optionalText, requiredText } from '../mitigation/measure-input.js';
import { CompliancePublicPage, PublicProposal, type ProposalStatus } from './public-page.entity.js';

/** A proposal says something: at least a sentence, at most what a person writes in a form. */
export const PROPOSAL_TEXT = { min: 10, max: 2000 } as const;
export const PROPOSAL_CONTACT_MAX = 200;
const ANSWER_MAX = 4000;
const RECEIPT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A reference the author keeps, e.g. 7QK4-M2XD; it opens nothing (the answer is published). */
function newReceipt(): string {
  const pick = () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `${group()}-${group()}`;
}

export interface ProposalInput {
  text: string;
  contact?: string | null;
}

/** The public page of a slug, when it is on; else NOT_FOUND (a page turned off is not there). */
export async function enabledPublicPage(em: EntityManager, slug: string) {
  const page = await em.findOne(
    CompliancePublicPage,
    { slug: slug.trim().toLowerCase(), enabled: true },
    { filters: false, populate: ['organization'] },
  );
  if (!page) throw NotFoundError.forId('CompliancePublicPage', slug);
  return page;
}

/**
 * §9.5: a proposal from the public, without an account or identity: the text and, if the author
 * wishes, a contact for the answer. Answers a receipt. The gateway limits how many a client sends.
 */
export async function submitPublicProposal(
  em: EntityManager,
  slug: string,
  input: ProposalInput,
  now: Date,
): Promise<{ receipt: string }> {
  const page = await enabledPublicPage(em, slug);
  const text = input.text.trim();
  if (text.length < PROPOSAL_TEXT.min || text.length > PROPOSAL_TEXT.max) {
    throw ValidationError.because('compliance.proposal.text', { field: 'text', ...PROPOSAL_TEXT });
  }
  const contact = optionalText(input.contact, 'contact', PROPOSAL_CONTACT_MAX);
  const proposal = em.create(PublicProposal, {
    id: newId(),
    organization: page.organization,
    receipt: newReceipt(),
    text,
    contact,
    submittedAt: now,
    status: 'new',
  });
  await recordAudit(em, null, {
    organizationId: page.organization.id,
    action: 'compliance_public_proposal.submitted',
    entityType: 'PublicProposal',
    entityId: proposal.id,
    data: { receipt: proposal.receipt, withContact: contact !== null },
  });
  await em.flush();
  return { receipt: proposal.receipt };
}

export interface ProposalView {
  id: string;
  receipt: string;
  text: string;
  contact: string | null;
  submittedAt: Date;
  status: ProposalStatus;
  answer: string | null;
  answeredBy: NamedPerson | null;
  answeredAt: Date | null;
}

/** The organisation's proposals, those waiting for an answer first, then the latest. */
export async function publicProposals(em: EntityManager, actor: Actor): Promise<ProposalView[]> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'read the proposals from the public');
  const rows = await em.find(
    PublicProposal,
    { organization: actor.organizationId },
    { populate: ['answeredBy'], orderBy: { submittedAt: 'desc' } },
  );
  const view = rows.map((p) => ({
    id: p.id,
    receipt: p.receipt,
    text: p.text,
    contact: p.contact ?? null,
    submittedAt: p.submittedAt,
    status: p.status,
    answer: p.answer ?? null,
    answeredBy: p.answeredBy ? { id: p.answeredBy.id, fullName: p.answeredBy.fullName } : null,
    answeredAt: p.answeredAt ?? null,
  }));
  return [...view.filter((p) => p.status === 'new'), ...view.filter((p) => p.status !== 'new')];
}

export interface ProposalAnswer {
  id: string;
  decision: Exclude<ProposalStatus, 'new'>;
  answer: string;
}

/**
 * §9.5: the author is told that the proposal is applied, or why it cannot be; the answer is then
 * published. Another organisation's proposal is NOT_FOUND; a second answer is a CONFLICT.
 */
export async function answerPublicProposal(
  em: EntityManager,
  actor: Actor,
  input: ProposalAnswer,
  now: Date,
): Promise<ProposalView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'answer proposals from the public');
  const proposal = isUuid(input.id)
    ? await lockedFresh(em, PublicProposal, { id: input.id, organization: actor.organizationId })
    : null;
  if (!proposal) throw NotFoundError.forId('PublicProposal', input.id);
  if (proposal.status !== 'new') throw ConflictError.because('compliance.proposal.answered');
  const answer = requiredText(input.answer, 'answer', ANSWER_MAX, 'compliance.proposal.answerRequired');
  proposal.status = input.decision;
  proposal.answer = answer;
  proposal.answeredBy = em.getReference(Person, actor.personId);
  proposal.answeredAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_public_proposal.answered',
    entityType: 'PublicProposal',
    entityId: proposal.id,
    data: { receipt: proposal.receipt, decision: input.decision },
  });
  await em.flush();
  const person = await em.findOneOrFail(Person, actor.personId);
  return {
    id: proposal.id,
    receipt: proposal.receipt,
    text: proposal.text,
    contact: proposal.contact ?? null,
    submittedAt: proposal.submittedAt,
    status: proposal.status,
    answer,
    answeredBy: { id: person.id, fullName: person.fullName },
    answeredAt: now,
  };
}

import {
  getHotlineCase,
  hotlineCaseAfterChange,
  type EntityManager,
  type HotlineCasePermissions,
  type HotlineCaseView,
  type HotlineContent,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { IntakeAnswerRef } from './intake-question.js';
import type { SignedInContext } from '../../context.js';
import { HotlineAttachmentMetaRef } from './hotline-attachment-meta.js';
import { CASE_ACCESS, caseSummaryFields } from './hotline-case-summary.js';
import { HotlineNoteRef } from './hotline-note.js';
import { HotlineRecommendationRef } from './hotline-recommendation.js';
import { HotlineStaffMessageRef } from './hotline-staff-message.js';
import { IdentityDisclosureRef } from './identity-disclosure.js';
import { HotlineOutcomeEnum, OutOfScopeReasonEnum } from './enums.js';
import { PersonRefType } from './person-ref.js';

const HotlineContentRef = builder.objectRef<HotlineContent>('HotlineContent');

builder.objectType(HotlineContentRef, {
  description: 'What the reporter wrote, opened from its sealed form for the case handlers only.',
  fields: (t) => ({
    what: t.exposeString('what'),
    when: t.exposeString('when', { nullable: true }),
    where: t.exposeString('where', { nullable: true }),
    who: t.exposeString('who', { nullable: true }),
  }),
});

const HotlineCasePermissionsRef = builder.objectRef<HotlineCasePermissions>('HotlineCasePermissions');

builder.objectType(HotlineCasePermissionsRef, {
  description: 'What the signed-in person may do on this case, as the domain decides it.',
  fields: (t) => ({
    assign: t.exposeBoolean('assign'),
    acknowledge: t.exposeBoolean('acknowledge'),
    work: t.exposeBoolean('work', {
      description: 'Message the reporter, notes, findings, recommendations, closing.',
    }),
    readIdentity: t.exposeBoolean('readIdentity'),
    decideDisclosure: t.exposeBoolean('decideDisclosure', {
      description: 'At least one pending disclosure request this person may decide (four eyes).',
    }),
  }),
});

export const HotlineCaseRef = builder.objectRef<HotlineCaseView>('HotlineCase');

builder.objectType(HotlineCaseRef, {
  description:
    'A case as its handlers see it: its manager (the compliance head, or the alternate handler of a case that names a ' +
    "compliance head), or an investigator it is assigned to; never a person it names. The open reporter's identity " +
    'is not here: revealHotlineReporterIdentity reads it, on the audit trail.',
  fields: (t) => ({
    ...caseSummaryFields(t),
    outOfScopeReason: t.field({
      type: OutOfScopeReasonEnum,
      nullable: true,
      resolve: (c) => c.outOfScopeReason,
    }),
    outOfScopeNote: t.exposeString('outOfScopeNote', { nullable: true }),
    hasReporterIdentity: t.exposeBoolean('hasReporterIdentity', {
      description: 'An open report: a name and contact.',
    }),
    checkDays: t.exposeInt('checkDays', {
      nullable: true,
      description: 'The days the check takes, as told to the reporter in interim feedback (§69).',
    }),
    findings: t.exposeString('findings', { nullable: true }),
    outcome: t.field({ type: HotlineOutcomeEnum, nullable: true, resolve: (c) => c.outcome }),
    content: t.field({ type: HotlineContentRef, resolve: (c) => c.content }),
    intakeAnswers: t.field({
      type: [IntakeAnswerRef],
      description: "The category's custom questions as the report was filed with them, and the answers.",
      resolve: (c) => c.intakeAnswers,
    }),
    involvedPersons: t.field({
      type: [PersonRefType],
      description: 'The people the report names: never assigned to it, nor anyone in their reporting line.',
      resolve: (c) => c.involvedPersons,
    }),
    messages: t.field({ type: [HotlineStaffMessageRef], resolve: (c) => c.messages }),
    notes: t.field({
      type: [HotlineNoteRef],
      description: "The investigators' private notes; the reporter never sees them.",
      resolve: (c) => c.notes,
    }),
    attachments: t.field({ type: [HotlineAttachmentMetaRef], resolve: (c) => c.attachments }),
    recommendations: t.field({ type: [HotlineRecommendationRef], resolve: (c) => c.recommendations }),
    disclosures: t.field({ type: [IdentityDisclosureRef], resolve: (c) => c.disclosures }),
    enteredBy: t.field({
      type: PersonRefType,
      nullable: true,
      description: 'The operator who entered a phone, in-person or letter report.',
      resolve: (c) => c.enteredBy,
    }),
    viewerCan: t.field({ type: HotlineCasePermissionsRef, resolve: (c) => c.viewerCan }),
  }),
});

builder.queryField('hotlineCase', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    description:
      'One case, whole. FORBIDDEN to an investigator it is not assigned to, to a person it names whatever their ' +
      'role, and to a compliance head when it names a compliance head (the alternate handler runs it).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      getHotlineCase(context.em, context.actor, context.hotlineKeyring, String(id), new Date()),
  }),
);

/**
 * Runs a change to a case and answers with the case as the actor sees it afterwards, both in
 * one transaction: the answer shows exactly what was committed.
 */
export function changeCase(
  context: SignedInContext,
  id: string,
  change: (em: EntityManager, now: Date) => Promise<unknown>,
): Promise<HotlineCaseView> {
  const now = new Date();
  return context.em.transactional(async (em) => {
    await change(em, now);
    await em.flush();
    return getHotlineCase(em, context.actor, context.hotlineKeyring, id, now);
  });
}

/**
 * Like changeCase, for a change that may take the case out of the actor's hands (naming
 * themselves or a compliance head): the answer is then null, and the change stays committed.
 */
export function changeCaseOrLetGo(
  context: SignedInContext,
  id: string,
  change: (em: EntityManager, now: Date) => Promise<unknown>,
): Promise<HotlineCaseView | null> {
  const now = new Date();
  return context.em.transactional(async (em) => {
    await change(em, now);
    await em.flush();
    return hotlineCaseAfterChange(em, context.actor, context.hotlineKeyring, id, now);
  });
}

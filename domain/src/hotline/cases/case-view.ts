import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { openAttachmentName } from '../intake/attachments.js';
import { accessTo, caseForHandler, findCase, type CaseAccess } from './case-access.js';
import { formatCaseNumber } from './case-number.js';
import { caseRunnersAmong, disclosureRefusal, grantsIdentity } from '../identity/disclosure-rules.js';
import { assigneesOf, caseSummary, type HotlineCaseSummary, type PersonRef } from './case-summary.js';
import { HotlineAttachment, type AttachmentUploader } from '../intake/hotline-attachment.entity.js';
import { HotlineInvolvedPerson } from './hotline-involved-person.entity.js';
import {
  HotlineMessage,
  type HotlineMessageAuthor,
  type HotlineMessageKind,
  type MessageBody,
} from '../reporter/hotline-message.entity.js';
import { HotlineNote } from './hotline-note.entity.js';
import { HotlineRecommendation } from '../recommendations/hotline-recommendation.entity.js';
import type {
  HotlineContent,
  HotlineOutcome,
  IHotlineReport,
  OutOfScopeReason,
} from './hotline-report.entity.js';
import { IdentityDisclosure, type IIdentityDisclosure } from '../identity/identity-disclosure.entity.js';
import { open, openJson, type HotlineKeyring } from '../crypto/keyring.js';
import {
  recommendationView,
  type HotlineRecommendationView,
} from '../recommendations/recommendation-view.js';
import { AAD } from '../crypto/sealed-fields.js';

export interface HotlineAttachmentMeta {
  id: string;
  /** Safe to show and to save under (`safeFileName`): it ends in the detected type's extension. */
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: AttachmentUploader;
  createdAt: Date;
}

export interface HotlineStaffMessage {
  id: string;
  author: HotlineMessageAuthor;
  authorPerson: PersonRef | null;
  kind: HotlineMessageKind;
  code: string | null;
  body: string;
  createdAt: Date;
  attachments: HotlineAttachmentMeta[];
}

export interface HotlineNoteView {
  id: string;
  author: PersonRef;
  body: string;
  createdAt: Date;
}

export interface InvolvedPersonView extends PersonRef {
  /** The post's title in each language (`localizedName`), null without a post. */
  position: LocalizedText | null;
}

export interface IdentityDisclosureView {
  id: string;
  caseId: string;
  caseNumber: string;
  requestedBy: PersonRef;
  requestedFor: PersonRef;
  reason: string;
  requestedAt: Date;
  decidedBy: PersonRef | null;
  decidedAt: Date | null;
  approved: boolean | null;
  /** The signed-in person may decide this request (four eyes: neither its requester nor its beneficiary). */
  viewerCanDecide: boolean;
}

/** What the signed-in person may do on this case, so the interface offers only that. */
export interface HotlineCasePermissions {
  assign: boolean;
  acknowledge: boolean;
  work: boolean;
  readIdentity: boolean;
  decideDisclosure: boolean;
}

/** A case as its handlers see it. The open reporter's identity is not here: `readReporterIdentity`. */
export interface HotlineCaseView extends HotlineCaseSummary {
  outOfScopeReason: OutOfScopeReason | null;
  outOfScopeNote: string | null;
  checkDays: number | null;
  hasReporterIdentity: boolean;
  content: HotlineContent;
  findings: string | null;
  outcome: HotlineOutcome | null;
  messages: HotlineStaffMessage[];
  notes: HotlineNoteView[];
  /** Every file of the case: those given with the report and those of messages. */
  attachments: HotlineAttachmentMeta[];
  involvedPersons: InvolvedPersonView[];
  recommendations: HotlineRecommendationView[];
  disclosures: IdentityDisclosureView[];
  enteredBy: PersonRef | null;
  viewerCan: HotlineCasePermissions;
}

const ref = (person: { id: string; fullName: string }): PersonRef => ({
  id: person.id,
  fullName: person.fullName,
});

/** A disclosure request as the case shows it; its people must be loaded. */
export function disclosureView(
  d: IIdentityDisclosure,
  report: Pick<IHotlineReport, 'id' | 'number' | 'receivedAt'>,
  viewerCanDecide: boolean,
): IdentityDisclosureView {
  return {
    id: d.id,
    caseId: report.id,
    caseNumber: formatCaseNumber(report.number, report.receivedAt),
    requestedBy: ref(d.requestedBy),
    requestedFor: ref(d.requestedFor),
    reason: d.reason,
    requestedAt: d.requestedAt,
    decidedBy: d.decidedBy ? ref(d.decidedBy) : null,
    decidedAt: d.decidedAt ?? null,
    approved: d.approved ?? null,
    viewerCanDecide: viewerCanDecide && (d.approved === null || d.approved === undefined),
  };
}

/**
 * The whole case for its handlers (its manager, or an assigned investigator): content,
 * conversation, notes, files, named people, recommendations and disclosures. Never for a person
 * the report names, whatever their roles.
 */
export async function getHotlineCase(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  now: Date = new Date(),
): Promise<HotlineCaseView> {
  const access = await caseForHandler(em, actor, id, 'see hotline cases', 'read');
  return caseView(em, actor, keyring, access, now);
}

/**
 * The case as the actor sees it right after a change of theirs, or null when that change took
 * it out of their hands — they named themselves, or named a compliance head (ADR 008).
 */
export async function hotlineCaseAfterChange(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  now: Date = new Date(),
): Promise<HotlineCaseView | null> {
  const access = await accessTo(em, actor, await findCase(em, actor, id));
  return access.manager || access.assigned ? caseView(em, actor, keyring, access, now) : null;
}

async function caseView(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  access: CaseAccess,
  now: Date,
): Promise<HotlineCaseView> {
  const { report } = access;
  const reportId = report.id;
  const [assignees, messages, notes, attachments, involved, recommendations, disclosures] = await Promise.all(
    [
      assigneesOf(em, [reportId]),
      em.find(
        HotlineMessage,
        { report: reportId },
        { populate: ['authorPerson'], orderBy: { createdAt: 'asc', id: 'asc' } },
      ),
      em.find(
        HotlineNote,
        { report: reportId },
        { populate: ['author'], orderBy: { createdAt: 'asc', id: 'asc' } },
      ),
      em.find(HotlineAttachment, { report: reportId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(HotlineInvolvedPerson, { report: reportId }, { populate: ['person', 'person.position'] }),
      em.find(
        HotlineRecommendation,
        { report: reportId },
        { populate: ['owner'], orderBy: { dueOn: 'asc', id: 'asc' } },
      ),
      em.find(
        IdentityDisclosure,
        { report: reportId },
        { populate: ['requestedBy', 'requestedFor', 'decidedBy'], orderBy: { requestedAt: 'asc' } },
      ),
    ],
  );
  if (report.enteredBy) await em.populate(report, ['enteredBy']);
  const pending = disclosures.filter((d) => d.approved === null || d.approved === undefined);
  const runners = await caseRunnersAmong(
    em,
    actor.organizationId,
    access.handling,
    pending.flatMap((d) => [d.requestedBy.id, d.requestedFor.id]),
  );
  const canDecide = new Set(
    pending
      .filter((d) => disclosureRefusal(actor, access.handling, access.manager, d, runners) === null)
      .map((d) => d.id),
  );
  const attachmentMeta = attachments.map((a) => ({
    messageId: a.message?.id ?? null,
    meta: {
      id: a.id,
      fileName: openAttachmentName(keyring, a),
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      uploadedBy: a.uploadedBy,
      createdAt: a.createdAt,
    },
  }));
  const closed = report.status === 'closed';
  const handler = access.manager || access.assigned;
  return {
    ...caseSummary(report, assignees.get(reportId) ?? [], access.handling.handledBy, now),
    outOfScopeReason: report.outOfScopeReason ?? null,
    outOfScopeNote: report.outOfScopeNote ?? null,
    checkDays: report.checkDays ?? null,
    hasReporterIdentity: !!report.identitySealed,
    content: openJson<HotlineContent>(keyring, report.contentSealed, AAD.content(reportId)),
    findings: report.findingsSealed
      ? open(keyring, report.findingsSealed, AAD.findings(reportId)).toString('utf8')
      : null,
    outcome: report.outcome ?? null,
    messages: messages.map((m) => {
      const body = openJson<MessageBody>(keyring, m.bodySealed, AAD.messageBody(m.id));
      return {
        id: m.id,
        author: m.author,
        authorPerson: m.authorPerson ? ref(m.authorPerson) : null,
        kind: m.kind,
        code: body.code ?? null,
        body: body.text ?? '',
        createdAt: m.createdAt,
        attachments: attachmentMeta.filter((a) => a.messageId === m.id).map((a) => a.meta),
      };
    }),
    notes: notes.map((n) => ({
      id: n.id,
      author: ref(n.author),
      body: open(keyring, n.bodySealed, AAD.noteBody(n.id)).toString('utf8'),
      createdAt: n.createdAt,
    })),
    attachments: attachmentMeta.map((a) => a.meta),
    involvedPersons: involved.map((i) => {
      const post = i.person.position;
      return { ...ref(i.person), position: post ? localizedName(post.titles, post.title) : null };
    }),
    recommendations: recommendations.map((r) => recommendationView(r, report, now)),
    disclosures: disclosures.map((d) => disclosureView(d, report, canDecide.has(d.id))),
    enteredBy: report.enteredBy ? ref(report.enteredBy) : null,
    viewerCan: {
      assign: access.manager && !closed,
      acknowledge: handler && !closed && !report.acknowledgedAt,
      work: handler && !closed,
      readIdentity:
        !!report.identitySealed &&
        (access.assigned || disclosures.some((d) => grantsIdentity(d, actor.personId))),
      decideDisclosure: canDecide.size > 0,
    },
  };
}

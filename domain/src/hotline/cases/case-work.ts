import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { checkAttachments, type AttachmentInput } from '../intake/attachments.js';
import { caseForHandler, requireOpenCase } from './case-access.js';
import { wasAcknowledgedInTime } from './case-summary.js';
import { HOTLINE_MESSAGE_CODES, postMessage } from '../reporter/conversation.js';
import { HotlineNote } from './hotline-note.entity.js';
import { HOTLINE_OUTCOMES, type HotlineOutcome, type IHotlineReport } from './hotline-report.entity.js';
import { seal, type HotlineKeyring } from '../crypto/keyring.js';
import { checkMessageBody, MAX_MESSAGE_LENGTH } from '../intake/report-input.js';
import { AAD } from '../crypto/sealed-fields.js';

const DAY_MS = 86_400_000;
export const MAX_CHECK_DAYS = 90;

/** §75: every step of a case is on the audit trail — what was done, never what was written. */
function audit(
  em: EntityManager,
  actor: Actor,
  report: IHotlineReport,
  verb: string,
  data: Record<string, unknown> = {},
) {
  return recordAudit(em, actor, {
    organizationId: report.organization.id,
    action: `hotline.${verb}`,
    entityType: 'HotlineReport',
    entityId: report.id,
    data,
  });
}

function requiredText(text: string | null | undefined, field: string, label: string): string {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length === 0) throw ValidationError.because('kernel.textRequired', { field, label });
  if (trimmed.length > MAX_MESSAGE_LENGTH) {
    throw ValidationError.because('kernel.textTooLong', { field, label, max: MAX_MESSAGE_LENGTH });
  }
  return trimmed;
}

/**
 * §69 (initial feedback): confirms to the reporter that the report is received and under
 * review, due within 24 hours of receipt. Once per case; refused on a closed case.
 */
export async function acknowledgeHotlineCase(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  now: Date = new Date(),
  message?: string | null,
): Promise<IHotlineReport> {
  const { report } = await caseForHandler(em, actor, id, 'acknowledge hotline reports', 'change');
  if (report.status === 'closed') {
    throw ConflictError.because('hotline.case.closedForAcknowledgement', {
      status: report.status,
    });
  }
  if (report.acknowledgedAt) {
    throw ConflictError.because('hotline.case.acknowledged', {
      acknowledgedAt: report.acknowledgedAt,
    });
  }
  const text = message?.trim() ?? '';
  if (text.length > MAX_MESSAGE_LENGTH) {
    throw ValidationError.because('hotline.message.tooLong', { field: 'message', max: MAX_MESSAGE_LENGTH });
  }
  report.acknowledgedAt = now;
  if (report.status === 'received') report.status = 'acknowledged';
  postMessage(em, keyring, report, {
    author: 'staff',
    authorPersonId: actor.personId,
    kind: 'acknowledgement',
    body: text.length > 0 ? { text } : { code: HOTLINE_MESSAGE_CODES.acknowledged },
    now,
  });
  await audit(em, actor, report, 'acknowledged', { inTime: wasAcknowledgedInTime(report) });
  return report;
}

export interface StaffMessageInput {
  kind: 'message' | 'question';
  body: string;
  attachments?: readonly AttachmentInput[];
}

/** §69: a message or a question to the reporter (ask anonymous reporters for facts, documents, links). */
export async function sendHotlineMessage(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  input: StaffMessageInput,
  now: Date = new Date(),
): Promise<IHotlineReport> {
  const { report } = await caseForHandler(em, actor, id, 'write to reporters', 'change');
  if (input.kind !== 'message' && input.kind !== 'question') {
    throw ValidationError.because('hotline.message.kind', { field: 'kind' });
  }
  const files = checkAttachments(input.attachments);
  const text = checkMessageBody(input.body, files.length > 0);
  requireOpenCase(report, 'write to the reporter');
  postMessage(em, keyring, report, {
    author: 'staff',
    authorPersonId: actor.personId,
    kind: input.kind,
    body: { text },
    files,
    now,
  });
  await audit(em, actor, report, input.kind === 'question' ? 'question_sent' : 'message_sent', {
    attachments: files.length,
  });
  return report;
}

/**
 * §69 (interim feedback): either the check takes a stated number of days — which becomes the
 * new processing deadline — or a reasoned answer that no check is needed.
 */
export async function giveInterimFeedback(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  input: { checkDays?: number | null; body: string },
  now: Date = new Date(),
): Promise<IHotlineReport> {
  const { report } = await caseForHandler(em, actor, id, 'give interim feedback', 'change');
  const checkDays = input.checkDays ?? null;
  if (checkDays !== null && (!Number.isInteger(checkDays) || checkDays < 1 || checkDays > MAX_CHECK_DAYS)) {
    throw ValidationError.because('hotline.case.checkDays', { field: 'checkDays', max: MAX_CHECK_DAYS });
  }
  const text = requiredText(input.body, 'body', 'The feedback');
  requireOpenCase(report, 'give interim feedback');
  if (checkDays !== null) {
    report.checkDays = checkDays;
    report.processBy = new Date(now.getTime() + checkDays * DAY_MS);
  }
  if (report.status === 'received' || report.status === 'acknowledged') report.status = 'in_progress';
  postMessage(em, keyring, report, {
    author: 'staff',
    authorPersonId: actor.personId,
    kind: 'interim_feedback',
    body: checkDays !== null ? { text, params: { checkDays } } : { text },
    now,
  });
  await audit(em, actor, report, 'interim_feedback', { checkDays });
  return report;
}

/** An investigator's private note: sealed, never shown to the reporter. */
export async function addHotlineNote(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  body: string,
  now: Date = new Date(),
): Promise<IHotlineReport> {
  const { report } = await caseForHandler(em, actor, id, 'keep notes on hotline cases', 'change');
  const text = requiredText(body, 'body', 'The note');
  const noteId = newId();
  em.create(HotlineNote, {
    id: noteId,
    organization: report.organization,
    report,
    author: actor.personId,
    bodySealed: seal(keyring, text, AAD.noteBody(noteId)),
    createdAt: now,
  });
  await audit(em, actor, report, 'note_added', { noteId });
  return report;
}

function checkOutcome(outcome: string): HotlineOutcome {
  if (!(HOTLINE_OUTCOMES as readonly string[]).includes(outcome)) {
    throw ValidationError.because('hotline.case.outcomeRequired', { field: 'outcome' });
  }
  return outcome as HotlineOutcome;
}

/** The findings of the check (sealed) and its outcome; may be revised until the case is closed. */
export async function recordFindings(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  input: { findings: string; outcome: HotlineOutcome },
): Promise<IHotlineReport> {
  const { report } = await caseForHandler(em, actor, id, 'record findings', 'change');
  const findings = requiredText(input.findings, 'findings', 'The findings');
  const outcome = checkOutcome(input.outcome);
  requireOpenCase(report, 'change the findings');
  report.findingsSealed = seal(keyring, findings, AAD.findings(report.id));
  report.outcome = outcome;
  await audit(em, actor, report, 'findings_recorded', { outcome });
  return report;
}

/**
 * Closes the case with its outcome and a concrete, clear answer to the reporter (§69). Needs
 * the findings first, unless the report is out of scope. Recommendations stay open and
 * monitored after closing.
 */
export async function closeHotlineCase(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  input: { outcome: HotlineOutcome; messageToReporter: string },
  now: Date = new Date(),
): Promise<IHotlineReport> {
  const { report } = await caseForHandler(em, actor, id, 'close hotline cases', 'change');
  const outcome = checkOutcome(input.outcome);
  const text = requiredText(input.messageToReporter, 'messageToReporter', 'The answer to the reporter');
  if (report.status === 'closed')
    throw ConflictError.because('hotline.case.alreadyClosed', { status: report.status });
  if (!report.findingsSealed && outcome !== 'out_of_scope') {
    throw ConflictError.because('hotline.case.findingsRequired', { reason: 'no_findings' });
  }
  report.status = 'closed';
  report.outcome = outcome;
  report.closedAt = now;
  if (outcome === 'out_of_scope') report.scope = 'out_of_scope';
  postMessage(em, keyring, report, {
    author: 'staff',
    authorPersonId: actor.personId,
    kind: 'outcome',
    body: { text },
    now,
  });
  await audit(em, actor, report, 'closed', { outcome, inTime: now.getTime() <= report.processBy.getTime() });
  return report;
}

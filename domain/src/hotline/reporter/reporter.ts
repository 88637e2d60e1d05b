import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../org/org-queries.js';
import { checkAttachments, openAttachmentName, type AttachmentInput } from '../intake/attachments.js';
import { lockCase } from '../cases/case-access.js';
import { formatCaseNumber } from '../cases/case-number.js';
import { postMessage } from './conversation.js';
import { HotlineAttachment } from '../intake/hotline-attachment.entity.js';
import { HotlineMessage, type HotlineMessageKind, type MessageBody } from './hotline-message.entity.js';
import type {
  HotlineCategory,
  HotlineContent,
  HotlineOutcome,
  HotlineStatus,
  IHotlineReport,
} from '../cases/hotline-report.entity.js';
import { open, openJson, type HotlineKeyring } from '../crypto/keyring.js';
import { checkMessageBody } from '../intake/report-input.js';
import { markReporterSeen, reportByReceipt } from './reporter-access.js';
import { AAD } from '../crypto/sealed-fields.js';

export interface ReporterAttachment {
  id: string;
  fileName: string;
  sizeBytes: number;
}

export interface ReporterMessage {
  id: string;
  from: 'reporter' | 'organisation';
  kind: HotlineMessageKind;
  /** A system message's code (e.g. auto_receipt), rendered by the interface; `body` is then empty. */
  code: string | null;
  body: string;
  createdAt: Date;
  attachments: ReporterAttachment[];
}

/**
 * What the reporter sees: what they reported, status, deadlines and the conversation. No staff
 * names, notes or findings.
 */
export interface ReporterView {
  number: string;
  /** §41.1: the reporter re-reads what they wrote (what, when, where, who) while they follow it. */
  content: HotlineContent;
  category: HotlineCategory;
  status: HotlineStatus;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  processBy: Date;
  outcome: HotlineOutcome | null;
  closedAt: Date | null;
  /** The files sent with the report itself; later files belong to their message. */
  attachments: ReporterAttachment[];
  messages: ReporterMessage[];
}

export interface ReporterMessageInput {
  body: string;
  attachments?: readonly AttachmentInput[];
}

async function reporterView(
  em: EntityManager,
  keyring: HotlineKeyring,
  report: IHotlineReport,
): Promise<ReporterView> {
  const messages = await em.find(
    HotlineMessage,
    { report: report.id },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  // The reporter's own files (with the report or a later message) and the files of the conversation.
  const attachments = await em.find(
    HotlineAttachment,
    { report: report.id, $or: [{ uploadedBy: 'reporter' }, { message: { $ne: null } }] },
    { fields: ['id', 'message', 'nameSealed', 'contentType', 'sizeBytes'], orderBy: { createdAt: 'asc' } },
  );
  const toView = (a: (typeof attachments)[number]): ReporterAttachment => ({
    id: a.id,
    fileName: openAttachmentName(keyring, a),
    sizeBytes: a.sizeBytes,
  });
  return {
    number: formatCaseNumber(report.number, report.receivedAt),
    content: openJson<HotlineContent>(keyring, report.contentSealed, AAD.content(report.id)),
    category: report.category,
    status: report.status,
    receivedAt: report.receivedAt,
    acknowledgedAt: report.acknowledgedAt ?? null,
    processBy: report.processBy,
    outcome: report.outcome ?? null,
    closedAt: report.closedAt ?? null,
    attachments: attachments.filter((a) => !a.message).map(toView),
    messages: messages.map((message) => {
      const body = openJson<MessageBody>(keyring, message.bodySealed, AAD.messageBody(message.id));
      return {
        id: message.id,
        from: message.author === 'reporter' ? 'reporter' : 'organisation',
        kind: message.kind,
        code: body.code ?? null,
        body: body.text ?? '',
        createdAt: message.createdAt,
        attachments: attachments.filter((a) => a.message?.id === message.id).map(toView),
      };
    }),
  };
}

/**
 * Issue 4 §2: the reporter follows up with the receipt alone: status and the conversation.
 * Counts as activity for the idle-time expiry of the receipt.
 */
export async function hotlineReportByReceipt(
  em: EntityManager,
  keyring: HotlineKeyring,
  receipt: string,
  now: Date = new Date(),
): Promise<ReporterView> {
  const report = await reportByReceipt(em, keyring, receipt, now);
  await markReporterSeen(em, report, now);
  return reporterView(em, keyring, report);
}

/**
 * §69: the reporter answers questions and adds facts and files. Refused once the case is
 * closed. Runs inside the caller's transaction (the audit trail records that a message came,
 * never what it says).
 */
export async function addReporterMessage(
  em: EntityManager,
  keyring: HotlineKeyring,
  receipt: string,
  input: ReporterMessageInput,
  now: Date = new Date(),
): Promise<ReporterView> {
  const found = await reportByReceipt(em, keyring, receipt, now);
  const files = checkAttachments(input.attachments);
  const text = checkMessageBody(input.body, files.length > 0);
  // Locked like a staff change: a message never slips in while the case is being closed.
  const report = await lockCase(em, found.organization.id, found.id);
  if (report.status === 'closed') {
    throw ConflictError.because('hotline.reporter.caseClosed');
  }
  postMessage(em, keyring, report, {
    author: 'reporter',
    authorPersonId: null,
    kind: 'reporter',
    body: { text },
    files,
    now,
  });
  await recordAudit(em, null, {
    organizationId: report.organization.id,
    action: 'hotline.reporter_message',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { attachments: files.length },
  });
  await em.flush();
  await markReporterSeen(em, report, now);
  return reporterView(em, keyring, report);
}

/** A file of the reporter's own case, by receipt (the receipt travels in a request body, never a URL). */
export async function reporterAttachment(
  em: EntityManager,
  keyring: HotlineKeyring,
  receipt: string,
  attachmentId: string,
  now: Date = new Date(),
): Promise<{ fileName: string; contentType: string; data: Buffer }> {
  const report = await reportByReceipt(em, keyring, receipt, now);
  const attachment = isUuid(attachmentId)
    ? await em.findOne(
        HotlineAttachment,
        { id: attachmentId, report: report.id },
        { populate: ['dataSealed'] },
      )
    : null;
  if (!attachment) throw NotFoundError.forId('Attachment', attachmentId);
  return {
    fileName: openAttachmentName(keyring, attachment),
    contentType: attachment.contentType,
    data: open(keyring, attachment.dataSealed, AAD.attachmentData(attachment.id)),
  };
}

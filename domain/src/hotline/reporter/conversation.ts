import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../kernel/ids.js';
import type { CheckedAttachment } from '../intake/attachments.js';
import { HotlineAttachment, type AttachmentUploader } from '../intake/hotline-attachment.entity.js';
import {
  HotlineMessage,
  type HotlineMessageAuthor,
  type HotlineMessageKind,
  type IHotlineMessage,
  type MessageBody,
} from './hotline-message.entity.js';
import type { IHotlineReport } from '../cases/hotline-report.entity.js';
import { sealJson, seal, type HotlineKeyring } from '../crypto/keyring.js';
import { AAD } from '../crypto/sealed-fields.js';

/** System message codes the interface renders in the reader's language. */
export const HOTLINE_MESSAGE_CODES = {
  /** §69: confirm receipt at once, automatically. */
  autoReceipt: 'auto_receipt',
  /** An acknowledgement given by a person without their own words. */
  acknowledged: 'acknowledged',
  /** §69: the report is outside the hotline's scope. */
  outOfScope: 'out_of_scope',
} as const;

/** Seals and stores files of a report or a message; `checkAttachments` has passed them. */
export function storeAttachments(
  em: EntityManager,
  keyring: HotlineKeyring,
  report: IHotlineReport,
  message: IHotlineMessage | null,
  uploadedBy: AttachmentUploader,
  files: readonly CheckedAttachment[],
  now: Date,
): void {
  for (const file of files) {
    const id = newId();
    em.create(HotlineAttachment, {
      id,
      organization: report.organization,
      report,
      message,
      uploadedBy,
      nameSealed: seal(keyring, file.fileName, AAD.attachmentName(id)),
      contentType: file.contentType,
      sizeBytes: file.data.length,
      dataSealed: seal(keyring, file.data, AAD.attachmentData(id)),
      createdAt: now,
    });
  }
}

/** Adds a message (and its files) to a case's conversation, body sealed. */
export function postMessage(
  em: EntityManager,
  keyring: HotlineKeyring,
  report: IHotlineReport,
  m: {
    author: HotlineMessageAuthor;
    authorPersonId: string | null;
    kind: HotlineMessageKind;
    body: MessageBody;
    files?: readonly CheckedAttachment[];
    now: Date;
  },
): IHotlineMessage {
  const id = newId();
  const message = em.create(HotlineMessage, {
    id,
    organization: report.organization,
    report,
    author: m.author,
    authorPerson: m.authorPersonId,
    kind: m.kind,
    bodySealed: sealJson(keyring, m.body, AAD.messageBody(id)),
    createdAt: m.now,
  });
  if (m.files && m.files.length > 0) {
    storeAttachments(
      em,
      keyring,
      report,
      message,
      m.author === 'reporter' ? 'reporter' : 'staff',
      m.files,
      m.now,
    );
  }
  return message;
}

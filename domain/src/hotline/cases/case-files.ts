import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../org/org-queries.js';
import { openAttachmentName } from '../intake/attachments.js';
import { caseForHandler } from './case-access.js';
import { HotlineAttachment } from '../intake/hotline-attachment.entity.js';
import { open, type HotlineKeyring } from '../crypto/keyring.js';
import { AAD } from '../crypto/sealed-fields.js';

/**
 * A file of a case for its handlers (GET /hotline/attachments/<id>): the same access as the
 * case itself — never a person the report names; every read is on the audit trail. Runs inside
 * the caller's transaction, with the case locked like every use case that writes.
 */
export async function readHotlineAttachment(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  attachmentId: string,
): Promise<{ fileName: string; contentType: string; data: Buffer }> {
  const meta = isUuid(attachmentId)
    ? await em.findOne(
        HotlineAttachment,
        { id: attachmentId, organization: actor.organizationId },
        { fields: ['id', 'report'] },
      )
    : null;
  if (!meta) throw NotFoundError.forId('Attachment', attachmentId);
  const { report } = await caseForHandler(em, actor, meta.report.id, 'read hotline files', 'change');
  const attachment = await em.findOneOrFail(HotlineAttachment, { id: meta.id }, { populate: ['dataSealed'] });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.attachment_read',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { attachmentId: attachment.id },
  });
  return {
    fileName: openAttachmentName(keyring, attachment),
    contentType: attachment.contentType,
    data: open(keyring, attachment.dataSealed, AAD.attachmentData(attachment.id)),
  };
}

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { HotlineMessage } from '../reporter/hotline-message.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';

export const ATTACHMENT_UPLOADERS = ['reporter', 'staff'] as const;
export type AttachmentUploader = (typeof ATTACHMENT_UPLOADERS)[number];

/** A file given with a report or a message (§69: documents and links); name and bytes sealed. */
export const HotlineAttachment = defineEntity({
  name: 'HotlineAttachment',
  tableName: 'hotline_attachment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    message: () => p.manyToOne(HotlineMessage).nullable().deleteRule('cascade'),
    uploadedBy: p.enum(ATTACHMENT_UPLOADERS),
    nameSealed: p.blob(),
    /** Detected from the bytes, never taken from the upload. */
    contentType: p.string().length(100),
    sizeBytes: p.integer(),
    dataSealed: p.blob().lazy(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['report'] }],
  filters: tenantFilter,
});

export type IHotlineAttachment = InferEntity<typeof HotlineAttachment>;

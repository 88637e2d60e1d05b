import type { HotlineAttachmentMeta } from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';

export const HotlineAttachmentMetaRef = builder.objectRef<HotlineAttachmentMeta>('HotlineAttachmentMeta');

builder.objectType(HotlineAttachmentMetaRef, {
  description:
    "A case's file; its handlers download it with GET /hotline/attachments/<id> and their Bearer token.",
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName', {
      description:
        'Safe to show and to save under: no control or bidi characters, no path, and the extension of the type detected from the bytes.',
    }),
    contentType: t.exposeString('contentType', { description: 'As detected from the bytes.' }),
    sizeBytes: t.exposeInt('sizeBytes'),
    uploadedBy: t.exposeString('uploadedBy', { description: '"reporter" or "staff".' }),
    createdAt: t.field({ type: DateTimeScalar, resolve: (file) => file.createdAt }),
  }),
});

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';

export const HOTLINE_MESSAGE_AUTHORS = ['reporter', 'staff', 'system'] as const;
export type HotlineMessageAuthor = (typeof HOTLINE_MESSAGE_AUTHORS)[number];

/** §69: initial feedback (acknowledgement), questions, interim feedback, the outcome; and the reporter's own. */
export const HOTLINE_MESSAGE_KINDS = [
  'acknowledgement',
  'message',
  'question',
  'interim_feedback',
  'outcome',
  'reporter',
] as const;
export type HotlineMessageKind = (typeof HOTLINE_MESSAGE_KINDS)[number];

/**
 * The sealed body: free text, or a code (with params) that the interface renders in the
 * reader's language, e.g. the automatic acknowledgement of receipt.
 */
export interface MessageBody {
  text?: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** One message of the two-way conversation between the reporter and the case handlers. */
export const HotlineMessage = defineEntity({
  name: 'HotlineMessage',
  tableName: 'hotline_message',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    author: p.enum(HOTLINE_MESSAGE_AUTHORS),
    /** Staff only; never shown to the reporter. */
    authorPerson: () => p.manyToOne(Person).nullable(),
    kind: p.enum(HOTLINE_MESSAGE_KINDS),
    bodySealed: p.blob(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['report', 'createdAt'] }],
  filters: tenantFilter,
});

export type IHotlineMessage = InferEntity<typeof HotlineMessage>;

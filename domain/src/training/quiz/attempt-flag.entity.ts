import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Attempt } from './attempt.entity.js';
import { Question } from '../bank/question.entity.js';

/**
 * A question the person marked to come back to in an open attempt. A row while it is flagged,
 * none otherwise: flags of different questions never rewrite each other, and a reload or
 * another device shows the same flags.
 */
export const AttemptFlag = defineEntity({
  name: 'AttemptFlag',
  tableName: 'attempt_flag',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    attempt: () => p.manyToOne(Attempt),
    question: () => p.manyToOne(Question),
    flaggedAt: p.datetime(),
  },
  uniques: [{ properties: ['attempt', 'question'] }],
  filters: tenantFilter,
});

export type IAttemptFlag = InferEntity<typeof AttemptFlag>;

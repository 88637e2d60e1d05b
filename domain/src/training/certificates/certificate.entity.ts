import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { Attempt } from '../quiz/attempt.entity.js';
import { Course } from '../authoring/course.entity.js';

/** Issued for a passed attempt; anyone holding the code can verify it without logging in. */
export const Certificate = defineEntity({
  name: 'Certificate',
  tableName: 'certificate',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    attempt: () => p.oneToOne(Attempt).owner().unique(),
    person: () => p.manyToOne(Person),
    course: () => p.manyToOne(Course),
    verificationCode: p.string().length(20).unique(),
    scorePercent: p.decimal('number').precision(5).scale(2),
    issuedAt: p.datetime(),
    /**
     * §19, §52.3, §68: for a course its holder must pass again every half-year or year, the next
     * due date of the holder's cycle (cycles.ts `nextDueAfterPass`): the pass no longer counts after
     * it. Null for a course passed once for good.
     */
    validUntil: p.date().nullable(),
  },
  // A person's certificate of a course (their training page, §68).
  indexes: [{ properties: ['person', 'course'] }],
  filters: tenantFilter,
});

export type ICertificate = InferEntity<typeof Certificate>;

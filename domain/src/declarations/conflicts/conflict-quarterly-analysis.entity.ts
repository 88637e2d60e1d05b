import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §14: the responsible unit's quarterly analysis of conflicts of interest: the matches reviewed,
 * and, in a state body, the memo by which the first head and the information-security officer
 * consented to its access to the employees' and family members' IINs.
 */
export const ConflictQuarterlyAnalysis = defineEntity({
  name: 'ConflictQuarterlyAnalysis',
  tableName: 'conflict_quarterly_analysis',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** YYYY-Qn. */
    quarter: p.string().length(7),
    memoNumber: p.string().length(60).nullable(),
    memoDate: p.date().nullable(),
    /** §14: the first head who consented. */
    firstHeadConsent: () => p.manyToOne(Person).nullable(),
    /** §14: the information-security officer who consented. */
    securityOfficerConsent: () => p.manyToOne(Person).nullable(),
    memoRecordedBy: () => p.manyToOne(Person).nullable(),
    memoRecordedAt: p.datetime().nullable(),
    reviewedBy: () => p.manyToOne(Person).nullable(),
    reviewedAt: p.datetime().nullable(),
    /** How many matches were before the reviewer. */
    matchesReviewed: p.integer().nullable(),
    findings: p.text().nullable(),
  },
  uniques: [{ properties: ['organization', 'quarter'] }],
  filters: tenantFilter,
});

export type IConflictQuarterlyAnalysis = InferEntity<typeof ConflictQuarterlyAnalysis>;

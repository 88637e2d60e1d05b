import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from './hotline-report.entity.js';

/** How one case follows from another: a complaint of retaliation for the earlier report (ISO 37002 §8.4). */
export const CASE_LINK_KINDS = ['retaliation_complaint'] as const;
export type CaseLinkKind = (typeof CASE_LINK_KINDS)[number];

/** A case opened from an earlier one, which both pages show. */
export const HotlineCaseLink = defineEntity({
  name: 'HotlineCaseLink',
  tableName: 'hotline_case_link',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** The case opened from the other; it follows from one case only. */
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade').unique(),
    original: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    kind: p.enum(CASE_LINK_KINDS),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['original'] }],
  filters: tenantFilter,
});

export type IHotlineCaseLink = InferEntity<typeof HotlineCaseLink>;

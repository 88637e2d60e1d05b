import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §9.4, §11: the organisation's public page (/transparency/<slug>): the cartogram, the plan's
 * progress, the quarterly reports and the proposals. The slug is unique across organisations.
 */
export const CompliancePublicPage = defineEntity({
  name: 'CompliancePublicPage',
  tableName: 'compliance_public_page',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization).unique(),
    slug: p.string().length(60).unique(),
    enabled: p.boolean().default(false),
    updatedBy: () => p.manyToOne(Person),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type ICompliancePublicPage = InferEntity<typeof CompliancePublicPage>;

/** §9.5: the report to the public on the plan's progress, at least once a quarter; one per quarter. */
export const QuarterlyReport = defineEntity({
  name: 'QuarterlyReport',
  tableName: 'compliance_quarterly_report',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    year: p.integer(),
    quarter: p.integer(),
    text: p.text(),
    publishedBy: () => p.manyToOne(Person),
    publishedAt: p.datetime(),
  },
  uniques: [{ properties: ['organization', 'year', 'quarter'] }],
  filters: tenantFilter,
});

export type IQuarterlyReport = InferEntity<typeof QuarterlyReport>;

/** §9.5: a proposal is taken into account (accepted) or its author is told why it cannot be. */
export const PROPOSAL_STATUSES = ['new', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** §9.5: a proposal from the public, sent without an account; its answer is published. */
export const PublicProposal = defineEntity({
  name: 'PublicProposal',
  tableName: 'compliance_public_proposal',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** What the author keeps to refer to the proposal; never a way to read it back. */
    receipt: p.string().length(20).unique(),
    text: p.text(),
    /** Optional: where the author wants the answer (an e-mail or a phone), never shown publicly. */
    contact: p.string().length(200).nullable(),
    submittedAt: p.datetime(),
    status: p.enum(PROPOSAL_STATUSES).default('new'),
    answer: p.text().nullable(),
    answeredBy: () => p.manyToOne(Person).nullable(),
    answeredAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['organization', 'submittedAt'] }],
  filters: tenantFilter,
});

export type IPublicProposal = InferEntity<typeof PublicProposal>;

export const PUBLIC_PAGE_ENTITIES = [CompliancePublicPage, QuarterlyReport, PublicProposal] as const;

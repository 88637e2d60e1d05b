import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { DeclarationProofFile } from '../financial/proof-file.entity.js';
import { TaxAuthorityRequest } from './tax-request.entity.js';

/**
 * §30.5: an employee's account in a foreign bank that the tax authority's answer revealed. The
 * first head, HR and the employee are notified at the same time within 2 working days; the
 * employee proves the account closed within 6 months of the finding, or the first head takes the
 * measures the law provides (§30.6).
 */
export const ForeignAccountFinding = defineEntity({
  name: 'ForeignAccountFinding',
  tableName: 'foreign_account_finding',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    request: () => p.manyToOne(TaxAuthorityRequest),
    person: () => p.manyToOne(Person),
    bank: p.string().length(300),
    country: p.string().length(100),
    foundOn: p.date(),
    notifyBy: p.date(),
    notifiedAt: p.datetime().nullable(),
    closureDueOn: p.date(),
    closureProof: () => p.manyToOne(DeclarationProofFile).nullable(),
    closedOn: p.date().nullable(),
    recordedBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['request', 'person', 'bank'] }],
  indexes: [{ properties: ['person'] }],
  filters: tenantFilter,
});

export type IForeignAccountFinding = InferEntity<typeof ForeignAccountFinding>;

/** §30.5: the three recipients of the finding notice, all at the same time. */
export const FINDING_RECIPIENTS = ['first_head', 'hr', 'employee'] as const;
export type FindingRecipient = (typeof FINDING_RECIPIENTS)[number];

/** One of the three notices of a finding (mail and My work), to one person. */
export const ForeignAccountNotice = defineEntity({
  name: 'ForeignAccountNotice',
  tableName: 'foreign_account_notice',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    finding: () => p.manyToOne(ForeignAccountFinding),
    recipient: p.enum(FINDING_RECIPIENTS),
    person: () => p.manyToOne(Person),
    sentAt: p.datetime(),
    readAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['finding'] }, { properties: ['person'] }],
  filters: tenantFilter,
});

export type IForeignAccountNotice = InferEntity<typeof ForeignAccountNotice>;

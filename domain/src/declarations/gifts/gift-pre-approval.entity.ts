import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { GIFT_CURRENCIES, TRIP_EXCEPTIONS } from './gift-declaration.entity.js';

/** What an invitation asks the person to accept. */
export const INVITATION_KINDS = ['trip', 'hospitality', 'gift'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

export const PRE_APPROVAL_STATUSES = ['requested', 'approved', 'refused'] as const;
export type PreApprovalStatus = (typeof PRE_APPROVAL_STATUSES)[number];

/**
 * §17.8 (b): a request to accept an invitation before accepting it, which the compliance
 * officer approves or refuses.
 */
export const GiftPreApproval = defineEntity({
  name: 'GiftPreApproval',
  tableName: 'gift_pre_approval',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    kind: p.enum(INVITATION_KINDS),
    inviter: p.string().length(300),
    occasion: p.string().length(500),
    eventOn: p.date(),
    valueAmount: p.decimal().precision(18).scale(2).nullable(),
    currency: p.enum(GIFT_CURRENCIES).nullable(),
    tripException: p.enum(TRIP_EXCEPTIONS).nullable(),
    hostPresent: p.boolean().nullable(),
    status: p.enum(PRE_APPROVAL_STATUSES).default('requested'),
    decisionNote: p.text().nullable(),
    decidedBy: () => p.manyToOne(Person).nullable(),
    decidedAt: p.datetime().nullable(),
    requestedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['person'] }, { properties: ['organization', 'status'] }],
  filters: tenantFilter,
});

export type IGiftPreApproval = InferEntity<typeof GiftPreApproval>;

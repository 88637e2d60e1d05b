import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { ProtectionRecord } from './protection-record.entity.js';

/** §40.1: the measures taken on the employer's initiative that protection restrains. */
export const HR_ACTION_KINDS = ['dismissal', 'transfer', 'disciplinary'] as const;
export type HrActionKind = (typeof HR_ACTION_KINDS)[number];

/**
 * Who the action comes from. §40.1 restrains only the employer's own initiative: a dismissal at
 * the employee's request, by agreement of the parties or on grounds beyond their will (Labour
 * Code art. 49) is not held for the commission's recommendation.
 */
export const HR_ACTION_INITIATORS = ['employer', 'employee', 'agreement', 'beyond_parties'] as const;
export type HrActionInitiator = (typeof HR_ACTION_INITIATORS)[number];

/** `draft` until HR marks the action final (signed and in force). */
export const HR_ACTION_STATUSES = ['draft', 'final'] as const;
export type HrActionStatus = (typeof HR_ACTION_STATUSES)[number];

/**
 * A dismissal, transfer or disciplinary measure HR entered or imported. When it is at the
 * employer's initiative and the person is under protection on `decidedOn`, the action is flagged to the compliance head and cannot be
 * marked final until the disciplinary commission's recommendation is attached (§40.1).
 */
export const HrAction = defineEntity({
  name: 'HrAction',
  tableName: 'hr_action',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    kind: p.enum(HR_ACTION_KINDS),
    initiator: p.enum(HR_ACTION_INITIATORS),
    decidedOn: p.date(),
    description: p.text(),
    status: p.enum(HR_ACTION_STATUSES).default('draft'),
    /** Whether the person was protected when HR entered the action (a later grant flags it too). */
    protectedAtEntry: p.boolean().default(false),
    /** The protection the action falls under; null while the person is not protected on `decidedOn`. */
    protectionRecord: () => p.manyToOne(ProtectionRecord).nullable(),
    flaggedAt: p.datetime().nullable(),
    /** The commission's recommendation: its reference (protocol number) or a summary. */
    commissionRecommendation: p.text().nullable(),
    commissionRecommendationOn: p.date().nullable(),
    enteredBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
    finalizedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['person'] }, { properties: ['organization', 'flaggedAt'] }],
  filters: tenantFilter,
});

export type IHrAction = InferEntity<typeof HrAction>;

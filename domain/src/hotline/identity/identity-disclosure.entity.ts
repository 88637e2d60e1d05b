import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';

/**
 * A request to reveal an open reporter's identity to someone other than the assigned
 * investigators, and the recorded decision on it. Four eyes, kept by the database too: the
 * requester is not the beneficiary, and the decider is neither (ADR 008).
 */
export const IdentityDisclosure = defineEntity({
  name: 'IdentityDisclosure',
  tableName: 'hotline_identity_disclosure',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    requestedBy: () => p.manyToOne(Person),
    requestedFor: () => p.manyToOne(Person),
    reason: p.text(),
    requestedAt: p.datetime(),
    decidedBy: () => p.manyToOne(Person).nullable(),
    decidedAt: p.datetime().nullable(),
    approved: p.boolean().nullable(),
  },
  indexes: [{ properties: ['report'] }],
  checks: [
    {
      name: 'hotline_identity_disclosure_not_for_requester_check',
      expression: 'requested_for_id <> requested_by_id',
    },
    {
      name: 'hotline_identity_disclosure_four_eyes_check',
      expression:
        'decided_by_id is null or (decided_by_id <> requested_by_id and decided_by_id <> requested_for_id)',
    },
  ],
  filters: tenantFilter,
});

export type IIdentityDisclosure = InferEntity<typeof IdentityDisclosure>;

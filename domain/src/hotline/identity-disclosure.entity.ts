import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import { tenantFilter } from '../database/tenant-filter.js';
import { Organization } from '../org/organization.entity.js';
import { Person } from '../org/person.entity.js';
import { HotlineReport } from './hotline-report.entity.js';

/**
 * A request to reveal an open reporter's identity to someone other than the assigned
 * investigators, and the compliance head's recorded decision on it.
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
  filters: tenantFilter,
});

export type IIdentityDisclosure = InferEntity<typeof IdentityDisclosure>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';

/**
 * ISO 37002 §8.4: a high risk of retaliation found at triage becomes a task to protect the
 * reporter and witnesses, owned by one of the compliance staff and reviewed by a date.
 */
export const HotlineProtectionTask = defineEntity({
  name: 'HotlineProtectionTask',
  tableName: 'hotline_protection_task',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    owner: () => p.manyToOne(Person),
    reviewOn: p.date(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime(),
    completedAt: p.datetime().nullable(),
    completedBy: () => p.manyToOne(Person).nullable(),
    completionNote: p.text().nullable(),
  },
  indexes: [{ properties: ['report'] }, { properties: ['organization', 'owner', 'reviewOn'] }],
  filters: tenantFilter,
});

export type IHotlineProtectionTask = InferEntity<typeof HotlineProtectionTask>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from './hotline-report.entity.js';

/** An investigator on a case; `unassignedAt` ends it while keeping the history. */
export const HotlineCaseAssignment = defineEntity({
  name: 'HotlineCaseAssignment',
  tableName: 'hotline_case_assignment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    investigator: () => p.manyToOne(Person),
    assignedBy: () => p.manyToOne(Person),
    assignedAt: p.datetime(),
    unassignedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['report'] }, { properties: ['investigator'] }],
  // A guard below the lock that assignments take on their case: one current assignment per
  // investigator and case, whatever reaches the table.
  uniques: [
    {
      name: 'hotline_case_assignment_current_unique',
      properties: ['report', 'investigator'],
      where: { unassignedAt: null },
    },
  ],
  filters: tenantFilter,
});

export type IHotlineCaseAssignment = InferEntity<typeof HotlineCaseAssignment>;

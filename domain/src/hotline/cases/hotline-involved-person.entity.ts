import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from './hotline-report.entity.js';

/** A person the report names, linked at triage: never assigned, nor anyone in their reporting line. */
export const HotlineInvolvedPerson = defineEntity({
  name: 'HotlineInvolvedPerson',
  tableName: 'hotline_involved_person',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    person: () => p.manyToOne(Person),
  },
  uniques: [{ properties: ['report', 'person'] }],
  filters: tenantFilter,
});

export type IHotlineInvolvedPerson = InferEntity<typeof HotlineInvolvedPerson>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { HotlineReport } from './hotline-report.entity.js';

/** An investigator's private note on a case: never shown to the reporter. */
export const HotlineNote = defineEntity({
  name: 'HotlineNote',
  tableName: 'hotline_note',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(HotlineReport).deleteRule('cascade'),
    author: () => p.manyToOne(Person),
    bodySealed: p.blob(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['report'] }],
  filters: tenantFilter,
});

export type IHotlineNote = InferEntity<typeof HotlineNote>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import type { SavedCaseFilter } from './saved-filters.js';

/** A set of queue filters a person saved under a name to pick again; theirs alone. */
export const HotlineSavedFilter = defineEntity({
  name: 'HotlineSavedFilter',
  tableName: 'hotline_saved_filter',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    name: p.string().length(100),
    filter: p.json<SavedCaseFilter>(),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['organization', 'person', 'name'] }],
  filters: tenantFilter,
});

export type IHotlineSavedFilter = InferEntity<typeof HotlineSavedFilter>;

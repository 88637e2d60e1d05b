import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/** §29: the longest address of a published page HR records. */
export const MAX_PUBLICATION_URL = 1000;

/**
 * §29: HR published, on the organisation's official internet resource, the declaration data of an
 * official in a publication category (and of their spouses) for the reporting `year`, due by
 * 31 December of the next year. One publication per person and year.
 */
export const DeclarationPublication = defineEntity({
  name: 'DeclarationPublication',
  tableName: 'declaration_publication',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    /** The reporting calendar year the published declaration covers. */
    year: p.integer(),
    publishedOn: p.date(),
    url: p.string().length(MAX_PUBLICATION_URL),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'person', 'year'] }],
  filters: tenantFilter,
});

export type IDeclarationPublication = InferEntity<typeof DeclarationPublication>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §40.6, §41.3: a person's signed undertaking not to disclose an open reporter's identity or the
 * report, one row per person and version of the text, with the day it was signed. Kept when the
 * person leaves: it is evidence of what they undertook.
 */
export const NonDisclosureUndertaking = defineEntity({
  name: 'NonDisclosureUndertaking',
  tableName: 'hotline_non_disclosure_undertaking',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    /** The version of the text signed, e.g. `nda-2026-1`. */
    version: p.string().length(40),
    signedAt: p.datetime(),
  },
  uniques: [{ properties: ['organization', 'person', 'version'] }],
  filters: tenantFilter,
});

export type INonDisclosureUndertaking = InferEntity<typeof NonDisclosureUndertaking>;

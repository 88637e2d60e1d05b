import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import type { LocalizedText } from '../kernel/locale.js';
import { tenantFilter } from '../database/tenant-filter.js';
import { Organization } from './organization.entity.js';
import { NAME_COLLATION } from '../database/name-collation.js';

/** A post in the organisation. */
export const Position = defineEntity({
  name: 'Position',
  tableName: 'position',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    title: p.string().length(300).collation(NAME_COLLATION),
    /** The title in kk, ru and en where the organisation gave them; `title` stands in for any missing one. */
    titles: p.json<Partial<LocalizedText>>().nullable(),
    // §14, §71: posts exposed to corruption risk are listed in the cartogram and get
    // stricter candidate due diligence.
    exposedToCorruptionRisk: p.boolean().default(false),
    // §52.3: employees involved in the procurement process are trained at least once every half-year.
    procurementStaff: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'title'] }],
  filters: tenantFilter,
});

export type IPosition = InferEntity<typeof Position>;

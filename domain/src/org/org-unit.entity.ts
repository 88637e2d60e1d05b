import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import type { LocalizedText } from '../kernel/locale.js';
import { tenantFilter } from '../database/tenant-filter.js';
import { Organization } from './organization.entity.js';
import { NAME_COLLATION } from '../database/name-collation.js';

/**
 * A unit of the organisation's structure. `path` materialises the ancestry as
 * '/<root id>/…/<own id>/' so that a subtree is one prefix match (no recursive query).
 */
export const OrgUnit = defineEntity({
  name: 'OrgUnit',
  tableName: 'org_unit',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    parent: () => p.manyToOne(OrgUnit).nullable(),
    path: p.text().index(),
    name: p.string().length(300).collation(NAME_COLLATION),
    /** The name in kk, ru and en where the organisation gave them; `name` stands in for any missing one. */
    names: p.json<Partial<LocalizedText>>().nullable(),
    code: p.string().length(50).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type IOrgUnit = InferEntity<typeof OrgUnit>;

export function orgUnitPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

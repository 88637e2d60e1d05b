import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import type { LocalizedText } from '../kernel/locale.js';
import { NAME_COLLATION } from '../database/name-collation.js';

/** §2: the standard applies to state bodies, the quasi-public sector and businesses. */
export const ORGANIZATION_KINDS = ['state_body', 'quasi_public', 'private'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The tenant. A holding's subsidiaries point to it as their parent. */
export const Organization = defineEntity({
  name: 'Organization',
  tableName: 'organization',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    name: p.string().length(500).collation(NAME_COLLATION),
    /** The name in kk, ru and en where the organisation gave them; `name` stands in for any missing one. */
    names: p.json<Partial<LocalizedText>>().nullable(),
    shortName: p.string().length(200).nullable(),
    /** Business identification number, 12 digits. */
    bin: p.string().length(12).nullable().unique(),
    kind: p.enum(ORGANIZATION_KINDS),
    parent: () => p.manyToOne(Organization).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type IOrganization = InferEntity<typeof Organization>;

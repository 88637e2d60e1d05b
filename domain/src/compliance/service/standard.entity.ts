import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/** §2: the standard is approved by the first head or by the management body. */
export const STANDARD_APPROVERS = ['first_head', 'management_body'] as const;
export type StandardApprover = (typeof STANDARD_APPROVERS)[number];

/** §2: the act is published on the website; an organisation may also keep it on its intranet or elsewhere. */
export const PUBLICATION_PLACES = ['website', 'intranet', 'other'] as const;
export type PublicationPlace = (typeof PUBLICATION_PLACES)[number];

/**
 * §2: one act (an order or another document) that adopted the organisation's anti-corruption
 * standard, with its publication. A later adoption (an amended standard) supersedes it; the
 * superseded act stays as it was, for the history.
 */
export const AntiCorruptionStandard = defineEntity({
  name: 'AntiCorruptionStandard',
  tableName: 'anti_corruption_standard',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    actNumber: p.string().length(100),
    adoptedOn: p.date(),
    approvedBy: p.enum(STANDARD_APPROVERS),
    /** The first head or member who signed, by name; and/or the body that approved it. */
    approverName: p.string().length(300).nullable(),
    approverBody: p.string().length(300).nullable(),
    /** Where the act's text can be read (the organisation's document system or site). */
    documentUrl: p.string().length(2000).nullable(),
    note: p.text().nullable(),
    publishedWhere: p.enum(PUBLICATION_PLACES).nullable(),
    publishedUrl: p.string().length(2000).nullable(),
    publishedOn: p.date().nullable(),
    supersededBy: () => p.manyToOne(AntiCorruptionStandard).nullable(),
    supersededAt: p.datetime().nullable(),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['organization', 'adoptedOn'] }],
  filters: tenantFilter,
});

export type IAntiCorruptionStandard = InferEntity<typeof AntiCorruptionStandard>;

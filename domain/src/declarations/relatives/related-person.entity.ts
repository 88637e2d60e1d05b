import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { NAME_COLLATION } from '../../database/name-collation.js';
import { RELATIONS } from './relation.js';

/**
 * A relative or personally linked person an employee declared, kept once and named by every
 * declaration that needs them (a conflict-of-interest notification, a campaign's answers, a
 * family member's gift, a spouse's financial-declaration notice). Removing one keeps the row
 * (`removedAt`) so that what was declared with them still reads as it was.
 */
export const RelatedPerson = defineEntity({
  name: 'RelatedPerson',
  tableName: 'related_person',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** The employee who declared them. */
    person: () => p.manyToOne(Person),
    relation: p.enum(RELATIONS),
    fullName: p.string().length(300).collation(NAME_COLLATION),
    /** Optional: the text asks for it only in the quarterly analysis (§14). */
    iin: p.string().length(12).nullable(),
    birthDate: p.date().nullable(),
    /** Where they work or what they own, the counterparty a conflict may run through. */
    workplace: p.string().length(500).nullable(),
    workplaceBin: p.string().length(12).nullable(),
    jobTitle: p.string().length(300).nullable(),
    note: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
    removedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['organization', 'person'] }, { properties: ['organization', 'iin'] }],
  filters: tenantFilter,
});

export type IRelatedPerson = InferEntity<typeof RelatedPerson>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import { LOCALES } from '../kernel/locale.js';
import { tenantFilter } from '../database/tenant-filter.js';
import { Organization } from './organization.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position } from './position.entity.js';
import { NAME_COLLATION } from '../database/name-collation.js';

/** An employee of an organisation. Emails are stored lower-cased: unique per organisation regardless of case. */
export const Person = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    fullName: p.string().length(300).collation(NAME_COLLATION),
    email: p.string().length(320),
    /** Individual identification number, 12 digits with a check digit. */
    iin: p.string().length(12).nullable(),
    locale: p.enum(LOCALES).default('kk'),
    orgUnit: () => p.manyToOne(OrgUnit),
    position: () => p.manyToOne(Position).nullable(),
    manager: () => p.manyToOne(Person).nullable(),
    hiredAt: p.date().nullable(),
    active: p.boolean().default(true),
    /**
     * The day the person left the staff (deactivated), so that figures for a past period count
     * who was employed then; null while on the staff.
     */
    leftOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'email'] }],
  indexes: [
    // Sign-in finds a person by e-mail before it knows the organisation.
    { properties: ['email'] },
    // Lists of people by name (the completion report's) walk the names in order.
    { properties: ['organization', 'fullName', 'id'] },
  ],
  filters: tenantFilter,
});

export type IPerson = InferEntity<typeof Person>;

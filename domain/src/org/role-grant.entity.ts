import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import { ROLE_CODES } from '../kernel/roles.js';
import { tenantFilter } from '../database/tenant-filter.js';
import { Organization } from './organization.entity.js';
import { Person } from './person.entity.js';

/** A role held by a person in an organisation (a holding's officer may hold roles in a subsidiary). */
export const RoleGrant = defineEntity({
  name: 'RoleGrant',
  tableName: 'role_grant',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    role: p.enum(ROLE_CODES),
    grantedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['person', 'organization', 'role'] }],
  filters: tenantFilter,
});

export type IRoleGrant = InferEntity<typeof RoleGrant>;

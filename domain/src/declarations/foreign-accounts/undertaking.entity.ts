import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §30.2: the written agreement between HR and a person holding a responsible state position, a
 * person authorised to perform state functions (not a maslikhat deputy) or an official: no
 * accounts (deposits) in foreign banks outside Kazakhstan, no cash or valuables kept there.
 */
export const ForeignAccountUndertaking = defineEntity({
  name: 'ForeignAccountUndertaking',
  tableName: 'foreign_account_undertaking',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    signedOn: p.date(),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'person'] }],
  filters: tenantFilter,
});

export type IForeignAccountUndertaking = InferEntity<typeof ForeignAccountUndertaking>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §30.1: the first head's order naming who has access to the data on money in foreign banks and
 * who analyses and monitors it (HR, the ethics commissioner, the compliance service). The latest
 * order is in force; earlier ones stay as the record.
 */
export const ForeignAccountAccessOrder = defineEntity({
  name: 'ForeignAccountAccessOrder',
  tableName: 'foreign_account_access_order',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    orderNumber: p.string().length(100),
    orderDate: p.date(),
    /** The first head who signed the order. */
    approvedBy: () => p.manyToOne(Person),
    /** The persons the order names. */
    memberIds: p.json<string[]>(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['organization', 'recordedAt'] }],
  filters: tenantFilter,
});

export type IForeignAccountAccessOrder = InferEntity<typeof ForeignAccountAccessOrder>;

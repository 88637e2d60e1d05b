import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/** §39–§40: an open reporter, or a person the investigator marks as having assisted the check. */
export const PROTECTION_BASES = ['open_reporter', 'assisted'] as const;
export type ProtectionBasis = (typeof PROTECTION_BASES)[number];

/** §40.1: protection lasts 3 years from the report. */
export const PROTECTION_YEARS = 3;

/**
 * A person under protection from `startsOn` (the report's date) through `endsOn` (3 years
 * later, that day included). The report is referred to by a plain id and its number, not a
 * foreign key: the retention job may purge a closed case while its reporter is still protected.
 */
export const ProtectionRecord = defineEntity({
  name: 'ProtectionRecord',
  tableName: 'protection_record',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    basis: p.enum(PROTECTION_BASES),
    reportId: p.uuid(),
    reportNumber: p.string().length(40),
    startsOn: p.date(),
    endsOn: p.date(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['person', 'reportId'] }],
  indexes: [{ properties: ['organization', 'endsOn'] }],
  filters: tenantFilter,
});

export type IProtectionRecord = InferEntity<typeof ProtectionRecord>;

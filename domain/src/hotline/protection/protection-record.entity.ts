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
 * §40.1: the body the report reached, from which day the 3 years run — the organisation's
 * hotline, or an authorised state body (the Agency, the prosecutor's office, ...) the person
 * reported to, as compliance staff record it.
 */
export const REPORTED_TO = ['hotline', 'state_body'] as const;
export type ReportedTo = (typeof REPORTED_TO)[number];

/**
 * A person under protection from `startsOn` (the day the report reached the body it was made
 * to) through `endsOn` (3 years later, that day included, moved to the next working day when it
 * is not one). A hotline report is referred to by a plain id and its number, not a foreign key:
 * the retention job may purge a closed case while its reporter is still protected. A report made
 * to a state body has no hotline case: it names the body instead.
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
    reportedTo: p.enum(REPORTED_TO).default('hotline'),
    /** The state body the report was made to; null for the hotline. */
    stateBodyName: p.string().length(200).nullable(),
    reportId: p.uuid().nullable(),
    reportNumber: p.string().length(40).nullable(),
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

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { RelatedPerson } from '../relatives/related-person.entity.js';

/** Where an identified conflict of interest came to light (§14, §15, §72, §69). */
export const CONFLICT_SOURCES = [
  'notification',
  'campaign',
  'quarterly_analysis',
  'audit',
  'hotline',
] as const;
export type ConflictSource = (typeof CONFLICT_SOURCES)[number];

export const CONFLICT_REGISTER_STATUSES = ['open', 'settled', 'no_conflict'] as const;
export type ConflictRegisterStatus = (typeof CONFLICT_REGISTER_STATUSES)[number];

/**
 * One entry of the conflict-of-interest register: every identified or declared conflict, whatever
 * brought it to light, with the measures decided and when it was settled.
 */
export const ConflictRegisterEntry = defineEntity({
  name: 'ConflictRegisterEntry',
  tableName: 'conflict_register_entry',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** The employee whose private interest it is. */
    person: () => p.manyToOne(Person),
    source: p.enum(CONFLICT_SOURCES),
    /** The notification, the campaign submission… it came from; none for an audit finding entered by hand. */
    sourceId: p.uuid().nullable(),
    relatedPerson: () => p.manyToOne(RelatedPerson).nullable(),
    counterparty: p.string().length(500).nullable(),
    description: p.text(),
    identifiedOn: p.date(),
    status: p.enum(CONFLICT_REGISTER_STATUSES).default('open'),
    measures: p.text().nullable(),
    settledOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['source', 'sourceId'] }],
  indexes: [{ properties: ['organization', 'identifiedOn'] }, { properties: ['organization', 'person'] }],
  filters: tenantFilter,
});

export type IConflictRegisterEntry = InferEntity<typeof ConflictRegisterEntry>;

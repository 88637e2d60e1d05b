import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import { tenantFilter } from '../database/tenant-filter.js';
import { Organization } from '../org/organization.entity.js';
import { Person } from '../org/person.entity.js';

/** §69: first feedback within 24 hours of receipt. */
export const DEFAULT_ACKNOWLEDGE_HOURS = 24;
/** The internal deadline for processing a report, in calendar days (§74.6). */
export const DEFAULT_PROCESSING_DAYS = 30;
/** Closed cases are purged after this many years (issue 4 §4). */
export const DEFAULT_RETENTION_YEARS = 5;
/** A reporter's receipt stops working after this many days without a follow-up (issue 4 §4). */
export const DEFAULT_REPORTER_ACCESS_IDLE_DAYS = 90;

/**
 * The organisation's hotline settings; absent means the defaults. `lastCaseNumber` is the
 * case-number sequence: bumped with one upsert, so concurrent intakes take turns on the row.
 * `alternateHandler` handles the cases that name a compliance head (ADR 008); the first head names them.
 */
export const HotlineSettings = defineEntity({
  name: 'HotlineSettings',
  tableName: 'hotline_settings',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization).unique(),
    acknowledgeHours: p.integer().default(DEFAULT_ACKNOWLEDGE_HOURS),
    processingDays: p.integer().default(DEFAULT_PROCESSING_DAYS),
    retentionYears: p.integer().default(DEFAULT_RETENTION_YEARS),
    reporterAccessIdleDays: p.integer().default(DEFAULT_REPORTER_ACCESS_IDLE_DAYS),
    lastCaseNumber: p.integer().default(0),
    alternateHandler: () => p.manyToOne(Person).nullable(),
  },
  filters: tenantFilter,
});

export type IHotlineSettings = InferEntity<typeof HotlineSettings>;

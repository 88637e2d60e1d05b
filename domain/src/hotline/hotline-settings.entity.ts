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
 * To whom the compliance function reports, as the intake tells reporters (§60.4: the board of
 * directors; a supervisory board where the organisation has one instead; in a state body, its
 * first head).
 */
export const COMPLIANCE_REPORTS_TO = ['board_of_directors', 'supervisory_board', 'state_body_head'] as const;
export type ComplianceReportsTo = (typeof COMPLIANCE_REPORTS_TO)[number];

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
    /** The intake's words for whom the compliance function reports to (issue 11 §9). */
    complianceReportsTo: p.enum(COMPLIANCE_REPORTS_TO).default('board_of_directors'),
    /** The intake page's primary colour, `#rrggbb`, readable under white text (WCAG AA). */
    brandColor: p.string().length(7).nullable(),
    /** The intake page's logo (PNG, JPEG or WebP by its bytes), small enough to inline. */
    logo: p.blob().nullable().lazy(),
    logoContentType: p.string().length(20).nullable(),
  },
  filters: tenantFilter,
});

export type IHotlineSettings = InferEntity<typeof HotlineSettings>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/** How a report reached the one hotline (§69: phone and in-person reports join the same queue). */
export const HOTLINE_CHANNELS = ['web', 'phone', 'in_person', 'letter'] as const;
export type HotlineChannel = (typeof HOTLINE_CHANNELS)[number];

/** §69: what the code of ethics covers, plus conflicts of interest and anything else. */
export const HOTLINE_CATEGORIES = [
  'policy_violation',
  'law_violation',
  'criminal_offence',
  'corruption',
  'reporting_transparency',
  'conflict_of_interest',
  'other',
] as const;
export type HotlineCategory = (typeof HOTLINE_CATEGORIES)[number];

export const HOTLINE_STATUSES = ['received', 'acknowledged', 'in_progress', 'closed'] as const;
export type HotlineStatus = (typeof HOTLINE_STATUSES)[number];

export const HOTLINE_SCOPES = ['pending', 'in_scope', 'out_of_scope'] as const;
export type HotlineScope = (typeof HOTLINE_SCOPES)[number];

/** §69: reports unrelated to the organisation or the code, personal revenge, baseless attacks on reputation. */
export const OUT_OF_SCOPE_REASONS = [
  'not_related',
  'personal_revenge',
  'reputation_attack',
  'other',
] as const;
export type OutOfScopeReason = (typeof OUT_OF_SCOPE_REASONS)[number];

export const HOTLINE_OUTCOMES = [
  'substantiated',
  'partly_substantiated',
  'not_substantiated',
  'out_of_scope',
] as const;
export type HotlineOutcome = (typeof HOTLINE_OUTCOMES)[number];

/** How soon a handler means to take a case up; set by the case's handlers (case-marking.ts). */
export const HOTLINE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type HotlinePriority = (typeof HOTLINE_PRIORITIES)[number];

/** What the reporter wrote, sealed as one JSON blob in `contentSealed`. */
export interface HotlineContent {
  what: string;
  when: string | null;
  where: string | null;
  who: string | null;
}

/** An open reporter's name and contact, sealed in `identitySealed`. */
export interface ReporterIdentity {
  name: string;
  contact: string;
}

/**
 * A report to the hotline and the case built on it (§69). What the reporter wrote, their
 * identity and the findings are sealed (AES-256-GCM); the receipt is stored only as a keyed
 * hash. Nothing about how an anonymous report arrived (address, agent, session) is kept.
 */
export const HotlineReport = defineEntity({
  name: 'HotlineReport',
  tableName: 'hotline_report',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** Per-organisation sequence, shown as HL-<year>-<number>. */
    number: p.integer(),
    receiptHash: p.string().length(64).unique(),
    channel: p.enum(HOTLINE_CHANNELS),
    category: p.enum(HOTLINE_CATEGORIES),
    anonymous: p.boolean(),
    contentSealed: p.blob(),
    identitySealed: p.blob().nullable(),
    /** The category's custom questions as filed, with their answers (questionnaire/intake-answers.ts). */
    answersSealed: p.blob().nullable(),
    status: p.enum(HOTLINE_STATUSES).default('received'),
    scope: p.enum(HOTLINE_SCOPES).default('pending'),
    outOfScopeReason: p.enum(OUT_OF_SCOPE_REASONS).nullable(),
    outOfScopeNote: p.text().nullable(),
    receivedAt: p.datetime(),
    /** §69: first feedback within 24 hours of receipt (configurable). */
    acknowledgeBy: p.datetime(),
    acknowledgedAt: p.datetime().nullable(),
    /** §69: interim feedback states how many days the check takes. */
    checkDays: p.integer().nullable(),
    /** §74.6: the internal deadline for processing; interim feedback with a check replaces it. */
    processBy: p.datetime(),
    findingsSealed: p.blob().nullable(),
    outcome: p.enum(HOTLINE_OUTCOMES).nullable(),
    closedAt: p.datetime().nullable(),
    /** The reporter's last follow-up; access expires after the configured idle time. */
    reporterLastSeenAt: p.datetime(),
    reporterAccessExpiredAt: p.datetime().nullable(),
    /** The operator who entered a phone, in-person or letter report; null for the web form. */
    enteredBy: () => p.manyToOne(Person).nullable(),
    priority: p.enum(HOTLINE_PRIORITIES).default('normal'),
    /** The handlers' own tags for the case, in the words they type (case-marking.ts). */
    labels: p.array().default([]),
  },
  uniques: [{ properties: ['organization', 'number'] }],
  indexes: [{ properties: ['organization', 'status'] }, { properties: ['organization', 'receivedAt'] }],
  filters: tenantFilter,
});

export type IHotlineReport = InferEntity<typeof HotlineReport>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import type { ActivitySnapshot } from './plan-snapshot.js';

/**
 * §35.1: the plan is drafted, submitted, approved by the first head, carried out through the year
 * and closed with a report. An amendment after approval brings it back to draft as the next version.
 */
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'in_execution', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** §35.1: the yearly plan of events for forming an anti-corruption culture, one per organisation and year. */
export const CulturePlan = defineEntity({
  name: 'CulturePlan',
  tableName: 'culture_plan',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    year: p.integer(),
    status: p.enum(PLAN_STATUSES).default('draft'),
    /** The version being drafted or, once approved, in force; 1 until the first amendment. */
    version: p.integer().default(1),
    /** §35.1, §34: the corruption-risk analysis (external and/or internal) the plan is drawn from. */
    riskBasis: p.text().nullable(),
    /** §35.3: how many employees are to pass the test with at least 60 % (the text sets no figure). */
    targetPassed: p.integer().nullable(),
    /** §35.1: the plan may be merged into another plan of the organisation: which one, and a note. */
    mergedInto: p.string().length(500).nullable(),
    mergedNote: p.text().nullable(),
    copiedFrom: () => p.manyToOne(CulturePlan).nullable(),
    /** Why the version being drafted amends the approved one. */
    amendmentReason: p.text().nullable(),
    /** The first head's note when sending a submitted plan back to draft. */
    returnNote: p.text().nullable(),
    submittedBy: () => p.manyToOne(Person).nullable(),
    submittedAt: p.datetime().nullable(),
    closingReport: p.text().nullable(),
    closedBy: () => p.manyToOne(Person).nullable(),
    closedAt: p.datetime().nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'year'] }],
  filters: tenantFilter,
});

export type ICulturePlan = InferEntity<typeof CulturePlan>;

/** An approved version of a plan, frozen as the first head approved it; later versions never change it. */
export const CulturePlanVersion = defineEntity({
  name: 'CulturePlanVersion',
  tableName: 'culture_plan_version',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    plan: () => p.manyToOne(CulturePlan),
    number: p.integer(),
    /** Null for the first version; the amendment's reason after it. */
    reason: p.text().nullable(),
    riskBasis: p.text().nullable(),
    targetPassed: p.integer().nullable(),
    activities: p.json<ActivitySnapshot[]>(),
    approvedBy: () => p.manyToOne(Person),
    approvedAt: p.datetime(),
  },
  uniques: [{ properties: ['plan', 'number'] }],
  filters: tenantFilter,
});

export type ICulturePlanVersion = InferEntity<typeof CulturePlanVersion>;

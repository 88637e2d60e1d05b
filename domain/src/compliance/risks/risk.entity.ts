import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * Annex 1: the risk map is kept as two registers — risks found in legal acts and internal documents,
 * and risks found in the organisational and management activity.
 */
export const RISK_REGISTERS = ['legal_acts', 'activity'] as const;
export type RiskRegister = (typeof RISK_REGISTERS)[number];

/**
 * §9.1, §11: where the risk was found — the internal or external analysis, an audit, a hotline
 * report, a recorded conflict of interest, a media publication, a complaint or application.
 */
export const RISK_SOURCES = [
  'internal_analysis',
  'external_analysis',
  'audit',
  'hotline',
  'conflict_of_interest',
  'media',
  'complaint',
] as const;
export type RiskSource = (typeof RISK_SOURCES)[number];

/** §9.4: a risk carrying protected information is never published (the plan is published only in part). */
export const RISK_CONFIDENTIALITY = ['none', 'confidential', 'insider', 'commercial', 'personal'] as const;
export type RiskConfidentiality = (typeof RISK_CONFIDENTIALITY)[number];

/** A risk is open until its measures remove it (mitigated) or it no longer applies (retired). */
export const RISK_STATUSES = ['open', 'mitigated', 'retired'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** The level band of a score (see risk-level.ts for the formula, §9.2). */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * §9.1: the four events after which the risk map is to be updated — a change in the law, in the
 * structure or headcount, in the duties of the risk-exposed posts, or another change.
 */
export const RISK_TRIGGER_KINDS = ['law_change', 'structure_change', 'duties_change', 'other'] as const;
export type RiskTriggerKind = (typeof RISK_TRIGGER_KINDS)[number];

/** §8–§11, Annex 1: one corruption risk of the organisation's risk map (cartogram). */
export const Risk = defineEntity({
  name: 'Risk',
  tableName: 'compliance_risk',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    register: p.enum(RISK_REGISTERS),
    /** Sequential per organisation, shown as № 7. */
    number: p.integer(),
    processOrDocument: p.text(),
    /** The corruption scheme: how the risk could be realised. */
    scheme: p.text(),
    /** §4.14, §11: the posts exposed to this risk (Position ids of the organisation). */
    positionIds: p.array().default([]),
    /** §9.2: probability and frequency of realisation, both required, and the impact, each 1..scale. */
    probability: p.integer(),
    frequency: p.integer(),
    impact: p.integer(),
    /** max(probability, frequency) × impact, kept for ranking and filtering (risk-level.ts). */
    score: p.integer(),
    level: p.enum(RISK_LEVELS),
    source: p.enum(RISK_SOURCES),
    /** The closed loop back to the source (a hotline case, a conflict declaration…): its kind and id, never its content. */
    sourceKind: p.string().length(50).nullable(),
    sourceId: p.uuid().nullable(),
    confidentiality: p.enum(RISK_CONFIDENTIALITY).default('none'),
    /** §46: procurement is a high-risk zone and always belongs on the map. */
    procurement: p.boolean().default(false),
    lastReviewedOn: p.date().nullable(),
    status: p.enum(RISK_STATUSES).default('open'),
    /** §9.4, §11: shown on the public cartogram; never when confidential (compliance/public-page). */
    published: p.boolean().default(false),
    /** Raised by every change; an edit names the version it was made on. */
    version: p.integer().default(1),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [
    { properties: ['organization', 'number'] },
    // §9.1, §11: one case, conflict or finding proposes at most one risk.
    { properties: ['organization', 'sourceKind', 'sourceId'] },
  ],
  indexes: [{ properties: ['organization', 'register', 'score'] }],
  filters: tenantFilter,
});

export type IRisk = InferEntity<typeof Risk>;

/**
 * Every scoring of a risk (on creation, on each re-score or change of status), so that the map can
 * be drawn as it stood on any day and a risk's movement between two days shown.
 */
export const RiskScore = defineEntity({
  name: 'RiskScore',
  tableName: 'compliance_risk_score',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    risk: () => p.manyToOne(Risk),
    probability: p.integer(),
    frequency: p.integer(),
    impact: p.integer(),
    score: p.integer(),
    level: p.enum(RISK_LEVELS),
    status: p.enum(RISK_STATUSES),
    scoredAt: p.datetime(),
    scoredBy: () => p.manyToOne(Person),
    reason: p.text().nullable(),
  },
  indexes: [{ properties: ['risk', 'scoredAt'] }],
  filters: tenantFilter,
});

export type IRiskScore = InferEntity<typeof RiskScore>;

/** The organisation's risk-map settings: the scale (5×5 unless changed, 3..10) and the last identification. */
export const RiskSettings = defineEntity({
  name: 'RiskSettings',
  tableName: 'compliance_risk_settings',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization).unique(),
    scaleSize: p.integer().default(5),
    /** §9.1: the day the last systematic identification (yearly or after a trigger) was completed. */
    lastIdentifiedOn: p.date().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type IRiskSettings = InferEntity<typeof RiskSettings>;

/** §9.1: an event that calls for re-mapping, open until the officer marks the re-mapping done. */
export const RiskTrigger = defineEntity({
  name: 'RiskTrigger',
  tableName: 'compliance_risk_trigger',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    kind: p.enum(RISK_TRIGGER_KINDS),
    note: p.text(),
    occurredOn: p.date(),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime(),
    completedBy: () => p.manyToOne(Person).nullable(),
    completedAt: p.datetime().nullable(),
    completionNote: p.text().nullable(),
  },
  indexes: [{ properties: ['organization', 'completedAt'] }],
  filters: tenantFilter,
});

export type IRiskTrigger = InferEntity<typeof RiskTrigger>;

export const RISK_ENTITIES = [Risk, RiskScore, RiskSettings, RiskTrigger] as const;

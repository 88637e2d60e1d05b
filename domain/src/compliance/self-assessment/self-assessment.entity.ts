import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { ComplianceProcess, InternalAuditCoverage } from './process.entity.js';

/**
 * §73 step 3: the quarter's self-assessment — the processes drawn at random from those active in
 * the quarter before and not covered by internal audit in it. One per organisation and quarter:
 * the unique constraint backs the row lock the draw takes (draw.ts).
 */
export const SelfAssessment = defineEntity({
  name: 'SelfAssessment',
  tableName: 'compliance_self_assessment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** The quarter the self-assessment is held in (YYYY-Qn); it reviews the quarter before. */
    quarter: p.string().length(7),
    /** How many processes were eligible when drawn. */
    eligibleCount: p.integer(),
    drawnBy: () => p.manyToOne(Person),
    drawnAt: p.datetime(),
  },
  uniques: [{ properties: ['organization', 'quarter'] }],
  filters: tenantFilter,
});

export type ISelfAssessment = InferEntity<typeof SelfAssessment>;

/** A process a self-assessment drew; its findings hang on it. */
export const SelfAssessmentProcess = defineEntity({
  name: 'SelfAssessmentProcess',
  tableName: 'compliance_self_assessment_process',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    assessment: () => p.manyToOne(SelfAssessment),
    process: () => p.manyToOne(ComplianceProcess),
    /** The order of the draw. */
    position: p.integer(),
  },
  uniques: [{ properties: ['assessment', 'process'] }],
  filters: tenantFilter,
});

export type ISelfAssessmentProcess = InferEntity<typeof SelfAssessmentProcess>;

export const FINDING_SEVERITIES = ['low', 'medium', 'high'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** §73 steps 3–4: what checking a drawn process (and interviewing its units) found. */
export const SelfAssessmentFinding = defineEntity({
  name: 'SelfAssessmentFinding',
  tableName: 'compliance_self_assessment_finding',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    drawnProcess: () => p.manyToOne(SelfAssessmentProcess).index(),
    text: p.text(),
    severity: p.enum(FINDING_SEVERITIES),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime(),
  },
  filters: tenantFilter,
});

export type ISelfAssessmentFinding = InferEntity<typeof SelfAssessmentFinding>;

export const IMPROVEMENT_STATUSES = ['open', 'done'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

/** §73 step 5: an item of the improvement plan, due within 3 months of its finding. */
export const ImprovementItem = defineEntity({
  name: 'ImprovementItem',
  tableName: 'compliance_improvement_item',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    finding: () => p.manyToOne(SelfAssessmentFinding).index(),
    action: p.text(),
    responsible: () => p.manyToOne(Person),
    dueOn: p.date(),
    status: p.enum(IMPROVEMENT_STATUSES).default('open'),
    completedOn: p.date().nullable(),
    completionNote: p.text().nullable(),
    completedBy: () => p.manyToOne(Person).nullable(),
    /** The day the responsible person was last reminded of it overdue. */
    remindedOn: p.date().nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['organization', 'status', 'dueOn'] }],
  filters: tenantFilter,
});

export type IImprovementItem = InferEntity<typeof ImprovementItem>;

export const SELF_ASSESSMENT_ENTITIES = [
  ComplianceProcess,
  InternalAuditCoverage,
  SelfAssessment,
  SelfAssessmentProcess,
  SelfAssessmentFinding,
  ImprovementItem,
];

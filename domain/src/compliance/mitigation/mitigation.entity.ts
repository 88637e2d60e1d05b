import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { Risk } from '../risks/risk.entity.js';

/** §9.3: the plan is drafted by the keepers and approved by the first head. */
export const MITIGATION_PLAN_STATUSES = ['draft', 'approved'] as const;
export type MitigationPlanStatus = (typeof MITIGATION_PLAN_STATUSES)[number];

/** The course of one measure of the plan. */
export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * §9.3: the corruption-risk elimination plan, drawn from the risk map, one per organisation and
 * year. It is the aggregate of its measures: every change locks its row.
 */
export const MitigationPlan = defineEntity({
  name: 'MitigationPlan',
  tableName: 'compliance_mitigation_plan',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    year: p.integer(),
    status: p.enum(MITIGATION_PLAN_STATUSES).default('draft'),
    /** §9.3: in a state body the first head approves and controls the plan. */
    approvedBy: () => p.manyToOne(Person).nullable(),
    approvedAt: p.datetime().nullable(),
    /**
     * §9.3: in the quasi-public sector and in business the measures are under the control of the
     * first head or the management body: who it is, recorded when the plan is published.
     */
    controlledBy: p.string().length(300).nullable(),
    /** §9.4: the plan must be public; the published risks' measures show on the public page from then. */
    publishedAt: p.datetime().nullable(),
    publishedBy: () => p.manyToOne(Person).nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'year'] }],
  filters: tenantFilter,
});

export type IMitigationPlan = InferEntity<typeof MitigationPlan>;

/** §9.3: one measure of the plan: the measure, its deadline, its executor and its form of completion. */
export const MitigationMeasure = defineEntity({
  name: 'MitigationMeasure',
  tableName: 'compliance_mitigation_measure',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    plan: () => p.manyToOne(MitigationPlan),
    risk: () => p.manyToOne(Risk),
    measure: p.text(),
    executor: () => p.manyToOne(Person),
    deadline: p.date(),
    completionForm: p.text(),
    status: p.enum(MEASURE_STATUSES).default('planned'),
    progressNote: p.text().nullable(),
    /** An https link to the evidence (an order, a published page), and/or a short note. */
    evidenceLink: p.string().length(2000).nullable(),
    evidenceNote: p.text().nullable(),
    doneOn: p.date().nullable(),
    /** §9.3, §5.3: the KPI of the responsible people this measure is linked to, as they word it. */
    linkedKpi: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['plan', 'deadline'] }, { properties: ['risk'] }],
  filters: tenantFilter,
});

export type IMitigationMeasure = InferEntity<typeof MitigationMeasure>;

export const MITIGATION_ENTITIES = [MitigationPlan, MitigationMeasure] as const;

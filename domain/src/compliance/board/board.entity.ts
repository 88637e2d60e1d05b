import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import type { KpiUnit } from '../../kpi/kpi-definition.js';

/**
 * §66.1, §69: the periodic report of the compliance service to the board. The text names no
 * frequency ("periodic"); a report covers a half-year (h1: January–June, h2: July–December) or
 * the whole year.
 */
export const BOARD_REPORT_PERIODS = ['h1', 'h2', 'year'] as const;
export type BoardReportPeriod = (typeof BOARD_REPORT_PERIODS)[number];

export const BOARD_REPORT_STATUSES = ['draft', 'submitted'] as const;
export type BoardReportStatus = (typeof BOARD_REPORT_STATUSES)[number];

/** §66.2: whether the compliance service's resources suffice for the programme. */
export const RESOURCE_ASSESSMENTS = ['sufficient', 'partly', 'insufficient'] as const;
export type ResourceAssessment = (typeof RESOURCE_ASSESSMENTS)[number];

/** §66.2, §61: what the service asks the board for when the resources fall short. */
export const RESOURCE_REQUESTS = ['staff', 'budget', 'automation'] as const;
export type ResourceRequest = (typeof RESOURCE_REQUESTS)[number];

/** A compliance KPI's value as the report shows it. */
export interface BoardReportKpi {
  code: string;
  title: { kk: string; ru: string; en: string };
  paragraph: string;
  unit: KpiUnit;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  met: boolean | null;
}

/** The figures the suite knows when the report is read (a draft) or as they were submitted. */
export interface BoardReportFigures {
  /** The instant they were taken. */
  takenAt: string;
  kpis: BoardReportKpi[];
  /** Open risks of the register by level (§9.2). */
  openRisks: { low: number; medium: number; high: number; critical: number };
  /** The plans' measures (§9.3): all, done, and not done past their deadline. */
  measures: { total: number; done: number; overdue: number };
  /** §5: the people responsible for corruption prevention, and the rule's minimum. */
  responsiblePeople: number;
  minResponsiblePeople: number;
}

export const BoardReport = defineEntity({
  name: 'BoardReport',
  tableName: 'compliance_board_report',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    year: p.integer(),
    period: p.enum(BOARD_REPORT_PERIODS),
    status: p.enum(BOARD_REPORT_STATUSES).default('draft'),
    /** §66.1: status, plans and difficulties. */
    statusAndPlans: p.text().nullable(),
    /** §66.1: high-risk issues that need the board's attention and involvement. */
    highRiskIssues: p.text().nullable(),
    /** §66.1: compliance results for products and processes (hotline, checks, due diligence…). */
    processResults: p.text().nullable(),
    resourceAssessment: p.enum(RESOURCE_ASSESSMENTS).nullable(),
    resourceReason: p.text().nullable(),
    resourceRequests: p.json<ResourceRequest[]>(),
    resourceRequestNote: p.text().nullable(),
    /** Null while a draft (the figures are then read live); frozen when submitted. */
    figures: p.json<BoardReportFigures>().nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime(),
    updatedBy: () => p.manyToOne(Person),
    updatedAt: p.datetime(),
    submittedBy: () => p.manyToOne(Person).nullable(),
    submittedAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['organization', 'year', 'period'] }],
  filters: tenantFilter,
});

export type IBoardReport = InferEntity<typeof BoardReport>;

/** A board member has read a submitted report (their My work item is then gone). */
export const BoardReportReading = defineEntity({
  name: 'BoardReportReading',
  tableName: 'compliance_board_report_reading',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    report: () => p.manyToOne(BoardReport),
    person: () => p.manyToOne(Person),
    readAt: p.datetime(),
  },
  uniques: [{ properties: ['report', 'person'] }],
  filters: tenantFilter,
});

export type IBoardReportReading = InferEntity<typeof BoardReportReading>;

/** §74.2: the plan for management's part in promoting anti-corruption, one per year. */
export const ManagementPlan = defineEntity({
  name: 'ManagementPlan',
  tableName: 'compliance_management_plan',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    year: p.integer(),
    /** The members of management the plan covers (person ids). */
    members: p.json<string[]>(),
    updatedBy: () => p.manyToOne(Person),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['organization', 'year'] }],
  filters: tenantFilter,
});

export type IManagementPlan = InferEntity<typeof ManagementPlan>;

/** §66.3, §74.2: how a member of management takes part in promoting anti-corruption. */
export const MANAGEMENT_ACTIVITY_KINDS = ['training', 'communication', 'meeting', 'other'] as const;
export type ManagementActivityKind = (typeof MANAGEMENT_ACTIVITY_KINDS)[number];

/** An activity a member of management is to take part in, and the day they did. */
export const ManagementActivity = defineEntity({
  name: 'ManagementActivity',
  tableName: 'compliance_management_activity',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    plan: () => p.manyToOne(ManagementPlan),
    person: () => p.manyToOne(Person),
    title: p.string().length(300),
    kind: p.enum(MANAGEMENT_ACTIVITY_KINDS),
    plannedOn: p.date(),
    participatedOn: p.date().nullable(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['plan', 'person'] }],
  filters: tenantFilter,
});

export type IManagementActivity = InferEntity<typeof ManagementActivity>;

export const BOARD_ENTITIES = [BoardReport, BoardReportReading, ManagementPlan, ManagementActivity] as const;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §65: the programme's directions — "including, but not limited to" — §66 leadership, §67 policies
 * and procedures, §68 training and communication, §69 hotline and internal investigation, §70
 * supplier due diligence, §71 candidate due diligence, §72 conflicts of interest; `other` for what
 * the organisation adds beyond them (§65: the list is not closed).
 */
export const PROGRAMME_DIRECTIONS = [
  'leadership',
  'policies_procedures',
  'training_communication',
  'hotline_investigation',
  'supplier_due_diligence',
  'candidate_due_diligence',
  'conflicts_of_interest',
  'other',
] as const;
export type ProgrammeDirection = (typeof PROGRAMME_DIRECTIONS)[number];

/** The paragraph each direction comes from. */
export const DIRECTION_PARAGRAPHS: Readonly<Record<ProgrammeDirection, string>> = {
  leadership: '§66',
  policies_procedures: '§67',
  training_communication: '§68',
  hotline_investigation: '§69',
  supplier_due_diligence: '§70',
  candidate_due_diligence: '§71',
  conflicts_of_interest: '§72',
  other: '§65',
};

/** The course of one item of the programme; a cancelled item keeps its reason. */
export const PROGRAMME_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ProgrammeItemStatus = (typeof PROGRAMME_ITEM_STATUSES)[number];

/** §66.1: the programme is presented to management, and brought to the attention of all employees. */
export const PRESENTATION_AUDIENCES = ['management', 'all_staff'] as const;
export type PresentationAudience = (typeof PRESENTATION_AUDIENCES)[number];

/**
 * §66.1: the anti-corruption compliance programme of one year, drawn up by the programme's main
 * directions after the initial assessment (§63–§64). One per organisation and year; it is the
 * aggregate of its items and presentations: every change locks its row.
 */
export const ComplianceProgramme = defineEntity({
  name: 'ComplianceProgramme',
  tableName: 'compliance_programme',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    year: p.integer(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'year'] }],
  filters: tenantFilter,
});

export type IComplianceProgramme = InferEntity<typeof ComplianceProgramme>;

/** §66.1: one action of the programme: its direction, owner, due day, evidence and status. */
export const ProgrammeItem = defineEntity({
  name: 'ProgrammeItem',
  tableName: 'compliance_programme_item',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    programme: () => p.manyToOne(ComplianceProgramme),
    direction: p.enum(PROGRAMME_DIRECTIONS),
    title: p.text(),
    owner: () => p.manyToOne(Person),
    dueOn: p.date(),
    status: p.enum(PROGRAMME_ITEM_STATUSES).default('planned'),
    progressNote: p.text().nullable(),
    /** An https link to the evidence (an order, a published page), and/or a short note. */
    evidenceLink: p.string().length(2000).nullable(),
    evidenceNote: p.text().nullable(),
    doneOn: p.date().nullable(),
    cancelReason: p.text().nullable(),
    /** §64: the aspect of the initial assessment the item was drafted from, or null. */
    fromAspect: p.integer().nullable(),
    /** An edit names the version it was read at; a changed item is a CONFLICT. */
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['programme', 'direction'] }, { properties: ['owner', 'dueOn'] }],
  filters: tenantFilter,
});

export type IProgrammeItem = InferEntity<typeof ProgrammeItem>;

/**
 * §66.1: a presentation of the programme — to management, or to all employees — on a day, with
 * who was invited and who was there (people of the organisation).
 */
export const ProgrammePresentation = defineEntity({
  name: 'ProgrammePresentation',
  tableName: 'compliance_programme_presentation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    programme: () => p.manyToOne(ComplianceProgramme),
    presentedOn: p.date(),
    audience: p.enum(PRESENTATION_AUDIENCES),
    invitedIds: p.array().default([]),
    presentIds: p.array().default([]),
    note: p.text().nullable(),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['programme', 'presentedOn'] }],
  filters: tenantFilter,
});

export type IProgrammePresentation = InferEntity<typeof ProgrammePresentation>;

/** §64: the initial internal assessment's course. */
export const ASSESSMENT_STATUSES = ['in_progress', 'completed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** §64: how an aspect stands. */
export const ASPECT_RATINGS = ['adequate', 'needs_improvement', 'missing'] as const;
export type AspectRating = (typeof ASPECT_RATINGS)[number];

/** §64: the initial internal assessment of corruption risks of one year, one per organisation and year. */
export const InitialAssessment = defineEntity({
  name: 'InitialAssessment',
  tableName: 'compliance_initial_assessment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    year: p.integer(),
    status: p.enum(ASSESSMENT_STATUSES).default('in_progress'),
    completedBy: () => p.manyToOne(Person).nullable(),
    completedAt: p.datetime().nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'year'] }],
  filters: tenantFilter,
});

export type IInitialAssessment = InferEntity<typeof InitialAssessment>;

/** §64.9: an auditor's report studied, with its day and a link or a note. */
export interface AuditReportRef {
  title: string;
  date: string;
  link: string | null;
  note: string | null;
}

/** §64: the answer to one aspect: the finding, the rating, and for §64.9 the audit reports. */
export const AssessmentAnswer = defineEntity({
  name: 'AssessmentAnswer',
  tableName: 'compliance_initial_assessment_answer',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    assessment: () => p.manyToOne(InitialAssessment),
    aspect: p.integer(),
    rating: p.enum(ASPECT_RATINGS),
    finding: p.text(),
    auditReports: p.json<AuditReportRef[]>().default([]),
    answeredBy: () => p.manyToOne(Person),
    answeredAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['assessment', 'aspect'] }],
  filters: tenantFilter,
});

export type IAssessmentAnswer = InferEntity<typeof AssessmentAnswer>;

export const PROGRAMME_ENTITIES = [
  ComplianceProgramme,
  ProgrammeItem,
  ProgrammePresentation,
  InitialAssessment,
  AssessmentAnswer,
] as const;

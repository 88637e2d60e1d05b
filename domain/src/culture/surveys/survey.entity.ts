import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { Person } from '../../org/person.entity.js';

/** A statement answered on a scale of 1 (strongly disagree) to 5 (strongly agree), or a free text. */
export const SURVEY_QUESTION_KINDS = ['likert', 'text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** Drafted, then open for answers (its questions frozen), then closed. */
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Everyone on the staff, or the people of some units' subtrees. */
export const SURVEY_AUDIENCES = ['all_employees', 'org_units'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];

/** The lowest and highest point of the Likert scale. */
export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;

/** One question as the survey asks it, in the order the survey lists them. */
export interface SurveyQuestion {
  /** Stable within the survey: answers name it. */
  id: string;
  kind: SurveyQuestionKind;
  statement: LocalizedText;
  required: boolean;
}

/** What one respondent answered: a point of the scale or a text per question answered, by question id. */
export type SurveyAnswers = Record<string, number | string>;

/**
 * §68: the yearly survey of employees on how the anti-corruption compliance function is accepted
 * and understood. Its questions are frozen once it opens.
 */
export const CultureSurvey = defineEntity({
  name: 'CultureSurvey',
  tableName: 'culture_survey',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    title: p.json<LocalizedText>(),
    intro: p.json<LocalizedText>(),
    questions: p.json<SurveyQuestion[]>(),
    audience: p.enum(SURVEY_AUDIENCES),
    /** For `org_units`: the units whose subtrees are asked. */
    orgUnitIds: p.json<string[]>(),
    opensOn: p.date(),
    closesOn: p.date(),
    status: p.enum(SURVEY_STATUSES).default('draft'),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
    openedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['organization', 'status'] }],
  filters: tenantFilter,
});

export type ICultureSurvey = InferEntity<typeof CultureSurvey>;

/**
 * That a person of the audience was asked and whether they answered — never what: only to refuse a
 * second answer and to remind those who have not answered. The unit is the one they were asked in,
 * and the one they answered in once they answer (their response carries the same), so participation
 * and results count the same groups.
 */
export const CultureSurveyParticipation = defineEntity({
  name: 'CultureSurveyParticipation',
  tableName: 'culture_survey_participation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    survey: () => p.manyToOne(CultureSurvey),
    person: () => p.manyToOne(Person),
    orgUnit: () => p.manyToOne(OrgUnit).nullable(),
    answered: p.boolean().default(false),
    lastRemindedAt: p.datetime().nullable(),
    reminderCount: p.integer().default(0),
  },
  uniques: [{ properties: ['survey', 'person'] }],
  indexes: [{ properties: ['person'] }],
  filters: tenantFilter,
});

export type ICultureSurveyParticipation = InferEntity<typeof CultureSurveyParticipation>;

/**
 * One respondent's answers, with nothing that leads back to them: no person, and nothing that
 * orders responses by when they came — the id is a random UUID (version 4, never a serial or a
 * time-ordered one) and there is no timestamp, so that no reader can line responses up with the
 * participation rows or the audit trail's "answered" events. Only the unit the respondent belonged
 * to, for results by unit (shown for groups of at least 5 answers). What remains: the table's
 * physical order and PostgreSQL's own transaction ids (`xmin`) follow the order of writing, so
 * someone reading the database itself, not through Adal, could still pair a response with its
 * transaction; Adal never lists responses one by one except free texts, which it shuffles.
 */
export const CultureSurveyResponse = defineEntity({
  name: 'CultureSurveyResponse',
  tableName: 'culture_survey_response',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    survey: () => p.manyToOne(CultureSurvey),
    orgUnit: () => p.manyToOne(OrgUnit).nullable(),
    answers: p.json<SurveyAnswers>(),
  },
  indexes: [{ properties: ['survey'] }],
  filters: tenantFilter,
});

export type ICultureSurveyResponse = InferEntity<typeof CultureSurveyResponse>;

export const SURVEY_ENTITIES = [CultureSurvey, CultureSurveyParticipation, CultureSurveyResponse] as const;

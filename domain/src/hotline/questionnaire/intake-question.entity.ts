import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { HOTLINE_CATEGORIES } from '../cases/hotline-report.entity.js';

/** What a reporter answers a custom question with. */
export const INTAKE_QUESTION_KINDS = [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'date',
  'yes_no',
] as const;
export type IntakeQuestionKind = (typeof INTAKE_QUESTION_KINDS)[number];

export const CHOICE_KINDS: readonly IntakeQuestionKind[] = ['single_choice', 'multiple_choice'];

/** One option of a choice question; its id stays when the option's text is edited. */
export interface IntakeQuestionOption {
  id: string;
  labels: LocalizedText;
}

/**
 * A question the compliance head adds to one category's intake form (as GlobaLeaks'
 * questionnaires do). Editing or retiring it never changes a filed report: each report keeps a
 * sealed copy of the questions it was filed with (intake-answers.ts).
 */
export const HotlineIntakeQuestion = defineEntity({
  name: 'HotlineIntakeQuestion',
  tableName: 'hotline_intake_question',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    category: p.enum(HOTLINE_CATEGORIES),
    kind: p.enum(INTAKE_QUESTION_KINDS),
    texts: p.json<LocalizedText>(),
    /** Empty unless the question is a single or multiple choice. */
    options: p.json<IntakeQuestionOption[]>(),
    required: p.boolean(),
    /** The order on the category's form, smallest first. */
    position: p.integer(),
    retiredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['organization', 'category', 'position'] }],
  filters: tenantFilter,
});

export type IHotlineIntakeQuestion = InferEntity<typeof HotlineIntakeQuestion>;

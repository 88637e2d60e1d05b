import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Course, COURSE_TOPICS } from '../authoring/course.entity.js';

/** A bank of questions on one topic; tests draw from pools (§33: knowledge measured by tests). */
export const QuestionPool = defineEntity({
  name: 'QuestionPool',
  tableName: 'question_pool',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** The course whose bank the pool is part of; null for the pools made before banks were per course. */
    course: () => p.manyToOne(Course).nullable(),
    topic: p.enum(COURSE_TOPICS),
    title: p.json<LocalizedText>(),
    /** When the pool was deleted from its bank; it keeps the retired questions old attempts name. */
    deletedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type IQuestionPool = InferEntity<typeof QuestionPool>;

export const QUESTION_KINDS = ['single', 'multiple', 'true_false', 'matching'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionOption {
  id: string;
  text: LocalizedText;
}

/**
 * The correct answer, kept on the server only. Choice questions (single, multiple,
 * true/false) name the correct option ids; matching questions pair each option (left)
 * with one of the `matches` (right).
 */
export type AnswerKey = { optionIds: string[] } | { pairs: Record<string, string> };

export const Question = defineEntity({
  name: 'Question',
  tableName: 'question',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    pool: () => p.manyToOne(QuestionPool),
    kind: p.enum(QUESTION_KINDS),
    text: p.json<LocalizedText>(),
    options: p.json<QuestionOption[]>(),
    /** The right-hand side of a matching question; null for the other kinds. */
    matches: p.json<QuestionOption[]>().nullable(),
    answerKey: p.json<AnswerKey>(),
    explanation: p.json<LocalizedText>().nullable(),
    /**
     * When the question left the bank: retired by its author, or replaced by an edited copy
     * because attempts drew it. A retired question is never drawn again but stays, unchanged,
     * for the attempts that scored and review it.
     */
    retiredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type IQuestion = InferEntity<typeof Question>;

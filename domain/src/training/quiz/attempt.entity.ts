import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { AttemptAnswer } from './attempt-answer.entity.js';
import { CourseTest } from '../authoring/course-test.entity.js';
import { CourseVersion } from '../authoring/course.entity.js';
import { AttemptFlag } from './attempt-flag.entity.js';
import type { QuestionKind, QuestionOption } from '../bank/question.entity.js';

/** A question as drawn into one attempt: its text and options in the order this person sees them. */
export interface DrawnQuestion {
  questionId: string;
  kind: QuestionKind;
  text: LocalizedText;
  options: QuestionOption[];
  matches: QuestionOption[] | null;
}

/** An answer as given: chosen option ids, or matching pairs (option id → match id). */
export type GivenAnswer = { optionIds: string[] } | { pairs: Record<string, string> };

export const ATTEMPT_STATUSES = ['open', 'submitted', 'expired'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/**
 * One sitting of a test by a person. The drawn questions are a snapshot, answers are saved
 * as they are given, a row each (a reload resumes), and the score is computed on the server only.
 */
export const Attempt = defineEntity({
  name: 'Attempt',
  tableName: 'attempt',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    test: () => p.manyToOne(CourseTest),
    courseVersion: () => p.manyToOne(CourseVersion),
    number: p.integer(),
    status: p.enum(ATTEMPT_STATUSES).default('open'),
    questions: p.json<DrawnQuestion[]>(),
    answers: () => p.oneToMany(AttemptAnswer).mappedBy('attempt'),
    /** The questions the person flagged to come back to. */
    flags: () => p.oneToMany(AttemptFlag).mappedBy('attempt'),
    startedAt: p.datetime(),
    /** Null when the test has no time limit. */
    deadline: p.datetime().nullable(),
    submittedAt: p.datetime().nullable(),
    scorePercent: p.decimal('number').precision(5).scale(2).nullable(),
    passed: p.boolean().nullable(),
    /** §5.3: the pass mark in force when the attempt started. */
    passMark: p.integer(),
    /** Ids of the questions answered wrongly, filled on submission. */
    wrongQuestionIds: p.json<string[]>().nullable(),
  },
  indexes: [
    { properties: ['person', 'test'] },
    // The training KPIs' people with an attempt closed in a period, read from the index alone.
    {
      name: 'attempt_submitted_at_covering_index',
      expression:
        'create index "attempt_submitted_at_covering_index" on "attempt" ("submitted_at") include ("person_id", "status", "score_percent", "passed")',
    },
  ],
  filters: tenantFilter,
});

export type IAttempt = InferEntity<typeof Attempt>;

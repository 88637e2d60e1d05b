import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Attempt, type GivenAnswer } from './attempt.entity.js';
import { Question } from '../bank/question.entity.js';

/**
 * The answer saved to one question of an attempt. A row of its own, written with an upsert on
 * (attempt, question): saves of different questions never rewrite each other, so an answer the
 * server acknowledged is the answer that is scored.
 */
export const AttemptAnswer = defineEntity({
  name: 'AttemptAnswer',
  tableName: 'attempt_answer',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    attempt: () => p.manyToOne(Attempt),
    question: () => p.manyToOne(Question),
    answer: p.json<GivenAnswer>(),
    savedAt: p.datetime(),
  },
  uniques: [{ properties: ['attempt', 'question'] }],
  filters: tenantFilter,
});

export type IAttemptAnswer = InferEntity<typeof AttemptAnswer>;

/** The saved answers of a loaded attempt (its `answers` populated), by question id. */
export function answersByQuestion(answers: Iterable<IAttemptAnswer>): Record<string, GivenAnswer> {
  const byQuestion: Record<string, GivenAnswer> = {};
  for (const saved of answers) byQuestion[saved.question.id] = saved.answer;
  return byQuestion;
}

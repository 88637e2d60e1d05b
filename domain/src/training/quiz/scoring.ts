import type { GivenAnswer } from './attempt.entity.js';
import type { AnswerKey } from '../bank/question.entity.js';

/** A question scores only when the answer is exactly right: all and only the correct options, every pair. */
export function isCorrect(key: AnswerKey, given: GivenAnswer | undefined): boolean {
  if (!given) return false;
  if ('optionIds' in key) {
    if (!('optionIds' in given)) return false;
    const chosen = new Set(given.optionIds);
    return chosen.size === key.optionIds.length && key.optionIds.every((id) => chosen.has(id));
  }
  if (!('pairs' in given)) return false;
  const expected = Object.entries(key.pairs);
  return (
    Object.keys(given.pairs).length === expected.length &&
    expected.every(([option, match]) => given.pairs[option] === match)
  );
}

/** The share of questions answered correctly, in percent with two decimals. */
export function scorePercent(correct: number, total: number): number {
  if (total === 0) return 0;
  return Math.round((correct * 10_000) / total) / 100;
}

import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { GetAttemptResultDocument } from '../graphql/generated/graphql';
import type { Attempt, AttemptQuestion, AttemptResult } from './attempt';

export type ReviewEntry = NonNullable<AttemptResult['review']>[number];

/** One question of the review with the question as it was asked and its number. */
export interface ReviewItem {
  number: number;
  question: AttemptQuestion;
  entry: ReviewEntry;
}

/** The result of a submitted attempt, with the questions it asked (to name the wrong ones). */
export const useAttemptResultStore = defineStore('training-attempt-result', () => {
  const graphql = useGraphql();
  const result = ref<AttemptResult | null>(null);
  const attempt = ref<Attempt | null>(null);
  const { status, error, track } = useLoadState();

  function load(attemptId: string): Promise<void> {
    return track(async () => {
      const data = await graphql.request(GetAttemptResultDocument, { attemptId });
      result.value = data.attemptResult;
      attempt.value = data.attempt;
    });
  }

  /** Null when the test does not allow the review; every question in the order asked otherwise. */
  const review = computed<ReviewItem[] | null>(() => {
    const entries = result.value?.review;
    if (!entries || !attempt.value) return null;
    const byId = new Map(entries.map((entry) => [entry.questionId, entry]));
    return attempt.value.questions.flatMap((question, i) => {
      const entry = byId.get(question.id);
      return entry ? [{ number: i + 1, question, entry }] : [];
    });
  });

  return { result, attempt, review, status, error, load };
});

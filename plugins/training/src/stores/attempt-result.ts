import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { GetAttemptResultDocument } from '../graphql/generated/graphql';
import type { Attempt, AttemptResult } from './attempt';

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

  /** Null when the test does not allow reviewing; the questions in the order they were asked otherwise. */
  const wrongQuestions = computed(() => {
    const wrong = result.value?.wrongQuestionIds;
    if (!wrong || !attempt.value) return null;
    return attempt.value.questions.filter((question) => wrong.includes(question.id));
  });

  return { result, attempt, wrongQuestions, status, error, load };
});

import { computed, reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import { toAdalError, useGraphql, useLoadState } from '@adal/sdk';
import {
  FlagQuestionDocument,
  SaveAnswerDocument,
  StartAttemptDocument,
  SubmitAttemptDocument,
  type AttemptFieldsFragment,
  type AttemptResultFieldsFragment,
} from '../graphql/generated/graphql';

export type Attempt = AttemptFieldsFragment;
export type AttemptQuestion = Attempt['questions'][number];
export type AttemptResult = AttemptResultFieldsFragment;

export interface MatchPair {
  optionId: string;
  matchId: string;
}

/** One question's answer as the inputs edit it: chosen options, or pairs for matching. */
export interface AnswerValue {
  optionIds: string[];
  pairs: MatchPair[];
}

export type SaveStatus = 'saving' | 'saved' | 'failed';

export function emptyAnswer(): AnswerValue {
  return { optionIds: [], pairs: [] };
}

export function isAnswered(question: AttemptQuestion, answer: AnswerValue | undefined): boolean {
  if (!answer) return false;
  if (question.kind === 'matching') return answer.pairs.length > 0;
  return answer.optionIds.length > 0;
}

/**
 * The open attempt of a test. Each answer goes to the server as soon as it is given, so a
 * reload or a lost connection resumes where the person stopped (startAttempt returns the open
 * attempt with its saved answers). Scoring and the deadline are the server's.
 */
export const useAttemptStore = defineStore('training-attempt', () => {
  const graphql = useGraphql();
  const attempt = ref<Attempt | null>(null);
  const answers = reactive(new Map<string, AnswerValue>());
  const saves = reactive(new Map<string, SaveStatus>());
  // Kept on the server, so a reload or another device shows them too.
  const flags = reactive(new Set<string>());
  const flagFailed = ref(false);
  const { status, error, track } = useLoadState();
  const submitting = ref(false);
  // Saves of one question go out in order, so an older answer never overwrites a newer one.
  const queues = new Map<string, Promise<void>>();
  const flagQueues = new Map<string, Promise<void>>();

  const questions = computed(() => attempt.value?.questions ?? []);
  const answeredCount = computed(
    () => questions.value.filter((question) => isAnswered(question, answers.get(question.id))).length,
  );
  const lastSave = ref<SaveStatus | null>(null);

  function start(testId: string): Promise<void> {
    // The store outlives the page: forget the previous attempt at once, so that a retake never
    // shows the attempt just submitted while the server opens the new one.
    attempt.value = null;
    answers.clear();
    saves.clear();
    flags.clear();
    flagFailed.value = false;
    queues.clear();
    flagQueues.clear();
    lastSave.value = null;
    return track(async () => {
      const started = (await graphql.request(StartAttemptDocument, { testId })).startAttempt;
      attempt.value = started;
      for (const question of started.questions) if (question.flagged) flags.add(question.id);
      for (const given of started.answers) {
        answers.set(given.questionId, { optionIds: given.optionIds ?? [], pairs: given.pairs ?? [] });
      }
    });
  }

  function answerOf(questionId: string): AnswerValue {
    return answers.get(questionId) ?? emptyAnswer();
  }

  function answer(question: AttemptQuestion, value: AnswerValue): Promise<void> {
    const current = attempt.value;
    if (!current) return Promise.resolve();
    answers.set(question.id, value);
    saves.set(question.id, 'saving');
    lastSave.value = 'saving';
    const input =
      question.kind === 'matching'
        ? { questionId: question.id, pairs: value.pairs }
        : { questionId: question.id, optionIds: value.optionIds };
    const previous = queues.get(question.id) ?? Promise.resolve();
    const next = previous.then(async () => {
      try {
        await graphql.request(SaveAnswerDocument, { attemptId: current.id, answer: input });
        if (queues.get(question.id) === next) saves.set(question.id, 'saved');
      } catch {
        if (queues.get(question.id) === next) saves.set(question.id, 'failed');
      }
      lastSave.value = [...saves.values()].includes('failed')
        ? 'failed'
        : [...saves.values()].includes('saving')
          ? 'saving'
          : 'saved';
    });
    queues.set(question.id, next);
    return next;
  }

  function isFlagged(questionId: string): boolean {
    return flags.has(questionId);
  }

  /**
   * Flags a question to come back to, or clears the flag; shown at once, undone if the server
   * refuses. Changes of one question's flag go out in order, so the last one given is the one kept.
   */
  function setFlag(questionId: string, flagged: boolean): Promise<void> {
    const current = attempt.value;
    if (!current) return Promise.resolve();
    const apply = (on: boolean) => (on ? flags.add(questionId) : flags.delete(questionId));
    apply(flagged);
    flagFailed.value = false;
    const previous = flagQueues.get(questionId) ?? Promise.resolve();
    const next = previous.then(async () => {
      try {
        await graphql.request(FlagQuestionDocument, { attemptId: current.id, questionId, flagged });
      } catch {
        if (flagQueues.get(questionId) === next) apply(!flagged);
        flagFailed.value = true;
      }
    });
    flagQueues.set(questionId, next);
    return next;
  }

  /** Waits for the answers still on their way, then asks the server to score the attempt. */
  async function submit(): Promise<AttemptResult> {
    const current = attempt.value;
    if (!current) throw toAdalError(new Error('No open attempt'));
    submitting.value = true;
    try {
      await Promise.all(queues.values());
      return (await graphql.request(SubmitAttemptDocument, { attemptId: current.id })).submitAttempt;
    } finally {
      submitting.value = false;
    }
  }

  return {
    attempt,
    questions,
    answers,
    saves,
    flags,
    flagFailed,
    lastSave,
    answeredCount,
    status,
    error,
    submitting,
    start,
    answerOf,
    answer,
    isFlagged,
    setFlag,
    submit,
  };
});

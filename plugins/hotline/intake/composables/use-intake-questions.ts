import { ref, watch, type Ref } from 'vue';
import { execute } from '../api/graphql-client';
import { IntakeQuestionsDocument } from '../graphql/generated/graphql';
import type { IntakeQuestion } from './intake-answers';

/** The chosen organisation's custom questions of every category; loaded again when it changes. */
export function useIntakeQuestions(organizationId: Ref<string>) {
  const status = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const questions = ref<IntakeQuestion[]>([]);

  async function load(): Promise<void> {
    const id = organizationId.value;
    if (!id) {
      questions.value = [];
      status.value = 'idle';
      return;
    }
    status.value = 'loading';
    try {
      const loaded = (await execute(IntakeQuestionsDocument, { organizationId: id })).intakeQuestions;
      if (organizationId.value !== id) return;
      questions.value = loaded;
      status.value = 'ready';
    } catch {
      if (organizationId.value === id) status.value = 'failed';
    }
  }

  watch(organizationId, () => void load(), { immediate: true });
  return { status, questions, load };
}

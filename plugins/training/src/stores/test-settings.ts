import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  EditTrainingTestDocument,
  GetTestSettingsDocument,
  type BankPoolFieldsFragment,
  type LocalizedTextFieldsFragment,
  type TestSettingsFieldsFragment,
  type TrainingTestSettingsInput,
} from '../graphql/generated/graphql';

/** A course's test settings with the pools of its bank they draw from. Errors of a save are the caller's to show. */
export const useTestSettingsStore = defineStore('training-test-settings', () => {
  const graphql = useGraphql();
  const courseId = ref<string | null>(null);
  const courseTitle = ref<LocalizedTextFieldsFragment | null>(null);
  const pools = ref<BankPoolFieldsFragment[]>([]);
  const settings = ref<TestSettingsFieldsFragment | null>(null);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    if (courseId.value !== id) {
      courseTitle.value = null;
      pools.value = [];
      settings.value = null;
    }
    courseId.value = id;
    return track(async () => {
      const answer = await graphql.request(GetTestSettingsDocument, { courseId: id });
      courseTitle.value = answer.trainingQuestionBank.courseTitle;
      pools.value = answer.trainingQuestionBank.pools;
      settings.value = answer.trainingTestSettings ?? null;
    });
  }

  async function save(input: TrainingTestSettingsInput): Promise<void> {
    if (!courseId.value) throw new Error('No course is open');
    settings.value = (
      await graphql.request(EditTrainingTestDocument, { courseId: courseId.value, input })
    ).editTrainingTest;
  }

  return { courseId, courseTitle, pools, settings, status, error, load, save };
});

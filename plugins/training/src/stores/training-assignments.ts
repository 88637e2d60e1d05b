import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CreateTrainingAssignmentDocument,
  ListTrainingAssignmentsDocument,
  type CreateTrainingAssignmentInput,
  type TrainingAssignmentFieldsFragment,
} from '../graphql/generated/graphql';

export type TrainingAssignment = TrainingAssignmentFieldsFragment;

/** The organisation's assignments for training administrators, with a search over course titles. */
export const useTrainingAssignmentsStore = defineStore('training-assignments', () => {
  const graphql = useGraphql();
  const assignments = ref<TrainingAssignment[]>([]);
  const search = ref('');
  const { status, error, track } = useLoadState();

  const visible = computed(() => {
    const query = search.value.trim().toLocaleLowerCase();
    if (query === '') return assignments.value;
    // A title is searched in every language, so the list finds a course whatever language it was typed in.
    return assignments.value.filter(({ course }) =>
      [course.title.kk, course.title.ru, course.title.en].some((title) =>
        title.toLocaleLowerCase().includes(query),
      ),
    );
  });

  function load(): Promise<void> {
    return track(async () => {
      assignments.value = (await graphql.request(ListTrainingAssignmentsDocument)).trainingAssignments;
    });
  }

  /** Creates an assignment, then reloads the list so enrolled counts come from the server. Errors are the caller's to show. */
  async function create(input: CreateTrainingAssignmentInput): Promise<TrainingAssignment> {
    const created = (await graphql.request(CreateTrainingAssignmentDocument, { input }))
      .createTrainingAssignment;
    await load();
    return created;
  }

  return { assignments, search, visible, status, error, load, create };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { ListMyAssignmentsDocument, type MyAssignmentFieldsFragment } from '../graphql/generated/graphql';

export type MyAssignment = MyAssignmentFieldsFragment;
export type Lesson = MyAssignment['course']['lessons'][number];

/** The viewer's assigned courses ("My training"). */
export const useMyAssignmentsStore = defineStore('training-my-assignments', () => {
  const graphql = useGraphql();
  const assignments = ref<MyAssignment[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      assignments.value = (await graphql.request(ListMyAssignmentsDocument)).myAssignments;
    });
  }

  /** Loads once; pages opened directly (a reload, a shared link) call this. */
  async function ensureLoaded(): Promise<void> {
    if (status.value === 'idle' || status.value === 'error') await load();
  }

  function byId(id: string): MyAssignment | undefined {
    return assignments.value.find((assignment) => assignment.id === id);
  }

  function byTestId(testId: string): MyAssignment | undefined {
    return assignments.value.find((assignment) => assignment.testId === testId);
  }

  return { assignments, status, error, load, ensureLoaded, byId, byTestId };
});

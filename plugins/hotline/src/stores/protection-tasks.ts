import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CompleteProtectionTaskDocument,
  ListProtectionTaskOwnersDocument,
  ListProtectionTasksDocument,
  type PersonRefFieldsFragment,
  type ProtectionTaskFieldsFragment,
} from '../graphql/generated/graphql';

export type ProtectionTask = ProtectionTaskFieldsFragment;

/**
 * ISO 37002 §8.4: tasks to protect reporters and witnesses at high risk of retaliation, each with
 * its owner among the compliance staff and a review date.
 */
export const useProtectionTasksStore = defineStore('hotline-protection-tasks', () => {
  const graphql = useGraphql();
  const openOnly = ref(true);
  const tasks = ref<ProtectionTask[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    const variables = { openOnly: openOnly.value };
    return track(async () => {
      tasks.value = (await graphql.request(ListProtectionTasksDocument, variables)).protectionTasks;
    });
  }

  function showOpenOnly(only: boolean): Promise<void> {
    openOnly.value = only;
    return load();
  }

  async function complete(id: string, note: string): Promise<void> {
    const done = (await graphql.request(CompleteProtectionTaskDocument, { id, note: note.trim() }))
      .completeProtectionTask;
    tasks.value = openOnly.value
      ? tasks.value.filter((task) => task.id !== id)
      : tasks.value.map((task) => (task.id === id ? done : task));
  }

  /** Who may own a task on this case (the compliance staff), for the one who triages it. */
  async function owners(caseId: string): Promise<PersonRefFieldsFragment[]> {
    return (await graphql.request(ListProtectionTaskOwnersDocument, { caseId })).protectionTaskOwners;
  }

  return { openOnly, tasks, status, error, load, showOpenOnly, complete, owners };
});

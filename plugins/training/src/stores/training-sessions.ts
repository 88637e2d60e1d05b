import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListTrainingSessionsDocument,
  PlanTrainingSessionDocument,
  type TrainingSessionFieldsFragment,
  type TrainingSessionInput,
} from '../graphql/generated/graphql';

export type TrainingSession = TrainingSessionFieldsFragment;

export const SESSIONS_PAGE_SIZE = 25;

/**
 * The organisation's training sessions, latest day first, a page at a time, found by topic or
 * trainer on the server (§5.3, §5.4, §68).
 */
export const useTrainingSessionsStore = defineStore('training-sessions', () => {
  const graphql = useGraphql();
  /** The search the list shows, as sent. */
  const search = ref('');
  const page = ref(0);
  const total = ref(0);
  const sessions = ref<TrainingSession[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    const variables = {
      search: search.value === '' ? null : search.value,
      limit: SESSIONS_PAGE_SIZE,
      offset: page.value * SESSIONS_PAGE_SIZE,
    };
    return track(async () => {
      const answer = (await graphql.request(ListTrainingSessionsDocument, variables)).trainingSessions;
      total.value = answer.total;
      sessions.value = answer.sessions;
    });
  }

  /** Searches anew, from the first page. */
  function find(text: string): Promise<void> {
    search.value = text.trim();
    page.value = 0;
    return load();
  }

  function goToPage(next: number): Promise<void> {
    page.value = Math.max(0, next);
    return load();
  }

  /** Plans a session, then shows the list from its start so that the new one is among the rows. Errors are the caller's. */
  async function plan(input: TrainingSessionInput): Promise<TrainingSession> {
    const planned = (await graphql.request(PlanTrainingSessionDocument, { input })).planTrainingSession;
    page.value = 0;
    await load();
    return planned;
  }

  return { search, page, total, sessions, status, error, load, find, goToPage, plan };
});

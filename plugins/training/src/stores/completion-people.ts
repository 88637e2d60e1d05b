import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListCompletionPeopleDocument,
  type CompletionFigure,
  type ListCompletionPeopleQuery,
} from '../graphql/generated/graphql';
import type { OrgUnitStep } from './completion';

export type CompletionPerson = ListCompletionPeopleQuery['trainingCompletionPeople'][number];

export const PEOPLE_PAGE_SIZE = 20;

export interface PeopleSelection {
  courseId: string | null;
  orgUnit: OrgUnitStep;
  figure: CompletionFigure;
}

/** The named people behind one completion figure, a page at a time. */
export const useCompletionPeopleStore = defineStore('training-completion-people', () => {
  const graphql = useGraphql();
  const selection = ref<PeopleSelection | null>(null);
  const page = ref(0);
  const people = ref<CompletionPerson[]>([]);
  const { status, error, track } = useLoadState();

  // The API returns no total: a full page means there may be more.
  const hasNext = computed(() => people.value.length === PEOPLE_PAGE_SIZE);
  const hasPrevious = computed(() => page.value > 0);

  function load(): Promise<void> {
    const current = selection.value;
    if (!current) return Promise.resolve();
    const variables = {
      courseId: current.courseId,
      orgUnitId: current.orgUnit.id,
      figure: current.figure,
      limit: PEOPLE_PAGE_SIZE,
      offset: page.value * PEOPLE_PAGE_SIZE,
    };
    return track(async () => {
      people.value = (
        await graphql.request(ListCompletionPeopleDocument, variables)
      ).trainingCompletionPeople;
    });
  }

  function open(next: PeopleSelection): Promise<void> {
    selection.value = next;
    page.value = 0;
    people.value = [];
    return load();
  }

  function goToPage(next: number): Promise<void> {
    page.value = Math.max(0, next);
    return load();
  }

  function close(): void {
    selection.value = null;
    people.value = [];
  }

  return { selection, page, people, hasNext, hasPrevious, status, error, open, goToPage, close };
});

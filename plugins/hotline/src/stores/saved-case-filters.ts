import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  DeleteHotlineFilterDocument,
  ListSavedHotlineFiltersDocument,
  SaveHotlineFilterDocument,
  type SavedFilterFieldsFragment,
} from '../graphql/generated/graphql';
import type { CaseFilters } from './hotline-cases';

export type SavedCaseFilter = SavedFilterFieldsFragment;

/** The queue's filters as a saved filter holds them, and back. */
export function savedValues(filters: CaseFilters): SavedCaseFilter['filter'] {
  return {
    status: filters.status,
    category: filters.category,
    channel: filters.channel,
    priority: filters.priority,
    labels: [...filters.labels],
    overdueOnly: filters.overdueOnly,
    assignedToMe: filters.assignedToMe,
    search: filters.search.trim() || null,
  };
}

export function filtersOf(saved: SavedCaseFilter): CaseFilters {
  const f = saved.filter;
  return {
    status: f.status ?? null,
    category: f.category ?? null,
    channel: f.channel ?? null,
    priority: f.priority ?? null,
    labels: [...f.labels],
    overdueOnly: f.overdueOnly,
    assignedToMe: f.assignedToMe,
    search: f.search ?? '',
  };
}

/** The viewer's own named filter sets, kept on the server. */
export const useSavedCaseFiltersStore = defineStore('hotline-saved-case-filters', () => {
  const graphql = useGraphql();
  const saved = ref<SavedCaseFilter[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      saved.value = (await graphql.request(ListSavedHotlineFiltersDocument, {})).mySavedHotlineFilters;
    });
  }

  async function save(name: string, filters: CaseFilters): Promise<SavedCaseFilter> {
    const { search, ...rest } = savedValues(filters);
    const result = (
      await graphql.request(SaveHotlineFilterDocument, {
        name,
        filter: { ...rest, ...(search ? { search } : {}) },
      })
    ).saveHotlineFilter;
    saved.value = [...saved.value.filter((f) => f.id !== result.id), result].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    return result;
  }

  async function remove(id: string): Promise<void> {
    await graphql.request(DeleteHotlineFilterDocument, { id });
    saved.value = saved.value.filter((f) => f.id !== id);
  }

  return { saved, status, error, load, save, remove };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  ConflictWatchlistsDocument,
  ImportConflictWatchlistDocument,
  type ConflictWatchlistKind,
  type ConflictWatchlistsQuery,
  type ImportConflictWatchlistMutation,
} from '../graphql/generated/graphql';

export type ConflictWatchlist = ConflictWatchlistsQuery['conflictWatchlists'][number];
export type WatchlistImportReport = ImportConflictWatchlistMutation['importConflictWatchlist'];

/**
 * The outside lists the quarterly matching reads — suppliers' founders and managers, people
 * dismissed for corruption — and loading one from a register's export, which replaces it whole.
 */
export const useConflictWatchlistsStore = defineStore('declarations-conflict-watchlists', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const lists = ref<ConflictWatchlist[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      lists.value = (await graphql.request(ConflictWatchlistsDocument, {})).conflictWatchlists;
    });
  }

  async function importFile(kind: ConflictWatchlistKind, file: File): Promise<WatchlistImportReport> {
    const report = (await uploader.request(ImportConflictWatchlistDocument, { kind, file }))
      .importConflictWatchlist;
    await load();
    return report;
  }

  return { lists, status, error, load, importFile };
});

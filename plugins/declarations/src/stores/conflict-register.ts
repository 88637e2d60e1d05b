import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ConflictRegisterDocument,
  type ConflictRegisterQuery,
  type ConflictRegisterStatus,
  type ConflictSource,
} from '../graphql/generated/graphql';

export type ConflictRegisterRow = ConflictRegisterQuery['conflictOfInterestRegister']['rows'][number];
export const REGISTER_PAGE_SIZE = 25;

export interface ConflictRegisterFilter {
  search: string;
  status: ConflictRegisterStatus | null;
  source: ConflictSource | null;
}

/** §14–§15: the register, a page at a time, searched and filtered on the server. */
export const useConflictRegisterStore = defineStore('declarations-conflict-register', () => {
  const graphql = useGraphql();
  const rows = ref<ConflictRegisterRow[]>([]);
  const total = ref(0);
  const page = ref(0);
  const { status, error, track } = useLoadState();

  function load(filter: ConflictRegisterFilter, toPage = 0): Promise<void> {
    return track(async () => {
      const answer = await graphql.request(ConflictRegisterDocument, {
        search: filter.search.trim() || null,
        status: filter.status,
        source: filter.source,
        limit: REGISTER_PAGE_SIZE,
        offset: toPage * REGISTER_PAGE_SIZE,
      });
      rows.value = answer.conflictOfInterestRegister.rows;
      total.value = answer.conflictOfInterestRegister.total;
      page.value = toPage;
    });
  }

  return { rows, total, page, status, error, load };
});

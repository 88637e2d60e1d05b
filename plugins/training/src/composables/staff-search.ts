import { getCurrentScope, onScopeDispose, ref } from 'vue';
import { toAdalError, useGraphql, type AdalGraphqlError } from '@adal/sdk';
import { SearchStaffDocument } from '../graphql/generated/graphql';
import type { StaffMember } from './attendance-sheet';

/** Fewer letters match too many people to be of use; the gateway refuses them too. */
export const MIN_SEARCH_LENGTH = 2;

/** One request once the typing pauses, not one per keystroke. */
export const SEARCH_DELAY_MS = 250;

/**
 * The organisation's active staff by name, e-mail or IIN (the gateway's `people`, as the
 * hotline's pickers search it). Only the answer to the latest text is shown.
 */
export function useStaffSearch() {
  const graphql = useGraphql();
  const results = ref<StaffMember[]>([]);
  /** True from the keystroke until the answer for the latest text has come. */
  const searching = ref(false);
  const error = ref<AdalGraphqlError | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  async function ask(text: string, call: number): Promise<void> {
    try {
      const { people } = await graphql.request(SearchStaffDocument, { search: text });
      if (call === latest) results.value = people;
    } catch (caught) {
      if (call !== latest) return;
      results.value = [];
      error.value = toAdalError(caught);
    } finally {
      if (call === latest) searching.value = false;
    }
  }

  function search(text: string): void {
    const query = text.trim();
    const call = ++latest;
    clearTimeout(timer);
    error.value = null;
    if (query.length < MIN_SEARCH_LENGTH) {
      results.value = [];
      searching.value = false;
      return;
    }
    searching.value = true;
    timer = setTimeout(() => void ask(query, call), SEARCH_DELAY_MS);
  }

  if (getCurrentScope()) onScopeDispose(() => clearTimeout(timer));

  return { results, searching, error, search };
}

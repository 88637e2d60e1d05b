import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue';
import { useGraphql } from './graphql/client';
import type { AdalGraphqlError } from './graphql/errors';
import { SearchPeopleDocument, type SearchPeopleQuery } from './graphql/generated/graphql';
import { toAdalError } from './load-state';

/** A person as a picker names them: id and full name, nothing more. */
export interface PickablePerson {
  id: string;
  fullName: string;
}

/** A person the search found: the e-mail and unit tell two people of the same name apart. */
export type PersonMatch = SearchPeopleQuery['people'][number];

export interface PeopleSearch {
  results: Ref<PersonMatch[]>;
  /** True from the keystroke until the answer for the latest text has come. */
  searching: Ref<boolean>;
  error: Ref<AdalGraphqlError | null>;
  search(text: string): void;
}

/** Fewer letters match too many people to be of use; the gateway refuses them too. */
export const MIN_SEARCH_LENGTH = 2;

/** One request once the typing pauses, not one per keystroke. */
export const SEARCH_DELAY_MS = 250;

/**
 * People by name, e-mail or IIN for one picker, among the active staff of the viewer's
 * organisation (the gateway's `people`). Only the answer to the latest text is shown. Every
 * plugin that names people (the hotline's case work, training attendance) searches this way.
 */
export function usePeopleSearch(): PeopleSearch {
  const graphql = useGraphql();
  const results = ref<PersonMatch[]>([]);
  const searching = ref(false);
  const error = ref<AdalGraphqlError | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  async function ask(text: string, call: number): Promise<void> {
    try {
      const { people } = await graphql.request(SearchPeopleDocument, { search: text });
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

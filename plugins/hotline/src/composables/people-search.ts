import { ref, type Ref } from 'vue';
import { useKnownPeopleStore } from '../stores/known-people';
import type { PickablePerson } from './person';

export interface PeopleSearch {
  results: Ref<PickablePerson[]>;
  search(text: string): void;
}

/** Fewer letters match too many people to be of use. */
export const MIN_SEARCH_LENGTH = 2;

/** Every word typed appears in the name, in any order and case ("омар дана" finds "Дана Омарова"). */
export function matchesName(fullName: string, text: string): boolean {
  const name = fullName.toLocaleLowerCase();
  return text
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => name.includes(word));
}

/** People by name for one picker, among those the plugin knows (see useKnownPeopleStore). */
export function usePeopleSearch(): PeopleSearch {
  const known = useKnownPeopleStore();
  const results = ref<PickablePerson[]>([]);

  function search(text: string): void {
    const query = text.trim();
    results.value =
      query.length < MIN_SEARCH_LENGTH
        ? []
        : known.people.filter((person) => matchesName(person.fullName, query));
  }

  return { results, search };
}

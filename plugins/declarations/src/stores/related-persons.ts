import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  MyRelatedPersonsDocument,
  RemoveRelatedPersonDocument,
  SaveRelatedPersonDocument,
  type RelatedPersonFieldsFragment,
  type RelatedPersonInput,
} from '../graphql/generated/graphql';

export type RelatedPerson = RelatedPersonFieldsFragment;

/** The signed-in person's relatives and linked persons, declared once for every declaration. */
export const useRelatedPersonsStore = defineStore('declarations-related-persons', () => {
  const graphql = useGraphql();
  const persons = ref<RelatedPerson[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      persons.value = (await graphql.request(MyRelatedPersonsDocument)).myRelatedPersons;
    });
  }

  async function save(input: RelatedPersonInput): Promise<RelatedPerson> {
    const saved = (await graphql.request(SaveRelatedPersonDocument, { input })).saveRelatedPerson;
    const others = persons.value.filter((person) => person.id !== saved.id);
    persons.value = [...others, saved].sort((a, b) => a.fullName.localeCompare(b.fullName));
    return saved;
  }

  async function remove(id: string): Promise<void> {
    await graphql.request(RemoveRelatedPersonDocument, { id });
    persons.value = persons.value.filter((person) => person.id !== id);
  }

  return { persons, status, error, load, save, remove };
});

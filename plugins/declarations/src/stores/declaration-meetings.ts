import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { DeclarationMeetingsDocument, type DeclarationMeetingsQuery } from '../graphql/generated/graphql';

export type DeclarationMeeting = DeclarationMeetingsQuery['declarationMeetings']['meetings'][number];

/** §29: the first head's yearly meetings explaining the publication of declaration data, as Training records them. */
export const useDeclarationMeetingsStore = defineStore('declarations-declaration-meetings', () => {
  const graphql = useGraphql();
  const meetings = ref<DeclarationMeeting[]>([]);
  const held = ref(false);
  const { status, error, track } = useLoadState();

  function load(year: number): Promise<void> {
    return track(async () => {
      const result = (await graphql.request(DeclarationMeetingsDocument, { year })).declarationMeetings;
      meetings.value = result.meetings;
      held.value = result.held;
    });
  }

  return { meetings, held, status, error, load };
});

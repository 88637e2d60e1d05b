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
  /** The server's word on whether the viewer plans sessions and opens Training's pages. */
  const viewerPlans = ref(false);
  const viewerOpens = ref(false);
  const { status, error, track } = useLoadState();

  function load(year: number): Promise<void> {
    return track(async () => {
      const result = (await graphql.request(DeclarationMeetingsDocument, { year })).declarationMeetings;
      meetings.value = result.meetings;
      held.value = result.held;
      viewerPlans.value = result.viewerPlans;
      viewerOpens.value = result.viewerOpens;
    });
  }

  return { meetings, held, viewerPlans, viewerOpens, status, error, load };
});

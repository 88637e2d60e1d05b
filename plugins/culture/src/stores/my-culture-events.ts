import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { MyCultureEventsDocument, type MyCultureEventsQuery } from '../graphql/generated/graphql';

export type CultureEvent = MyCultureEventsQuery['myCultureEvents'][number];

/** The events of the approved plans the signed-in person is invited to (their audience takes them in). */
export const useMyCultureEventsStore = defineStore('culture-my-events', () => {
  const graphql = useGraphql();
  const events = ref<CultureEvent[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      events.value = (await graphql.request(MyCultureEventsDocument)).myCultureEvents;
    });
  }

  return { events, status, error, load };
});

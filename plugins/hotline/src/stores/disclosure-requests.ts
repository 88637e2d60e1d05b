import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  DecideIdentityDisclosureDocument,
  ListHotlineDisclosureRequestsDocument,
  type IdentityDisclosureFieldsFragment,
} from '../graphql/generated/graphql';

export type DisclosureRequest = IdentityDisclosureFieldsFragment;

/**
 * The disclosure requests waiting for the viewer's decision, case or no case: the alternate
 * handler and the first head decide those that involve whoever runs a case (four eyes, ADR 008),
 * without seeing the case itself. A decided request leaves the list.
 */
export const useDisclosureRequestsStore = defineStore('hotline-disclosure-requests', () => {
  const graphql = useGraphql();
  const requests = ref<DisclosureRequest[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      requests.value = (
        await graphql.request(ListHotlineDisclosureRequestsDocument)
      ).hotlineDisclosureRequests;
    });
  }

  async function decide(id: string, approved: boolean): Promise<void> {
    await graphql.request(DecideIdentityDisclosureDocument, { id, approved });
    requests.value = requests.value.filter((request) => request.id !== id);
  }

  return { requests, status, error, load, decide };
});

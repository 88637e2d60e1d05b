import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  DeclareGiftDocument,
  MyGiftPreApprovalsDocument,
  MyGiftsDocument,
  RecordGiftHandOverDocument,
  RequestGiftPreApprovalDocument,
  type DeclareGiftInput,
  type GiftFieldsFragment,
  type GiftHandOverInput,
  type GiftPreApprovalFieldsFragment,
  type GiftPreApprovalInput,
} from '../graphql/generated/graphql';

export type Gift = GiftFieldsFragment;
export type GiftPreApproval = GiftPreApprovalFieldsFragment;

/**
 * The signed-in person's own gift declarations and invitation requests (§17–§18), for "My
 * declarations". Deadlines and overdue flags are the server's (the holiday calendar is there).
 */
export const useMyGiftsStore = defineStore('declarations-my-gifts', () => {
  const graphql = useGraphql();
  const gifts = ref<Gift[]>([]);
  const requests = ref<GiftPreApproval[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      const [mine, asked] = await Promise.all([
        graphql.request(MyGiftsDocument),
        graphql.request(MyGiftPreApprovalsDocument),
      ]);
      gifts.value = mine.myGifts;
      requests.value = asked.myGiftPreApprovals;
    });
  }

  function put(gift: Gift): void {
    const known = gifts.value.some((existing) => existing.id === gift.id);
    gifts.value = known
      ? gifts.value.map((existing) => (existing.id === gift.id ? gift : existing))
      : [gift, ...gifts.value];
  }

  async function declare(input: DeclareGiftInput): Promise<Gift> {
    const gift = (await graphql.request(DeclareGiftDocument, { input })).declareGift;
    put(gift);
    return gift;
  }

  async function recordHandOver(id: string, input: GiftHandOverInput): Promise<Gift> {
    const gift = (await graphql.request(RecordGiftHandOverDocument, { id, input })).recordGiftHandOver;
    put(gift);
    return gift;
  }

  async function ask(input: GiftPreApprovalInput): Promise<void> {
    const request = (await graphql.request(RequestGiftPreApprovalDocument, { input })).requestGiftPreApproval;
    requests.value = [request, ...requests.value];
  }

  return { gifts, requests, status, error, load, declare, recordHandOver, ask, put };
});

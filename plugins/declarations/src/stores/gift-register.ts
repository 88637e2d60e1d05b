import { reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import { downloadFromGateway, useAdalContext, useGraphql, useLoadState, type AdalLocale } from '@adal/sdk';
import {
  DecideGiftDocument,
  DecideGiftPreApprovalDocument,
  GiftPreApprovalsDocument,
  GiftRegisterDocument,
  type DecideGiftInput,
  type GiftKind,
  type GiftRegisterFilter,
  type GiftRegisterRowFragment,
  type GiftStatus,
} from '../graphql/generated/graphql';
import type { Gift, GiftPreApproval } from './gifts';

export const GIFT_PAGE_SIZE = 25;

/** A row of the register: what the register shows of a gift, its page holding the rest. */
export type GiftRegisterRow = GiftRegisterRowFragment;

/**
 * The gift register for the compliance officers and auditors (§17, §75): searched, filtered and
 * paged on the server, exported as XLSX with the same filter; and the invitation requests.
 */
export const useGiftRegisterStore = defineStore('declarations-gift-register', () => {
  const graphql = useGraphql();
  const context = useAdalContext();
  const gifts = ref<GiftRegisterRow[]>([]);
  const total = ref(0);
  const page = ref(0);
  const filter = reactive<{
    search: string;
    status: GiftStatus | null;
    kind: GiftKind | null;
    overdue: boolean;
  }>({
    search: '',
    status: null,
    kind: null,
    overdue: false,
  });
  const requests = ref<GiftPreApproval[]>([]);
  const { status, error, track } = useLoadState();
  const requestsState = useLoadState();

  function serverFilter(): GiftRegisterFilter {
    return {
      search: filter.search.trim() || null,
      status: filter.status,
      kind: filter.kind,
      overdue: filter.overdue || null,
    };
  }

  function load(): Promise<void> {
    return track(async () => {
      const answer = await graphql.request(GiftRegisterDocument, {
        filter: serverFilter(),
        limit: GIFT_PAGE_SIZE,
        offset: page.value * GIFT_PAGE_SIZE,
      });
      gifts.value = answer.giftRegister.items;
      total.value = answer.giftRegister.total;
    });
  }

  function search(): Promise<void> {
    page.value = 0;
    return load();
  }

  function turn(to: number): Promise<void> {
    page.value = Math.max(0, to);
    return load();
  }

  async function decide(id: string, input: DecideGiftInput): Promise<Gift> {
    const gift = (await graphql.request(DecideGiftDocument, { id, input })).decideGift;
    gifts.value = gifts.value.map((existing) => (existing.id === gift.id ? gift : existing));
    return gift;
  }

  /** The filtered register as a workbook in the reader's language, saved by the browser. */
  async function exportXlsx(locale: AdalLocale): Promise<void> {
    const { search, status, kind, overdue } = serverFilter();
    await downloadFromGateway({
      path: '/declarations/gifts/register.xlsx',
      query: {
        search: search ?? null,
        status: status ?? null,
        kind: kind ?? null,
        overdue: overdue ? 'true' : null,
        lang: locale,
      },
      token: context.token,
      graphqlUrl: context.graphqlUrl,
      fileName: 'gift-register.xlsx',
    });
  }

  function loadRequests(): Promise<void> {
    return requestsState.track(async () => {
      requests.value = (await graphql.request(GiftPreApprovalsDocument, {})).giftPreApprovals;
    });
  }

  async function answerRequest(id: string, approve: boolean, note: string | null): Promise<void> {
    const answered = (await graphql.request(DecideGiftPreApprovalDocument, { id, approve, note }))
      .decideGiftPreApproval;
    requests.value = requests.value.map((existing) => (existing.id === answered.id ? answered : existing));
  }

  return {
    gifts,
    total,
    page,
    filter,
    status,
    error,
    load,
    search,
    turn,
    decide,
    exportXlsx,
    requests,
    requestsStatus: requestsState.status,
    requestsError: requestsState.error,
    loadRequests,
    answerRequest,
  };
});

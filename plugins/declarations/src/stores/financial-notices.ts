import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  FinancialNoticesOnFileDocument,
  ListPendingFinancialNoticesDocument,
  SendFinancialNoticesDocument,
  SignFinancialNoticeDocument,
  type FinancialNoticeFieldsFragment,
} from '../graphql/generated/graphql';

export type FinancialNotice = FinancialNoticeFieldsFragment;

/** §24: the written notices HR has yet to send or have signed, each filed to the person's HR file. */
export const useFinancialNoticesStore = defineStore('declarations-financial-notices', () => {
  const graphql = useGraphql();
  const notices = ref<FinancialNotice[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      notices.value = (
        await graphql.request(ListPendingFinancialNoticesDocument, {})
      ).pendingFinancialNotices;
    });
  }

  async function send(ids: readonly string[]): Promise<number> {
    const sent = (await graphql.request(SendFinancialNoticesDocument, { ids: [...ids] }))
      .sendFinancialNotices;
    const done = new Set(sent.map((notice) => notice.id));
    notices.value = notices.value.filter((notice) => !done.has(notice.id));
    return sent.length;
  }

  async function sign(id: string, signedOn: string): Promise<void> {
    await graphql.request(SignFinancialNoticeDocument, { id, signedOn });
    notices.value = notices.value.filter((notice) => notice.id !== id);
  }

  /** §24.2: everything HR gave one person about declaring, oldest first — their HR file. */
  async function onFile(personId: string): Promise<FinancialNotice[]> {
    return (await graphql.request(FinancialNoticesOnFileDocument, { personId })).financialNotices;
  }

  return { notices, status, error, load, send, sign, onFile };
});

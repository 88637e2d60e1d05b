import { ref } from 'vue';
import { defineStore } from 'pinia';
import { downloadFromGateway, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  ListForeignAccountFindingsDocument,
  ListTaxAuthorityRequestsDocument,
  PrepareTaxAuthorityRequestDocument,
  RecordTaxAuthorityAnswerDocument,
  type ForeignAccountFindingFieldsFragment,
  type ForeignAccountFindingInput,
  type ListTaxAuthorityRequestsQuery,
} from '../graphql/generated/graphql';

export type ForeignAccountFinding = ForeignAccountFindingFieldsFragment;
export type TaxAuthorityRequest = ListTaxAuthorityRequestsQuery['taxAuthorityRequests'][number];

/** §30: the yearly request to the tax authority, its answer, and each finding to its proof of closure. */
export const useForeignAccountsStore = defineStore('declarations-foreign-accounts', () => {
  const graphql = useGraphql();
  const context = useAdalContext();
  const findings = ref<ForeignAccountFinding[]>([]);
  const requests = ref<TaxAuthorityRequest[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      findings.value = (await graphql.request(ListForeignAccountFindingsDocument, {})).foreignAccountFindings;
      // Only those the first head's order names see the requests; the others see the findings.
      requests.value = await graphql
        .request(ListTaxAuthorityRequestsDocument, {})
        .then((data) => data.taxAuthorityRequests)
        .catch(() => []);
    });
  }

  /** The file sent to the tax authority, saved by the browser; its headings in the reader's language. */
  async function download(request: Pick<TaxAuthorityRequest, 'id' | 'fileName'>): Promise<void> {
    await downloadFromGateway({
      path: `/declarations/foreign-accounts/tax-requests/${request.id}.csv`,
      query: { lang: context.locale },
      token: context.token,
      graphqlUrl: context.graphqlUrl,
      fileName: request.fileName,
    });
  }

  /** Prepares the year's request and saves its file at once, as it is to be sent. */
  async function prepare(year: number): Promise<void> {
    const request = (await graphql.request(PrepareTaxAuthorityRequestDocument, { year }))
      .prepareTaxAuthorityRequest;
    await load();
    await download(request);
  }

  async function recordAnswer(
    requestId: string,
    receivedOn: string,
    reference: string,
    found: ForeignAccountFindingInput[],
  ): Promise<void> {
    await graphql.request(RecordTaxAuthorityAnswerDocument, {
      requestId,
      receivedOn,
      reference: reference.trim() || null,
      findings: found,
    });
    await load();
  }

  return { findings, requests, status, error, load, prepare, download, recordAnswer };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GetTaxAuthorityRequestFileDocument,
  ListForeignAccountFindingsDocument,
  ListTaxAuthorityRequestsDocument,
  PrepareTaxAuthorityRequestDocument,
  RecordTaxAuthorityAnswerDocument,
  type ForeignAccountFindingFieldsFragment,
  type ForeignAccountFindingInput,
  type ListTaxAuthorityRequestsQuery,
} from '../graphql/generated/graphql';
import { saveTextFile } from './day-input';

export type ForeignAccountFinding = ForeignAccountFindingFieldsFragment;
export type TaxAuthorityRequest = ListTaxAuthorityRequestsQuery['taxAuthorityRequests'][number];

/** §30: the yearly request to the tax authority, its answer, and each finding to its proof of closure. */
export const useForeignAccountsStore = defineStore('declarations-foreign-accounts', () => {
  const graphql = useGraphql();
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

  async function prepare(year: number): Promise<void> {
    const request = (await graphql.request(PrepareTaxAuthorityRequestDocument, { year }))
      .prepareTaxAuthorityRequest;
    saveTextFile(request.fileName, request.csv);
    await load();
  }

  async function download(requestId: string): Promise<void> {
    const all = (await graphql.request(GetTaxAuthorityRequestFileDocument, {})).taxAuthorityRequests;
    const request = all.find((r) => r.id === requestId);
    if (request) saveTextFile(request.fileName, request.csv);
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

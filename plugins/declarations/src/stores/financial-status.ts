import { ref } from 'vue';
import { defineStore } from 'pinia';
import { kazakhstanYear, uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  GetFinancialDeclarationStatusDocument,
  RecordDeclarantDepartureDocument,
  RecordFilingProofDocument,
  RecordTrustManagementDocument,
  RegisterDeclarantDocument,
  SetDeclarationDeadlineDocument,
  type FinancialDeclarantStatusFieldsFragment,
  type FinancialNoticeFieldsFragment,
  type RegisterDeclarantInput,
} from '../graphql/generated/graphql';

export type DeclarantStatus = FinancialDeclarantStatusFieldsFragment;

/** What HR records for a declarant of the register: a proof of filing, trust management, leaving. */
export type DeclarantAction = 'proof' | 'trust' | 'departure' | 'file';

/** §13: the transfer into trust management, proved by the contract or recorded as not needed. */
export interface TrustManagementRecord {
  settledOn: string;
  nothingToTransfer: boolean;
  file: File | null;
}

/**
 * §24.1(c), §24.3: who must declare in a unit for a year, where their filing stands, and the
 * deadline HR sets; what HR records for a declarant (the paper proofs they bring, their leaving).
 */
export const useFinancialStatusStore = defineStore('declarations-financial-status', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const year = ref(kazakhstanYear(new Date()));
  const orgUnitId = ref<string | null>(null);
  const rows = ref<DeclarantStatus[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    const unit = orgUnitId.value;
    if (!unit) return Promise.resolve();
    return track(async () => {
      rows.value = (
        await graphql.request(GetFinancialDeclarationStatusDocument, { year: year.value, orgUnitId: unit })
      ).financialDeclarationStatus;
    });
  }

  async function register(input: RegisterDeclarantInput): Promise<void> {
    await graphql.request(RegisterDeclarantDocument, { input });
    await load();
  }

  async function setDeadline(form: string, dueOn: string): Promise<void> {
    await graphql.request(SetDeclarationDeadlineDocument, { form, year: year.value, dueOn });
    await load();
  }

  /** §16: the declarant left; answers the post-service warning that now waits to be signed. */
  async function recordDeparture(personId: string, leftOn: string): Promise<FinancialNoticeFieldsFragment> {
    const warning = (await graphql.request(RecordDeclarantDepartureDocument, { personId, leftOn }))
      .recordDeclarantDeparture;
    await load();
    return warning;
  }

  /** §24.2: the proof of filing the declarant brought on paper, for the year shown. */
  async function uploadProof(personId: string, form: string, filedOn: string, file: File): Promise<void> {
    await uploader.request(RecordFilingProofDocument, {
      input: { personId, form, year: year.value, filedOn },
      file,
    });
    await load();
  }

  async function recordTrustManagement(personId: string, record: TrustManagementRecord): Promise<void> {
    const variables = { personId, ...record };
    // Nothing to transfer needs no contract: without a file the request goes as plain JSON.
    await (record.file ? uploader : graphql).request(RecordTrustManagementDocument, variables);
    await load();
  }

  return {
    year,
    orgUnitId,
    rows,
    status,
    error,
    load,
    register,
    setDeadline,
    recordDeparture,
    uploadProof,
    recordTrustManagement,
  };
});

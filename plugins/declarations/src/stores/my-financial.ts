import { ref } from 'vue';
import { defineStore } from 'pinia';
import { uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  GetMyFinancialDeclarationDocument,
  RecordFilingProofDocument,
  RecordForeignAccountClosureDocument,
  SignFinancialNoticeDocument,
  type GetMyFinancialDeclarationQuery,
} from '../graphql/generated/graphql';

export type MyFinancialDeclaration = NonNullable<GetMyFinancialDeclarationQuery['myFinancialDeclaration']>;
export type MyFinding = GetMyFinancialDeclarationQuery['myForeignAccountFindings'][number];

/** The employee's own: the form due this year and its proof, their notices, an account to prove closed. */
export const useMyFinancialStore = defineStore('declarations-my-financial', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const mine = ref<MyFinancialDeclaration | null>(null);
  const findings = ref<MyFinding[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      const data = await graphql.request(GetMyFinancialDeclarationDocument, {});
      mine.value = data.myFinancialDeclaration ?? null;
      findings.value = data.myForeignAccountFindings;
    });
  }

  async function uploadProof(
    personId: string,
    form: string,
    year: number,
    filedOn: string,
    file: File,
  ): Promise<void> {
    await uploader.request(RecordFilingProofDocument, { input: { personId, form, year, filedOn }, file });
    await load();
  }

  async function uploadClosure(findingId: string, closedOn: string, file: File): Promise<void> {
    await uploader.request(RecordForeignAccountClosureDocument, { findingId, closedOn, file });
    await load();
  }

  async function sign(id: string, signedOn: string): Promise<void> {
    await graphql.request(SignFinancialNoticeDocument, { id, signedOn });
    await load();
  }

  return { mine, findings, status, error, load, uploadProof, uploadClosure, sign };
});

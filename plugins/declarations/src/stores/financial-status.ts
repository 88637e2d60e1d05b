import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GetFinancialDeclarationStatusDocument,
  RegisterDeclarantDocument,
  SetDeclarationDeadlineDocument,
  type FinancialDeclarantStatusFieldsFragment,
  type RegisterDeclarantInput,
} from '../graphql/generated/graphql';

export type DeclarantStatus = FinancialDeclarantStatusFieldsFragment;

/** §24.1(c), §24.3: who must declare in a unit for a year, where their filing stands, and the deadline HR sets. */
export const useFinancialStatusStore = defineStore('declarations-financial-status', () => {
  const graphql = useGraphql();
  const year = ref(new Date().getFullYear());
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

  return { year, orgUnitId, rows, status, error, load, register, setDeadline };
});

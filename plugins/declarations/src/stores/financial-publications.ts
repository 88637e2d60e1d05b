import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  DeclarationPublicationsDocument,
  RecordDeclarationPublicationDocument,
  type DeclarationPublicationsQuery,
  type RecordDeclarationPublicationInput,
} from '../graphql/generated/graphql';

export type PublicationRow = DeclarationPublicationsQuery['declarationPublications'][number];

/** §29: whose declaration data HR publishes for a reporting year, by when, and whether it is. */
export const useFinancialPublicationsStore = defineStore('declarations-financial-publications', () => {
  const graphql = useGraphql();
  const year = ref<number | null>(null);
  const rows = ref<PublicationRow[]>([]);
  const { status, error, track } = useLoadState();

  function load(reportingYear: number): Promise<void> {
    year.value = reportingYear;
    return track(async () => {
      rows.value = (
        await graphql.request(DeclarationPublicationsDocument, { year: reportingYear })
      ).declarationPublications;
    });
  }

  async function record(input: Omit<RecordDeclarationPublicationInput, 'year'>): Promise<void> {
    const reportingYear = year.value;
    if (reportingYear === null) return;
    await graphql.request(RecordDeclarationPublicationDocument, {
      input: { ...input, year: reportingYear },
    });
    await load(reportingYear);
  }

  return { year, rows, status, error, load, record };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql } from '@adal/sdk';
import {
  BulkAssignHotlineCasesDocument,
  BulkLabelHotlineCasesDocument,
  type BulkCaseResultFieldsFragment,
} from '../graphql/generated/graphql';

export type BulkCaseResult = BulkCaseResultFieldsFragment;

/**
 * The compliance head's actions on several cases at once. Each case is changed or left as it
 * was on its own; the results say which, and why not.
 */
export const useBulkCasesStore = defineStore('hotline-bulk-cases', () => {
  const graphql = useGraphql();
  const results = ref<BulkCaseResult[]>([]);

  async function assign(caseIds: string[], investigatorIds: string[]): Promise<BulkCaseResult[]> {
    results.value = (
      await graphql.request(BulkAssignHotlineCasesDocument, { caseIds, investigatorIds })
    ).bulkAssignHotlineCases;
    return results.value;
  }

  async function label(caseIds: string[], labels: string[]): Promise<BulkCaseResult[]> {
    results.value = (
      await graphql.request(BulkLabelHotlineCasesDocument, { caseIds, labels })
    ).bulkLabelHotlineCases;
    return results.value;
  }

  function forget(): void {
    results.value = [];
  }

  return { results, assign, label, forget };
});

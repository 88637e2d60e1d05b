import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  DeclareHotlineCaseConflictDocument,
  ListHotlineConflictDeclarationsDocument,
  type ListHotlineConflictDeclarationsQuery,
} from '../graphql/generated/graphql';

export type ConflictDeclaration = ListHotlineConflictDeclarationsQuery['hotlineConflictDeclarations'][number];

/**
 * Annex 2 case 7: investigators' declared conflicts of interest on a case. The investigator
 * declares and leaves the case; the one who runs it reads the declarations and assigns afresh.
 */
export const useCaseConflictsStore = defineStore('hotline-case-conflicts', () => {
  const graphql = useGraphql();
  const caseId = ref<string | null>(null);
  const declarations = ref<ConflictDeclaration[]>([]);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    if (caseId.value !== id) declarations.value = [];
    caseId.value = id;
    return track(async () => {
      declarations.value = (
        await graphql.request(ListHotlineConflictDeclarationsDocument, { caseId: id })
      ).hotlineConflictDeclarations;
    });
  }

  /** The case leaves the investigator's hands: the server answers null. */
  async function declare(id: string, reason: string): Promise<void> {
    await graphql.request(DeclareHotlineCaseConflictDocument, { id, reason: reason.trim() });
  }

  return { caseId, declarations, status, error, load, declare };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListInvestigatorCandidatesDocument,
  type ListInvestigatorCandidatesQuery,
} from '../graphql/generated/graphql';

export type InvestigatorCandidate = ListInvestigatorCandidatesQuery['hotlineInvestigatorCandidates'][number];

/**
 * The investigators a case may go to, with those it may not (§69: independent handling — never a
 * person the report names, nor anyone in that person's reporting line) and the reason why.
 */
export const useInvestigatorCandidatesStore = defineStore('hotline-investigator-candidates', () => {
  const graphql = useGraphql();
  const caseId = ref<string | null>(null);
  const candidates = ref<InvestigatorCandidate[]>([]);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    if (caseId.value !== id) candidates.value = [];
    caseId.value = id;
    return track(async () => {
      candidates.value = (
        await graphql.request(ListInvestigatorCandidatesDocument, { caseId: id })
      ).hotlineInvestigatorCandidates;
    });
  }

  return { caseId, candidates, status, error, load };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GetHotlineRetaliationAssessmentDocument,
  type GetHotlineRetaliationAssessmentQuery,
} from '../graphql/generated/graphql';

export type RetaliationAssessment = NonNullable<
  GetHotlineRetaliationAssessmentQuery['hotlineRetaliationAssessment']
>;

/** ISO 37002 §8.4: the risk of retaliation assessed at a case's triage. */
export const useRetaliationAssessmentStore = defineStore('hotline-retaliation-assessment', () => {
  const graphql = useGraphql();
  const caseId = ref<string | null>(null);
  const assessment = ref<RetaliationAssessment | null>(null);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    if (caseId.value !== id) assessment.value = null;
    caseId.value = id;
    return track(async () => {
      assessment.value = (
        await graphql.request(GetHotlineRetaliationAssessmentDocument, { caseId: id })
      ).hotlineRetaliationAssessment;
    });
  }

  return { caseId, assessment, status, error, load };
});

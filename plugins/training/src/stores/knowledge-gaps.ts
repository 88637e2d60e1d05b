import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GetTrainingKnowledgeGapsDocument,
  type GetTrainingKnowledgeGapsQuery,
  type GetTrainingKnowledgeGapsQueryVariables,
} from '../graphql/generated/graphql';

export type KnowledgeGaps = GetTrainingKnowledgeGapsQuery['trainingKnowledgeGaps'];
export type QuestionGap = KnowledgeGaps['questions'][number];
export type TopicGap = KnowledgeGaps['topics'][number];
export type UnitGap = KnowledgeGaps['units'][number];

export interface KnowledgeGapsFilter {
  courseId: string;
  /** YYYY-MM-DD, days of Kazakhstan. */
  periodFrom: string;
  periodTo: string;
  orgUnitId: string | null;
}

/** §33: the wrong answers of one course's test in a period, per question, topic and unit. */
export const useKnowledgeGapsStore = defineStore('training-knowledge-gaps', () => {
  const graphql = useGraphql();
  const filter = ref<KnowledgeGapsFilter | null>(null);
  const gaps = ref<KnowledgeGaps | null>(null);
  const { status, error, track } = useLoadState();

  let asked = 0;

  function load(next: KnowledgeGapsFilter): Promise<void> {
    filter.value = { ...next };
    const call = ++asked;
    const variables: GetTrainingKnowledgeGapsQueryVariables = { ...next };
    return track(async () => {
      const data = (await graphql.request(GetTrainingKnowledgeGapsDocument, variables)).trainingKnowledgeGaps;
      // A slower answer to an earlier choice does not replace the one asked for last.
      if (call === asked) gaps.value = data;
    });
  }

  return { filter, gaps, status, error, load };
});

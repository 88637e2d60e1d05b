import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { TrainingRiskChoicesDocument, type TrainingRiskChoicesQuery } from '../graphql/generated/graphql';

export type RiskChoice = TrainingRiskChoicesQuery['riskChoices'][number];

/** §9.1, §34: the open risks of the register an assignment can name as answered, read once. */
export const useRiskChoicesStore = defineStore('training-risk-choices', () => {
  const graphql = useGraphql();
  const risks = ref<RiskChoice[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    if (status.value === 'ready' || status.value === 'loading') return Promise.resolve();
    return track(async () => {
      risks.value = (await graphql.request(TrainingRiskChoicesDocument)).riskChoices;
    });
  }

  return { risks, status, error, load };
});

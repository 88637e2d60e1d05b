import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListHotlineRecommendationsDocument,
  type HotlineRecommendationFieldsFragment,
} from '../graphql/generated/graphql';

export type MonitoredRecommendation = HotlineRecommendationFieldsFragment;

/**
 * §69: every recommendation given is monitored until done, across all cases, closed ones
 * included — for the compliance head, who reports on it to the board.
 */
export const useRecommendationMonitoringStore = defineStore('hotline-recommendation-monitoring', () => {
  const graphql = useGraphql();
  const overdueOnly = ref(false);
  const recommendations = ref<MonitoredRecommendation[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    const variables = { overdueOnly: overdueOnly.value };
    return track(async () => {
      recommendations.value = (
        await graphql.request(ListHotlineRecommendationsDocument, variables)
      ).hotlineRecommendations;
    });
  }

  function showOverdueOnly(only: boolean): Promise<void> {
    overdueOnly.value = only;
    return load();
  }

  return { overdueOnly, recommendations, status, error, load, showOverdueOnly };
});

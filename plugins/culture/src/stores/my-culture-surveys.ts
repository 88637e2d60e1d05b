import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { MyCultureSurveysDocument } from '../graphql/generated/graphql';
import type { CultureSurvey } from './culture-surveys';

/** §68: the surveys the signed-in person is asked to answer, open or about to open. */
export const useMyCultureSurveysStore = defineStore('culture-my-surveys', () => {
  const graphql = useGraphql();
  const surveys = ref<CultureSurvey[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      surveys.value = (await graphql.request(MyCultureSurveysDocument)).myCultureSurveys;
    });
  }

  return { surveys, status, error, load };
});

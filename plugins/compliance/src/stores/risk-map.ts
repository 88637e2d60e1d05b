import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { RiskHeatMapDocument, type RiskHeatMapQuery, type RiskRegister } from '../graphql/generated/graphql';

export type HeatMap = RiskHeatMapQuery['riskHeatMap'];
export type HeatMapCell = HeatMap['cells'][number];
export type RiskMovement = HeatMap['movements'][number];

/** §8, Annex 1: a register's map as of a day, from the score history, and its movement since another. */
export const useRiskMapStore = defineStore('compliance-risk-map', () => {
  const graphql = useGraphql();
  const map = ref<HeatMap | null>(null);
  const { status, error, track } = useLoadState();

  function load(register: RiskRegister, asOf: string, compareWith: string | null): Promise<void> {
    return track(async () => {
      map.value = (await graphql.request(RiskHeatMapDocument, { register, asOf, compareWith })).riskHeatMap;
    });
  }

  return { map, status, error, load };
});

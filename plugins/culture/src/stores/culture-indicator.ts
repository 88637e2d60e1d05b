import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState, type LocalizedText } from '@adal/sdk';
import {
  CultureTargetIndicatorDocument,
  type CultureTargetIndicatorQuery,
} from '../graphql/generated/graphql';

export type TargetIndicator = CultureTargetIndicatorQuery['cultureTargetIndicator'];
export type IndicatorUnit = TargetIndicator['byUnit'][number];

/** A unit drilled into, named as the table named it. */
export interface IndicatorStep {
  orgUnitId: string;
  name: LocalizedText;
}

/**
 * §35.3: the year's target indicator for the organisation, or for the unit drilled into, with the
 * units below it; the trail says which units were drilled through.
 */
export const useCultureIndicatorStore = defineStore('culture-indicator', () => {
  const graphql = useGraphql();
  const year = ref<number | null>(null);
  const indicator = ref<TargetIndicator | null>(null);
  const trail = ref<IndicatorStep[]>([]);
  const { status, error, track } = useLoadState();

  function fetch(): Promise<void> {
    const which = year.value;
    if (which === null) return Promise.resolve();
    const orgUnitId = trail.value.at(-1)?.orgUnitId ?? null;
    return track(async () => {
      indicator.value = (
        await graphql.request(CultureTargetIndicatorDocument, { year: which, orgUnitId })
      ).cultureTargetIndicator;
    });
  }

  function load(which: number): Promise<void> {
    if (year.value !== which) {
      indicator.value = null;
      trail.value = [];
    }
    year.value = which;
    return fetch();
  }

  function drill(unit: IndicatorUnit): Promise<void> {
    trail.value = [...trail.value, { orgUnitId: unit.orgUnitId, name: unit.name }];
    return fetch();
  }

  /** Back to a step of the trail; -1 is the whole organisation. */
  function goUp(index: number): Promise<void> {
    trail.value = trail.value.slice(0, index + 1);
    return fetch();
  }

  return { year, indicator, trail, status, error, load, drill, goUp };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { CultureSurveyOrgUnitsDocument, type CultureSurveyOrgUnitsQuery } from '../graphql/generated/graphql';

export type OrgUnit = CultureSurveyOrgUnitsQuery['orgUnits'][number];

/** The organisation's units, parents before children: the units a survey may ask. */
export const useSurveyOrgUnitsStore = defineStore('culture-survey-org-units', () => {
  const graphql = useGraphql();
  const orgUnits = ref<OrgUnit[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      orgUnits.value = (await graphql.request(CultureSurveyOrgUnitsDocument)).orgUnits;
    });
  }

  return { orgUnits, status, error, load };
});

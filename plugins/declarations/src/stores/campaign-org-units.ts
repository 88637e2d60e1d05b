import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { CampaignOrgUnitsDocument, type CampaignOrgUnitsQuery } from '../graphql/generated/graphql';

export type CampaignOrgUnit = CampaignOrgUnitsQuery['orgUnits'][number];

/** The organisation's units, parents before children, for choosing whom a campaign asks. */
export const useCampaignOrgUnitsStore = defineStore('declarations-campaign-org-units', () => {
  const graphql = useGraphql();
  const orgUnits = ref<CampaignOrgUnit[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      orgUnits.value = (await graphql.request(CampaignOrgUnitsDocument)).orgUnits;
    });
  }

  return { orgUnits, status, error, load };
});

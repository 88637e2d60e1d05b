import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { ListOrgUnitHeadcountsDocument, type ListOrgUnitHeadcountsQuery } from '../graphql/generated/graphql';

export type OrgUnitHeadcount = ListOrgUnitHeadcountsQuery['orgUnitHeadcounts'][number];

/** The organisation's structure, parents before children, with the active people of each unit. */
export const useOrgUnitsStore = defineStore('admin-org-units', () => {
  const graphql = useGraphql();
  const units = ref<OrgUnitHeadcount[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      units.value = (await graphql.request(ListOrgUnitHeadcountsDocument)).orgUnitHeadcounts;
    });
  }

  return { units, status, error, load };
});

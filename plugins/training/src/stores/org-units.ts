import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { ListOrgUnitsDocument, type ListOrgUnitsQuery } from '../graphql/generated/graphql';

export type OrgUnitOption = ListOrgUnitsQuery['orgUnits'][number];

/** The viewer's organisation structure, parents before children, for choosing an audience. */
export const useOrgUnitsStore = defineStore('training-org-units', () => {
  const graphql = useGraphql();
  const orgUnits = ref<OrgUnitOption[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      orgUnits.value = (await graphql.request(ListOrgUnitsDocument)).orgUnits;
    });
  }

  return { orgUnits, status, error, load };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CultureMaterialOrgUnitsDocument,
  type CultureMaterialOrgUnitsQuery,
} from '../graphql/generated/graphql';

export type OrgUnit = CultureMaterialOrgUnitsQuery['orgUnits'][number];

/** The organisation's units in tree order, for a material's audience. */
export const useMaterialOrgUnitsStore = defineStore('culture-material-org-units', () => {
  const graphql = useGraphql();
  const orgUnits = ref<OrgUnit[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      const units = (await graphql.request(CultureMaterialOrgUnitsDocument)).orgUnits;
      orgUnits.value = [...units].sort((a, b) => a.path.localeCompare(b.path));
    });
  }

  return { orgUnits, status, error, load };
});

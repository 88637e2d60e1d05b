import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { ListAdminOrgUnitsDocument, type ListAdminOrgUnitsQuery } from '../graphql/generated/graphql';

export type AdminOrgUnit = ListAdminOrgUnitsQuery['orgUnits'][number];

/** The organisation's structure, parents before children, as the administrator keeps it. */
export const useOrgUnitsStore = defineStore('admin-org-units', () => {
  const graphql = useGraphql();
  const orgUnits = ref<AdminOrgUnit[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      orgUnits.value = (await graphql.request(ListAdminOrgUnitsDocument)).orgUnits;
    });
  }

  return { orgUnits, status, error, load };
});

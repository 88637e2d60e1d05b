import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { DeclarationOrgUnitsDocument, type DeclarationOrgUnitsQuery } from '../graphql/generated/graphql';

export type OrgUnit = DeclarationOrgUnitsQuery['orgUnits'][number];

/** The organisation's units, parents before children: whom a campaign asks, whose filings HR reads. */
export const useOrgUnitsStore = defineStore('declarations-org-units', () => {
  const graphql = useGraphql();
  const orgUnits = ref<OrgUnit[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      orgUnits.value = (await graphql.request(DeclarationOrgUnitsDocument)).orgUnits;
    });
  }

  return { orgUnits, status, error, load };
});

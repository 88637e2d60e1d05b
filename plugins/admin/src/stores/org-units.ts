import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListOrgUnitHeadcountsDocument,
  RenameOrgUnitDocument,
  type ListOrgUnitHeadcountsQuery,
  type NameTranslationsInput,
} from '../graphql/generated/graphql';

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

  /** Keeps the unit's name in each language and shows the answer in its row. */
  async function rename(id: string, names: NameTranslationsInput): Promise<void> {
    const unit = (await graphql.request(RenameOrgUnitDocument, { id, names })).renameOrgUnit;
    units.value = units.value.map((row) => (row.orgUnit.id === unit.id ? { ...row, orgUnit: unit } : row));
  }

  return { units, status, error, load, rename };
});

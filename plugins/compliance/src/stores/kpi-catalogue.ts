import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { KpiCatalogueDocument, type KpiCatalogueQuery } from '../graphql/generated/graphql';

export type CatalogueKpi = KpiCatalogueQuery['kpiCatalog'][number];

/** §5.3, §74: the KPIs the viewer may read, as the registry explains them; searched in the page. */
export const useKpiCatalogueStore = defineStore('compliance-kpi-catalogue', () => {
  const graphql = useGraphql();
  const kpis = ref<CatalogueKpi[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      kpis.value = (await graphql.request(KpiCatalogueDocument, {})).kpiCatalog;
    });
  }

  return { kpis, status, error, load };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { ListHotlineKpisDocument, type ListHotlineKpisQuery } from '../graphql/generated/graphql';
import { periodBounds, type DashboardPeriod } from './hotline-dashboard';

export type KpiValue = ListHotlineKpisQuery['kpiValues'][number];

/** The hotline's registered KPIs (§69, §74.6), computed on the server from the KPI registry. */
export const HOTLINE_KPI_CODES = [
  'hotline.acknowledged_in_time',
  'hotline.processed_in_time',
  'hotline.recommendations_on_time',
  'hotline.reports_count',
] as const;
export type HotlineKpiCode = (typeof HOTLINE_KPI_CODES)[number];

export const useHotlineKpisStore = defineStore('hotline-kpis', () => {
  const graphql = useGraphql();
  const values = ref<KpiValue[]>([]);
  const { status, error, track } = useLoadState();

  function load(period: DashboardPeriod): Promise<void> {
    const bounds = periodBounds(period);
    const filter = Object.keys(bounds).length > 0 ? bounds : null;
    return track(async () => {
      values.value = (
        await graphql.request(ListHotlineKpisDocument, { codes: [...HOTLINE_KPI_CODES], filter })
      ).kpiValues;
    });
  }

  function valueOf(code: HotlineKpiCode): KpiValue | undefined {
    return values.value.find((value) => value.code === code);
  }

  return { values, status, error, load, valueOf };
});

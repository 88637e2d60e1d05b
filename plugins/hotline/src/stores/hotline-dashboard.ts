import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { GetHotlineDashboardDocument, type GetHotlineDashboardQuery } from '../graphql/generated/graphql';

export type HotlineDashboard = GetHotlineDashboardQuery['hotlineDashboard'];
export type DashboardCell = HotlineDashboard['total'];

export interface DashboardPeriod {
  /** First day of the period, YYYY-MM-DD; null: from the first report. */
  from: string | null;
  /** Last day of the period, YYYY-MM-DD, included; null: up to now. */
  to: string | null;
}

/**
 * The server counts the hotline's figures in whole days of Kazakhstan (UTC+5), the day each bound
 * falls on included: send the start of the first and of the last day there, whatever the viewer's
 * own time zone.
 */
export function periodBounds(period: DashboardPeriod): { periodFrom?: string; periodTo?: string } {
  const bounds: { periodFrom?: string; periodTo?: string } = {};
  if (period.from) bounds.periodFrom = new Date(`${period.from}T00:00:00+05:00`).toISOString();
  if (period.to) bounds.periodTo = new Date(`${period.to}T00:00:00+05:00`).toISOString();
  return bounds;
}

/**
 * The hotline's aggregates (§69 monitoring by management): every cell of 1 to 4 reports comes
 * from the server as "< 5", so that a small count cannot point at a reporter.
 */
export const useHotlineDashboardStore = defineStore('hotline-dashboard', () => {
  const graphql = useGraphql();
  const period = ref<DashboardPeriod>({ from: null, to: null });
  const dashboard = ref<HotlineDashboard | null>(null);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    const variables = periodBounds(period.value);
    return track(async () => {
      dashboard.value = (await graphql.request(GetHotlineDashboardDocument, variables)).hotlineDashboard;
    });
  }

  function selectPeriod(next: DashboardPeriod): Promise<void> {
    period.value = next;
    return load();
  }

  return { period, dashboard, status, error, load, selectPeriod };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GetHotlineTrendsDocument,
  ListHotlineFigureCasesDocument,
  type GetHotlineTrendsQuery,
  type HotlineTrendMeasure,
  type ListHotlineFigureCasesQuery,
} from '../graphql/generated/graphql';
import { periodBounds, type DashboardPeriod } from './hotline-dashboard';

export type HotlineTrends = GetHotlineTrendsQuery['hotlineTrends'];
export type MonthTrend = HotlineTrends['months'][number];
export type FigureCase = ListHotlineFigureCasesQuery['hotlineFigureCases'][number];

/** One figure of the dashboard, as the case list's URL query names it too (?month=2026-03&category=corruption). */
export interface Figure {
  month?: string;
  measure?: HotlineTrendMeasure;
  category?: string;
  channel?: string;
  orgUnit?: string;
}

/**
 * The dashboard's trends by month and breakdowns (§69), and — for the compliance head, who sees
 * exact figures — the cases behind a figure she picks.
 */
export const useHotlineTrendsStore = defineStore('hotline-trends', () => {
  const graphql = useGraphql();
  const trends = ref<HotlineTrends | null>(null);
  const { status, error, track } = useLoadState();
  const figure = ref<Figure | null>(null);
  const cases = ref<FigureCase[]>([]);
  const casesState = useLoadState();
  let period: DashboardPeriod = { from: null, to: null };

  function load(next: DashboardPeriod): Promise<void> {
    period = next;
    figure.value = null;
    return track(async () => {
      trends.value = (await graphql.request(GetHotlineTrendsDocument, periodBounds(next))).hotlineTrends;
    });
  }

  function openFigure(next: Figure): Promise<void> {
    figure.value = next;
    cases.value = [];
    return casesState.track(async () => {
      cases.value = (
        await graphql.request(ListHotlineFigureCasesDocument, { ...periodBounds(period), ...next })
      ).hotlineFigureCases;
    });
  }

  function closeFigure(): void {
    figure.value = null;
  }

  return {
    trends,
    status,
    error,
    load,
    figure,
    cases,
    casesStatus: casesState.status,
    casesError: casesState.error,
    openFigure,
    closeFigure,
  };
});

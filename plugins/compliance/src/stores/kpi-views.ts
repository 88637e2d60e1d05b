import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CreateKpiViewDocument,
  DeleteKpiViewDocument,
  DuplicateKpiViewDocument,
  KpiViewDocument,
  KpiViewsDocument,
  type KpiViewsQuery,
} from '../graphql/generated/graphql';
import { currentQuarter, periodInput } from '../kpi-views/period';

export type KpiViewRow = KpiViewsQuery['kpiViews'][number];

/** §69, §74: the KPI views the viewer composed and those shared with them or their roles. */
export const useKpiViewsStore = defineStore('compliance-kpi-views', () => {
  const graphql = useGraphql();
  const views = ref<KpiViewRow[] | null>(null);
  const { status, error, track } = useLoadState();

  async function fetch(): Promise<void> {
    views.value = (await graphql.request(KpiViewsDocument, {})).kpiViews;
  }

  function load(): Promise<void> {
    return track(fetch);
  }

  /** A new view opens on the current quarter, with no widgets yet; it answers the new view's id. */
  async function create(title: string): Promise<string> {
    const saved = await graphql.request(CreateKpiViewDocument, {
      input: { title, filters: { period: periodInput(currentQuarter()) }, widgets: [] },
    });
    await fetch();
    return saved.saveKpiView.id;
  }

  async function duplicate(id: string): Promise<string> {
    const copy = await graphql.request(DuplicateKpiViewDocument, { id });
    await fetch();
    return copy.duplicateKpiView.id;
  }

  /**
   * The list carries no version: the view is read for it just before, so the delete still refuses a
   * version saved after that read.
   */
  async function remove(id: string): Promise<void> {
    const { kpiView } = await graphql.request(KpiViewDocument, { id });
    await graphql.request(DeleteKpiViewDocument, { id, version: kpiView.version });
    await fetch();
  }

  return { views, status, error, load, create, duplicate, remove };
});

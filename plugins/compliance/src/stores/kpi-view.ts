import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CommentKpiWidgetDocument,
  ExportKpiViewDocument,
  KpiCatalogDocument,
  KpiOrganizationsDocument,
  KpiViewDocument,
  KpiViewFiguresDocument,
  KpiViewOrgUnitsDocument,
  SaveKpiViewDocument,
  ShareKpiViewDocument,
  SignOffKpiViewDocument,
  type KpiCatalogQuery,
  type KpiOrganizationsQuery,
  type KpiExportFormat,
  type Locale,
  type KpiViewFieldsFragment,
  type KpiViewFiguresQuery,
  type KpiViewFiltersInput,
  type KpiViewInput,
  type KpiViewOrgUnitsQuery,
  type KpiViewShareInput,
  type KpiWidgetCommentFieldsFragment,
} from '../graphql/generated/graphql';
import { saveBase64File } from '../kpi-views/save-file';

export type KpiView = KpiViewFieldsFragment;
export type KpiWidget = KpiView['widgets'][number];
export type KpiFigures = KpiViewFiguresQuery['kpiViewFigures'];
export type KpiWidgetFigures = KpiFigures['widgets'][number];
export type KpiFigure = KpiWidgetFigures['values'][number];
export type KpiDefinition = KpiCatalogQuery['kpiCatalog'][number];
export type KpiOrgUnit = KpiViewOrgUnitsQuery['orgUnits'][number];
export type KpiComment = KpiWidgetCommentFieldsFragment;
export type KpiOrganization = KpiOrganizationsQuery['kpiOrganizations'][number];

/**
 * One KPI view (§69, §74): its layout, the indicators the viewer may read, the organisation's
 * units and the holding's companies for the filters, and the figures of every widget — asked in one request per view and
 * filter, never one per widget.
 */
export const useKpiViewStore = defineStore('compliance-kpi-view', () => {
  const graphql = useGraphql();
  const view = ref<KpiView | null>(null);
  const catalog = ref<KpiDefinition[]>([]);
  const orgUnits = ref<KpiOrgUnit[]>([]);
  const organizations = ref<KpiOrganization[]>([]);
  const figures = ref<KpiFigures | null>(null);
  const { status, error, track } = useLoadState();
  const figuresState = useLoadState();

  function load(id: string): Promise<void> {
    return track(async () => {
      const [opened, kpis, units, companies] = await Promise.all([
        graphql.request(KpiViewDocument, { id }),
        graphql.request(KpiCatalogDocument, {}),
        graphql.request(KpiViewOrgUnitsDocument, {}),
        graphql.request(KpiOrganizationsDocument, {}),
      ]);
      view.value = opened.kpiView;
      catalog.value = kpis.kpiCatalog;
      orgUnits.value = units.orgUnits;
      organizations.value = companies.kpiOrganizations;
      figures.value = null;
    });
  }

  /** The figures of every widget for the filters the bar holds (the saved ones when none). */
  function loadFigures(filters: KpiViewFiltersInput | null): Promise<void> {
    const id = view.value?.id;
    if (!id) return Promise.resolve();
    return figuresState.track(async () => {
      figures.value = (await graphql.request(KpiViewFiguresDocument, { id, filters })).kpiViewFigures;
    });
  }

  async function save(input: KpiViewInput): Promise<void> {
    view.value = (await graphql.request(SaveKpiViewDocument, { input })).saveKpiView;
  }

  async function share(input: KpiViewShareInput): Promise<void> {
    const id = view.value!.id;
    view.value = (await graphql.request(ShareKpiViewDocument, { id, input })).shareKpiView;
  }

  /** An empty text removes the commentary; the figures are read again to show it as the server keeps it. */
  async function comment(
    widgetId: string,
    periodKey: string,
    text: string,
    filters: KpiViewFiltersInput | null,
  ): Promise<void> {
    const viewId = view.value!.id;
    await graphql.request(CommentKpiWidgetDocument, { viewId, widgetId, periodKey, text });
    figures.value = (await graphql.request(KpiViewFiguresDocument, { id: viewId, filters })).kpiViewFigures;
  }

  async function signOff(periodKey: string, filters: KpiViewFiltersInput | null): Promise<void> {
    const current = view.value!;
    view.value = (
      await graphql.request(SignOffKpiViewDocument, { id: current.id, periodKey, version: current.version })
    ).signOffKpiView;
    figures.value = (
      await graphql.request(KpiViewFiguresDocument, { id: current.id, filters })
    ).kpiViewFigures;
  }

  /** The file is made in the interface language, with the filters in the bar. */
  async function download(
    format: KpiExportFormat,
    filters: KpiViewFiltersInput | null,
    locale: Locale,
  ): Promise<void> {
    const id = view.value!.id;
    saveBase64File(
      (await graphql.request(ExportKpiViewDocument, { id, format, filters, locale })).exportKpiView,
    );
  }

  return {
    view,
    catalog,
    orgUnits,
    organizations,
    figures,
    status,
    error,
    figuresStatus: figuresState.status,
    figuresError: figuresState.error,
    load,
    loadFigures,
    save,
    share,
    comment,
    signOff,
    download,
  };
});

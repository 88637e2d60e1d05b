import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  CloseDeclarationCampaignDocument,
  DeclarationCampaignDeclarantsDocument,
  DeclarationCampaignProgressDocument,
  DeclarationCampaignsDocument,
  LaunchDeclarationCampaignDocument,
  RemindOverdueDeclarantsDocument,
  type CampaignDeclarationStatus,
  type DeclarationCampaignDeclarantsQuery,
  type DeclarationCampaignProgressQuery,
  type DeclarationCampaignsQuery,
  type LaunchDeclarationCampaignInput,
  type LaunchDeclarationCampaignMutation,
} from '../graphql/generated/graphql';

export type CampaignSummary = DeclarationCampaignsQuery['declarationCampaigns'][number];
export type LaunchedCampaign = LaunchDeclarationCampaignMutation['launchDeclarationCampaign'];

/** §72: the organisation's campaigns, for those who run them. */
export const useDeclarationCampaignsStore = defineStore('declarations-campaigns', () => {
  const graphql = useGraphql();
  const campaigns = ref<CampaignSummary[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      campaigns.value = (await graphql.request(DeclarationCampaignsDocument)).declarationCampaigns;
    });
  }

  async function launch(input: LaunchDeclarationCampaignInput): Promise<LaunchedCampaign> {
    const launched = (await graphql.request(LaunchDeclarationCampaignDocument, { input }))
      .launchDeclarationCampaign;
    await load();
    return launched;
  }

  return { campaigns, status, error, load, launch };
});

export type CampaignProgress = DeclarationCampaignProgressQuery['declarationCampaignProgress'];
export type Declarant = DeclarationCampaignDeclarantsQuery['declarationCampaignDeclarants']['rows'][number];

/** A unit on the way down from the whole campaign. */
export interface UnitStep {
  orgUnitId: string;
  names: { kk: string; ru: string; en: string };
}

export const DECLARANTS_PAGE_SIZE = 25;

/** One campaign: its progress by unit with drill-down, its declarants, reminders and closing. */
export const useDeclarationCampaignStore = defineStore('declarations-campaign', () => {
  const graphql = useGraphql();
  const campaignId = ref<string | null>(null);
  const trail = ref<UnitStep[]>([]);
  const progress = ref<CampaignProgress | null>(null);
  const progressState = useLoadState();
  const declarants = ref<Declarant[]>([]);
  const total = ref(0);
  const page = ref(0);
  const statusFilter = ref<CampaignDeclarationStatus | null>(null);
  const search = ref('');
  const declarantsState = useLoadState();

  const unitId = () => trail.value.at(-1)?.orgUnitId ?? null;

  function loadProgress(): Promise<void> {
    const id = campaignId.value;
    if (!id) return Promise.resolve();
    return progressState.track(async () => {
      progress.value = (
        await graphql.request(DeclarationCampaignProgressDocument, { campaignId: id, orgUnitId: unitId() })
      ).declarationCampaignProgress;
    });
  }

  function loadDeclarants(): Promise<void> {
    const id = campaignId.value;
    if (!id) return Promise.resolve();
    return declarantsState.track(async () => {
      const answer = (
        await graphql.request(DeclarationCampaignDeclarantsDocument, {
          campaignId: id,
          orgUnitId: unitId(),
          status: statusFilter.value,
          search: search.value.trim() || null,
          limit: DECLARANTS_PAGE_SIZE,
          offset: page.value * DECLARANTS_PAGE_SIZE,
        })
      ).declarationCampaignDeclarants;
      declarants.value = answer.rows;
      total.value = answer.total;
    });
  }

  function reload(): Promise<unknown> {
    return Promise.all([loadProgress(), loadDeclarants()]);
  }

  function open(id: string): Promise<unknown> {
    campaignId.value = id;
    trail.value = [];
    page.value = 0;
    statusFilter.value = null;
    search.value = '';
    return reload();
  }

  function drillDown(step: UnitStep): Promise<unknown> {
    trail.value = [...trail.value, step];
    page.value = 0;
    return reload();
  }

  /** Back to a step of the trail; -1: the whole campaign. */
  function goUp(index: number): Promise<unknown> {
    trail.value = trail.value.slice(0, index + 1);
    page.value = 0;
    return reload();
  }

  function filter(status: CampaignDeclarationStatus | null, text: string): Promise<void> {
    statusFilter.value = status;
    search.value = text;
    page.value = 0;
    return loadDeclarants();
  }

  function goToPage(next: number): Promise<void> {
    page.value = next;
    return loadDeclarants();
  }

  async function remindOverdue(): Promise<number> {
    const id = campaignId.value;
    if (!id) return 0;
    const sent = (await graphql.request(RemindOverdueDeclarantsDocument, { campaignId: id }))
      .remindOverdueDeclarants;
    await loadDeclarants();
    return sent;
  }

  async function close(): Promise<void> {
    const id = campaignId.value;
    if (!id) return;
    await graphql.request(CloseDeclarationCampaignDocument, { id });
    await reload();
  }

  return {
    campaignId,
    trail,
    progress,
    progressStatus: progressState.status,
    progressError: progressState.error,
    declarants,
    total,
    page,
    statusFilter,
    search,
    declarantsStatus: declarantsState.status,
    declarantsError: declarantsState.error,
    open,
    reload,
    drillDown,
    goUp,
    filter,
    goToPage,
    remindOverdue,
    close,
  };
});

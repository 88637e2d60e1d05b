import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GetHotlineSettingsDocument,
  SetHotlineAlternateHandlerDocument,
  UpdateHotlineSettingsDocument,
  type HotlineSettingsFieldsFragment,
  type HotlineSettingsInput,
} from '../graphql/generated/graphql';

export type HotlineSettings = HotlineSettingsFieldsFragment;

/**
 * The organisation's hotline deadlines and retention (defaults: 24 h, 30 days, 5 years, 90 days),
 * which the compliance head sets, and the alternate handler, whom the first head names (ADR 008).
 */
export const useHotlineSettingsStore = defineStore('hotline-settings', () => {
  const graphql = useGraphql();
  const settings = ref<HotlineSettings | null>(null);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      settings.value = (await graphql.request(GetHotlineSettingsDocument)).hotlineSettings;
    });
  }

  async function save(input: HotlineSettingsInput): Promise<void> {
    settings.value = (await graphql.request(UpdateHotlineSettingsDocument, { input })).updateHotlineSettings;
  }

  async function setAlternateHandler(personId: string | null): Promise<void> {
    settings.value = (
      await graphql.request(SetHotlineAlternateHandlerDocument, { personId })
    ).setHotlineAlternateHandler;
  }

  return { settings, status, error, load, save, setAlternateHandler };
});

import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  MyCampaignDeclarationsDocument,
  SubmitDeclarationDocument,
  type MyCampaignDeclarationFieldsFragment,
  type SubmitDeclarationInput,
} from '../graphql/generated/graphql';

export type MyCampaignDeclaration = MyCampaignDeclarationFieldsFragment;

/** §72: the signed-in person's campaign declarations: those due and those filed or missed. */
export const useMyCampaignDeclarationsStore = defineStore('declarations-my-campaigns', () => {
  const graphql = useGraphql();
  const due = ref<MyCampaignDeclaration[]>([]);
  const filed = ref<MyCampaignDeclaration[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      const { campaigns } = (await graphql.request(MyCampaignDeclarationsDocument)).myDeclarations;
      due.value = campaigns.due;
      filed.value = campaigns.filed;
    });
  }

  function find(campaignId: string): MyCampaignDeclaration | undefined {
    return [...due.value, ...filed.value].find((d) => d.campaignId === campaignId);
  }

  async function submit(campaignId: string, input: SubmitDeclarationInput): Promise<MyCampaignDeclaration> {
    const submitted = (await graphql.request(SubmitDeclarationDocument, { campaignId, input }))
      .submitDeclaration;
    due.value = due.value.filter((d) => d.campaignId !== campaignId);
    filed.value = [submitted, ...filed.value.filter((d) => d.campaignId !== campaignId)];
    return submitted;
  }

  return { due, filed, status, error, load, find, submit };
});

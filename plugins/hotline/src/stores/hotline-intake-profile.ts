import { ref } from 'vue';
import { defineStore } from 'pinia';
import { uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  GetHotlineIntakeProfileDocument,
  SetHotlineIntakeLogoDocument,
  UpdateHotlineIntakeProfileDocument,
  type HotlineIntakeProfileFieldsFragment,
  type HotlineIntakeProfileInput,
} from '../graphql/generated/graphql';

export type HotlineIntakeProfile = HotlineIntakeProfileFieldsFragment;

/** How the public intake presents the organisation (issue 11 §9), which the compliance head sets. */
export const useHotlineIntakeProfileStore = defineStore('hotline-intake-profile', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const profile = ref<HotlineIntakeProfile | null>(null);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      profile.value = (await graphql.request(GetHotlineIntakeProfileDocument)).hotlineSettings.intake;
    });
  }

  async function save(input: HotlineIntakeProfileInput): Promise<void> {
    profile.value = (
      await graphql.request(UpdateHotlineIntakeProfileDocument, { input })
    ).updateHotlineIntakeProfile;
  }

  /** A file sets the logo, null removes it. */
  async function setLogo(logo: File | null): Promise<void> {
    profile.value = (await uploader.request(SetHotlineIntakeLogoDocument, { logo })).setHotlineIntakeLogo;
  }

  return { profile, status, error, load, save, setLogo };
});

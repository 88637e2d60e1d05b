import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AcknowledgeCultureMaterialDocument,
  CultureMaterialDocument,
  RemindCultureMaterialDocument,
  type CultureMaterialQuery,
} from '../graphql/generated/graphql';

export type MaterialWithFigures = CultureMaterialQuery['cultureMaterial'];
export type MaterialFigures = NonNullable<MaterialWithFigures['figures']>;

/** One material as its reader sees it, with the figures when the viewer plans the library. */
export const useMaterialStore = defineStore('culture-material', () => {
  const graphql = useGraphql();
  const material = ref<MaterialWithFigures | null>(null);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    return track(async () => {
      material.value = (await graphql.request(CultureMaterialDocument, { id })).cultureMaterial;
    });
  }

  /** §35.6: "I have read and understood"; the figures are read again for a planner who reads it too. */
  async function acknowledge(): Promise<void> {
    if (!material.value) return;
    const id = material.value.id;
    const acknowledged = (await graphql.request(AcknowledgeCultureMaterialDocument, { id }))
      .acknowledgeCultureMaterial;
    if (material.value.figures) await load(id);
    else material.value = { ...material.value, ...acknowledged };
  }

  /** Reminds those who have not acknowledged; answers how many were reminded. */
  async function remind(): Promise<number> {
    if (!material.value) return 0;
    return (await graphql.request(RemindCultureMaterialDocument, { id: material.value.id }))
      .remindCultureMaterial;
  }

  return { material, status, error, load, acknowledge, remind };
});

import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import { MyCultureMaterialsDocument, type CultureMaterialFieldsFragment } from '../graphql/generated/graphql';

/** Whether a material still waits for the person's "read and understood". */
export function waitsForMe(material: CultureMaterialFieldsFragment): boolean {
  return material.requiresAcknowledgement && material.acknowledgement === null;
}

/** The published materials for the signed-in person, those waiting for their acknowledgement first. */
export const useMyMaterialsStore = defineStore('culture-my-materials', () => {
  const graphql = useGraphql();
  const materials = ref<CultureMaterialFieldsFragment[]>([]);
  const { status, error, track } = useLoadState();
  const waiting = computed(() => materials.value.filter(waitsForMe));
  const rest = computed(() => materials.value.filter((material) => !waitsForMe(material)));

  function load(): Promise<void> {
    return track(async () => {
      materials.value = (await graphql.request(MyCultureMaterialsDocument)).myCultureMaterials;
    });
  }

  return { materials, waiting, rest, status, error, load };
});

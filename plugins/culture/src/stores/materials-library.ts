import { reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import { uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  CultureMaterialForEditDocument,
  CultureMaterialsDocument,
  PublishCultureMaterialDocument,
  SaveCultureMaterialDocument,
  UploadCultureMaterialFileDocument,
  WithdrawCultureMaterialDocument,
  type CultureMaterialFieldsFragment,
  type CultureMaterialInput,
  type CultureMaterialKind,
  type CultureMaterialsQuery,
  type CultureMaterialStatus,
} from '../graphql/generated/graphql';

export type Material = CultureMaterialFieldsFragment;
export type LibraryRow = CultureMaterialsQuery['cultureMaterials']['rows'][number];

export const MATERIAL_PAGE_SIZE = 25;

/**
 * The planners' library (§32.2, §35.6): searched, filtered and paged on the server, each row with
 * its acknowledgement share; materials are written, published and withdrawn from here.
 */
export const useMaterialsLibraryStore = defineStore('culture-materials-library', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const rows = ref<LibraryRow[]>([]);
  const total = ref(0);
  const page = ref(0);
  const filter = reactive<{
    status: CultureMaterialStatus | null;
    kind: CultureMaterialKind | null;
    search: string;
  }>({ status: null, kind: null, search: '' });
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      const data = await graphql.request(CultureMaterialsDocument, {
        filter: { status: filter.status, kind: filter.kind, search: filter.search.trim() || null },
        page: { limit: MATERIAL_PAGE_SIZE, offset: page.value * MATERIAL_PAGE_SIZE },
      });
      rows.value = data.cultureMaterials.rows;
      total.value = data.cultureMaterials.total;
    });
  }

  function search(): Promise<void> {
    page.value = 0;
    return load();
  }

  function turn(to: number): Promise<void> {
    page.value = to;
    return load();
  }

  /** The whole material, to change it: the list's rows carry only what the list shows. */
  async function whole(id: string): Promise<Material> {
    return (await graphql.request(CultureMaterialForEditDocument, { id })).cultureMaterial;
  }

  /** Writes the material and, when one is chosen, uploads its file; the list is read again. */
  async function save(input: CultureMaterialInput, file: File | null): Promise<Material> {
    let material = (await graphql.request(SaveCultureMaterialDocument, { input })).saveCultureMaterial;
    if (file) {
      material = (await uploader.request(UploadCultureMaterialFileDocument, { id: material.id, file }))
        .uploadCultureMaterialFile;
    }
    await load();
    return material;
  }

  async function publish(id: string): Promise<void> {
    await graphql.request(PublishCultureMaterialDocument, { id });
    await load();
  }

  async function withdraw(id: string): Promise<void> {
    await graphql.request(WithdrawCultureMaterialDocument, { id });
    await load();
  }

  return { rows, total, page, filter, status, error, load, search, turn, whole, save, publish, withdraw };
});

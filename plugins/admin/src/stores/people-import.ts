import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useAdalContext } from '@adal/sdk';
import {
  ImportPeopleDocument,
  PreviewPeopleImportDocument,
  type ImportPeopleMutation,
  type PreviewPeopleImportMutation,
} from '../graphql/generated/graphql';
import { uploadWithProgress, type UploadProgress } from '../composables/upload-with-progress';

export type ImportPreview = PreviewPeopleImportMutation['previewPeopleImport'];
export type ImportRowProblem = ImportPreview['errors'][number];
export type ImportResult = ImportPeopleMutation['importPeople'];

/**
 * One staff import: the file, whether missing units may be created, the dry run's report and
 * then the import's result. A new file or option makes the earlier preview stale.
 */
export const usePeopleImportStore = defineStore('admin-people-import', () => {
  const context = useAdalContext();
  const file = ref<File | null>(null);
  const createOrgUnits = ref(false);
  const progress = ref<UploadProgress | null>(null);
  const preview = ref<ImportPreview | null>(null);
  const result = ref<ImportResult | null>(null);

  function choose(chosen: File | null): void {
    file.value = chosen;
    preview.value = null;
    result.value = null;
  }

  function setCreateOrgUnits(value: boolean): void {
    createOrgUnits.value = value;
    preview.value = null;
  }

  async function send<T>(run: (options: Parameters<typeof uploadWithProgress>[3]) => Promise<T>): Promise<T> {
    progress.value = { phase: 'uploading', percent: 0 };
    try {
      return await run({
        url: context.graphqlUrl,
        token: context.token,
        onProgress: (next) => (progress.value = next),
      });
    } finally {
      progress.value = null;
    }
  }

  /** The dry run: every row checked, nothing written. */
  async function check(): Promise<void> {
    const chosen = file.value;
    if (!chosen) return;
    const variables = { file: chosen, createOrgUnits: createOrgUnits.value };
    preview.value = (
      await send((options) => uploadWithProgress(PreviewPeopleImportDocument, variables, 'file', options))
    ).previewPeopleImport;
  }

  /** The import itself; the server checks every row again and writes all of them or none. */
  async function run(): Promise<void> {
    const chosen = file.value;
    if (!chosen) return;
    const variables = { file: chosen, createOrgUnits: createOrgUnits.value };
    result.value = (
      await send((options) => uploadWithProgress(ImportPeopleDocument, variables, 'file', options))
    ).importPeople;
  }

  function reset(): void {
    file.value = null;
    preview.value = null;
    result.value = null;
    createOrgUnits.value = false;
  }

  return { file, createOrgUnits, progress, preview, result, choose, setCreateOrgUnits, check, run, reset };
});

import { computed, ref, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { refusedImportRows, type ImportProblem } from './import-problems';
import { useSubmission, type Submission } from './use-submission';

/** What every import's preview carries: the rows it would write and the problems that stop it. */
export interface ImportPreviewShape {
  rows: readonly unknown[];
  errors: readonly Omit<ImportProblem, 'params'>[];
}

export interface FileImport<P extends ImportPreviewShape, R> {
  files: Ref<File[]>;
  file: ComputedRef<File | null>;
  /** The preview of the file as it is chosen now; null until it is checked. */
  checked: ShallowRef<P | null>;
  /** What the import answered once it ran. */
  done: ShallowRef<R | null>;
  checking: Submission;
  importing: Submission;
  /** The rows a refused import names, else the preview's problems. */
  problems: ComputedRef<readonly Omit<ImportProblem, 'params'>[]>;
  /** Whether the refusal of the import named rows (then the problems show them, not a message). */
  refusedForRows: ComputedRef<boolean>;
  canImport: ComputedRef<boolean>;
  /** True once the person asked for a check with no file chosen. */
  fileMissing: ComputedRef<boolean>;
  pick(chosen: File[]): void;
  check(): Promise<void>;
  run(): Promise<void>;
}

/**
 * The two steps of every spreadsheet import: check the chosen file (nothing written; its rows and
 * its problems row by row), then, when no problem remains, run it (all or nothing). Choosing
 * another file forgets the check; opening the dialog again (`visible`) starts over. An import
 * the server refuses because the data changed since the check names its rows, which then show as
 * the problems.
 */
export function useFileImport<P extends ImportPreviewShape, R>(options: {
  visible: () => boolean;
  preview: (file: File) => Promise<P>;
  send: (file: File) => Promise<R>;
}): FileImport<P, R> {
  const files = ref<File[]>([]);
  const file = computed(() => files.value[0] ?? null);
  const checked: ShallowRef<P | null> = shallowRef(null);
  const done: ShallowRef<R | null> = shallowRef(null);
  const attempted = ref(false);
  const checking = useSubmission();
  const importing = useSubmission();

  const refused = computed(() => refusedImportRows(importing.error.value));
  const problems = computed(() => (refused.value.length > 0 ? refused.value : (checked.value?.errors ?? [])));

  watch(options.visible, (open) => {
    if (!open) return;
    files.value = [];
    checked.value = null;
    done.value = null;
    attempted.value = false;
    checking.clear();
    importing.clear();
  });

  return {
    files,
    file,
    checked,
    done,
    checking,
    importing,
    problems,
    refusedForRows: computed(() => refused.value.length > 0),
    canImport: computed(
      () => checked.value !== null && problems.value.length === 0 && checked.value.rows.length > 0,
    ),
    fileMissing: computed(() => attempted.value && file.value === null),
    pick(chosen) {
      files.value = chosen;
      checked.value = null;
      checking.clear();
      importing.clear();
    },
    async check() {
      attempted.value = true;
      const chosen = file.value;
      if (!chosen) return;
      importing.clear();
      await checking.run(async () => {
        checked.value = await options.preview(chosen);
      });
    },
    async run() {
      const chosen = file.value;
      if (!chosen) return;
      await importing.run(async () => {
        done.value = await options.send(chosen);
      });
    },
  };
}

import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  AttachCommissionRecommendationDocument,
  FinalizeHrActionDocument,
  ImportHrActionsDocument,
  ListHrActionsDocument,
  RecordHrActionDocument,
  type CommissionRecommendationInput,
  type HrActionFieldsFragment,
  type HrActionInput,
  type HrActionInitiator,
  type HrActionKind,
  type ImportHrActionsMutation,
} from '../graphql/generated/graphql';

export type HrAction = HrActionFieldsFragment;
export type HrImportReport = ImportHrActionsMutation['importHrActions'];

/** §40.1: the measures on the employer's initiative that protection restrains. */
export const HR_ACTION_KINDS: readonly HrActionKind[] = ['dismissal', 'transfer', 'disciplinary'];

/** Who initiated an action; §40.1 holds only the employer's initiative for the commission. */
export const HR_ACTION_INITIATORS: readonly HrActionInitiator[] = [
  'employer',
  'employee',
  'agreement',
  'beyond_parties',
];

/**
 * Dismissals, transfers and disciplinary measures entered or imported by HR. One against a
 * protected person is flagged to the compliance head and cannot be made final until the
 * disciplinary commission's recommendation is attached (§40.1).
 */
export const useHrActionsStore = defineStore('hotline-hr-actions', () => {
  const graphql = useGraphql();
  const uploader = uploaderFor(useAdalContext());
  const flaggedOnly = ref(false);
  const actions = ref<HrAction[]>([]);
  const { status, error, track } = useLoadState();

  const flaggedCount = computed(
    () => actions.value.filter((action) => action.flagged && !action.finalizedAt).length,
  );

  function load(): Promise<void> {
    const variables = { flaggedOnly: flaggedOnly.value };
    return track(async () => {
      actions.value = (await graphql.request(ListHrActionsDocument, variables)).hrActions;
    });
  }

  function showFlaggedOnly(only: boolean): Promise<void> {
    flaggedOnly.value = only;
    return load();
  }

  function put(action: HrAction): void {
    const known = actions.value.some((existing) => existing.id === action.id);
    actions.value = known
      ? actions.value.map((existing) => (existing.id === action.id ? action : existing))
      : [action, ...actions.value];
  }

  async function record(input: HrActionInput): Promise<HrAction> {
    const recorded = (
      await graphql.request(RecordHrActionDocument, {
        input: { ...input, description: input.description.trim() },
      })
    ).recordHrAction;
    put(recorded);
    return recorded;
  }

  /**
   * All rows or none: a bad row fails the import with a VALIDATION error listing every problem
   * (see the kit's refusedImportRows). The list reloads after a success.
   */
  async function importFile(file: File): Promise<HrImportReport> {
    const report = (await uploader.request(ImportHrActionsDocument, { file })).importHrActions;
    await load();
    return report;
  }

  async function attachCommissionRecommendation(
    id: string,
    input: CommissionRecommendationInput,
  ): Promise<void> {
    put(
      (
        await graphql.request(AttachCommissionRecommendationDocument, {
          id,
          input: { ...input, reference: input.reference.trim() },
        })
      ).attachCommissionRecommendation,
    );
  }

  /** Errors are the caller's to show: CONFLICT when a flagged action has no recommendation yet. */
  async function finalize(id: string): Promise<void> {
    put((await graphql.request(FinalizeHrActionDocument, { id })).finalizeHrAction);
  }

  return {
    flaggedOnly,
    actions,
    flaggedCount,
    status,
    error,
    load,
    showFlaggedOnly,
    record,
    importFile,
    attachCommissionRecommendation,
    finalize,
  };
});

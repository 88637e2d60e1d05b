import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  DeclarationRuleChangesDocument,
  RecordDeclarationRuleChangeDocument,
  type DeclarationRuleChangeFieldsFragment,
  type DeclarationRuleChangeInput,
} from '../graphql/generated/graphql';

export type RuleChange = DeclarationRuleChangeFieldsFragment;

/**
 * §24.1(d), §26: the changes in the declaration rules HR recorded for a year, each with its notices
 * sent out of all, and the recording of a new one.
 */
export const useRuleChangesStore = defineStore('declarations-rule-changes', () => {
  const graphql = useGraphql();
  const year = ref<number | null>(null);
  const changes = ref<RuleChange[]>([]);
  const { status, error, track } = useLoadState();

  function load(inYear: number): Promise<void> {
    year.value = inYear;
    return track(async () => {
      changes.value = (
        await graphql.request(DeclarationRuleChangesDocument, { year: inYear })
      ).declarationRuleChanges;
    });
  }

  /** Records the change and answers the day its notices are due. */
  async function record(input: DeclarationRuleChangeInput): Promise<string> {
    const dueOn = (await graphql.request(RecordDeclarationRuleChangeDocument, { input }))
      .recordDeclarationRuleChange;
    if (year.value !== null) await load(year.value);
    return dueOn;
  }

  return { year, changes, status, error, load, record };
});

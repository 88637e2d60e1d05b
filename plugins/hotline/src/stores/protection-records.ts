import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  GrantProtectionDocument,
  GrantStateBodyProtectionDocument,
  ListProtectionRecordsDocument,
  type GrantProtectionInput,
  type StateBodyProtectionInput,
  type ProtectionRecordFieldsFragment,
} from '../graphql/generated/graphql';

export type ProtectionRecord = ProtectionRecordFieldsFragment;

/**
 * §40.1: a person who assisted anti-corruption is protected for 3 years from the report: no
 * dismissal, transfer or discipline without a disciplinary commission's recommendation.
 */
export const useProtectionRecordsStore = defineStore('hotline-protection-records', () => {
  const graphql = useGraphql();
  const activeOnly = ref(true);
  const records = ref<ProtectionRecord[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    const variables = { activeOnly: activeOnly.value };
    return track(async () => {
      records.value = (await graphql.request(ListProtectionRecordsDocument, variables)).protectionRecords;
    });
  }

  function showActiveOnly(only: boolean): Promise<void> {
    activeOnly.value = only;
    return load();
  }

  /** Marks a person as protected on a case; granting twice for one case is the same record. */
  async function grant(input: GrantProtectionInput): Promise<ProtectionRecord> {
    const record = (await graphql.request(GrantProtectionDocument, { input })).grantProtection;
    put(record);
    return record;
  }

  function put(record: ProtectionRecord): void {
    if (status.value !== 'idle') {
      records.value = [record, ...records.value.filter((existing) => existing.id !== record.id)];
    }
  }

  /** §40.1: a person who reported to a state body, protected from the day the report reached it. */
  async function grantStateBody(input: StateBodyProtectionInput): Promise<ProtectionRecord> {
    const record = (
      await graphql.request(GrantStateBodyProtectionDocument, {
        input: { ...input, stateBodyName: input.stateBodyName.trim() },
      })
    ).grantStateBodyProtection;
    put(record);
    return record;
  }

  return { activeOnly, records, status, error, load, showActiveOnly, grant, grantStateBody };
});

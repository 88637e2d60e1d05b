import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ForeignAccountUndertakingsDocument,
  RecordForeignAccountUndertakingDocument,
  type ForeignAccountUndertakingsQuery,
} from '../graphql/generated/graphql';

export type UndertakingRow = ForeignAccountUndertakingsQuery['foreignAccountUndertakings'][number];

/** §30.2: everyone who signs the no-foreign-account undertaking, and the day each signed. */
export const useForeignAccountUndertakingsStore = defineStore(
  'declarations-foreign-account-undertakings',
  () => {
    const graphql = useGraphql();
    const rows = ref<UndertakingRow[]>([]);
    const { status, error, track } = useLoadState();

    function load(): Promise<void> {
      return track(async () => {
        rows.value = (
          await graphql.request(ForeignAccountUndertakingsDocument, {})
        ).foreignAccountUndertakings;
      });
    }

    async function record(personId: string, signedOn: string): Promise<void> {
      await graphql.request(RecordForeignAccountUndertakingDocument, { personId, signedOn });
      await load();
    }

    return { rows, status, error, load, record };
  },
);

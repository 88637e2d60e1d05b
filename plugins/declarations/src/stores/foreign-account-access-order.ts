import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ForeignAccountAccessOrderDocument,
  RecordForeignAccountAccessOrderDocument,
  type ForeignAccountAccessOrderQuery,
} from '../graphql/generated/graphql';

export type AccessOrder = NonNullable<ForeignAccountAccessOrderQuery['foreignAccountAccessOrder']>;

/** §30.1: the first head's order in force naming who has access to the foreign-account data. */
export const useForeignAccountAccessOrderStore = defineStore(
  'declarations-foreign-account-access-order',
  () => {
    const graphql = useGraphql();
    const order = ref<AccessOrder | null>(null);
    const { status, error, track } = useLoadState();
    /** The gateway refuses the check to anyone the order does not name (nor the first head, nor HR). */
    const notNamed = computed(() => status.value === 'error' && error.value?.code === 'FORBIDDEN');

    function load(): Promise<void> {
      return track(async () => {
        order.value =
          (await graphql.request(ForeignAccountAccessOrderDocument, {})).foreignAccountAccessOrder ?? null;
      });
    }

    /** Records the first head's new order, which replaces the one in force. */
    async function record(input: {
      orderNumber: string;
      orderDate: string;
      memberIds: string[];
    }): Promise<void> {
      await graphql.request(RecordForeignAccountAccessOrderDocument, input);
      await load();
    }

    return { order, status, error, notNamed, load, record };
  },
);

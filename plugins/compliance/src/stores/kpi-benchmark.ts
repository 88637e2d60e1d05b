import { ref } from 'vue';
import { defineStore } from 'pinia';
import { AdalGraphqlError, useGraphql, useLoadState } from '@adal/sdk';
import { KpiBenchmarkDocument, type KpiBenchmarkQuery } from '../graphql/generated/graphql';

export type Benchmark = KpiBenchmarkQuery['kpiBenchmark'];

/**
 * §74.6: how the viewer's company compares with the holding's others, over the last twelve months
 * of whole days. Null for a viewer who reads none of its measures (the server says FORBIDDEN).
 */
export const useKpiBenchmarkStore = defineStore('compliance-kpi-benchmark', () => {
  const graphql = useGraphql();
  const benchmark = ref<Benchmark | null>(null);
  const { status, error, track } = useLoadState();

  function load(periodFrom: string): Promise<void> {
    return track(async () => {
      try {
        benchmark.value = (
          await graphql.request(KpiBenchmarkDocument, { filter: { periodFrom } })
        ).kpiBenchmark;
      } catch (failure) {
        if (failure instanceof AdalGraphqlError && failure.code === 'FORBIDDEN') benchmark.value = null;
        else throw failure;
      }
    });
  }

  return { benchmark, status, error, load };
});

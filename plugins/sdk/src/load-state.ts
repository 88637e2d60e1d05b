import { ref, type Ref } from 'vue';
import { AdalGraphqlError } from './graphql/errors';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LoadState {
  status: Ref<LoadStatus>;
  error: Ref<AdalGraphqlError | null>;
  /** Runs `load`, tracking its state; a newer call wins over a slower older one. */
  track(load: () => Promise<void>): Promise<void>;
}

export function toAdalError(error: unknown): AdalGraphqlError {
  return error instanceof AdalGraphqlError
    ? error
    : new AdalGraphqlError('INTERNAL', error instanceof Error ? error.message : String(error));
}

/** The loading / ready / error state every list and page shows. */
export function useLoadState(): LoadState {
  const status = ref<LoadStatus>('idle');
  const error = ref<AdalGraphqlError | null>(null);
  let latest = 0;
  return {
    status,
    error,
    async track(load) {
      const call = ++latest;
      status.value = 'loading';
      error.value = null;
      try {
        await load();
        if (call === latest) status.value = 'ready';
      } catch (caught) {
        if (call !== latest) return;
        error.value = toAdalError(caught);
        status.value = 'error';
      }
    },
  };
}

import { ref, type Ref } from 'vue';
import type { AdalGraphqlError } from './graphql/errors';
import { toAdalError } from './load-state';

export interface Submission {
  submitting: Ref<boolean>;
  error: Ref<AdalGraphqlError | null>;
  /** Runs `action`; true when it succeeded, false with `error` set when the server refused it. */
  run(action: () => Promise<unknown>): Promise<boolean>;
  clear(): void;
}

/** The state of one form's or button's call to the server: busy while it runs, its typed error after. */
export function useSubmission(): Submission {
  const submitting = ref(false);
  const error = ref<AdalGraphqlError | null>(null);
  return {
    submitting,
    error,
    async run(action) {
      submitting.value = true;
      error.value = null;
      try {
        await action();
        return true;
      } catch (caught) {
        error.value = toAdalError(caught);
        return false;
      } finally {
        submitting.value = false;
      }
    },
    clear() {
      error.value = null;
    },
  };
}

import { computed, type ComputedRef } from 'vue';
import { useAdalContext, type AdalRole } from '@adal/sdk';

export interface ViewerAccess {
  id: ComputedRef<string | null>;
  /** True when the signed-in person holds at least one of `roles`. */
  holds(roles: readonly AdalRole[]): boolean;
}

/** Who is signed in, for what a page offers. The server checks every action again. */
export function useViewer(): ViewerAccess {
  const context = useAdalContext();
  const roles = computed(() => context.viewer?.roles ?? []);
  return {
    id: computed(() => context.viewer?.id ?? null),
    holds: (wanted) => wanted.some((role) => roles.value.includes(role)),
  };
}

import { computed, type ComputedRef } from 'vue';
import { useAdalContext } from '@adal/sdk';
import { ASSIGNMENT_ROLES } from '../roles';

/** Whether the signed-in person plans sessions and records attendance (§5.3, §68); the others read. The server checks each change again. */
export function useManagesSessions(): ComputedRef<boolean> {
  const context = useAdalContext();
  return computed(() => ASSIGNMENT_ROLES.some((role) => context.viewer?.roles.includes(role) ?? false));
}

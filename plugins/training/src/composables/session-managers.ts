import { computed, type ComputedRef } from 'vue';
import { useAdalContext, type AdalRole } from '@adal/sdk';

/**
 * Who plans sessions and records their attendance (§5.3, §68): the training administrators and the
 * responsible unit with its head, as the gateway's training managers. Kept here rather than in the
 * manifest, so that the pages' chunks do not split the manifest out of the plugin's entry.
 */
export const SESSION_MANAGERS: readonly AdalRole[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
];

/** Whether the signed-in person plans sessions and records attendance; the others read. The server checks each change again. */
export function useManagesSessions(): ComputedRef<boolean> {
  const context = useAdalContext();
  return computed(() => SESSION_MANAGERS.some((role) => context.viewer?.roles.includes(role) ?? false));
}

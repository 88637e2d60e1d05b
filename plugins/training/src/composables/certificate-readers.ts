import { computed, type ComputedRef } from 'vue';
import { useAdalContext } from '@adal/sdk';
import { CERTIFICATE_ROLES } from '../roles';

/** Whether the signed-in person may open a person's certificates; the server checks again. */
export function useReadsCertificates(): ComputedRef<boolean> {
  const context = useAdalContext();
  return computed(() => CERTIFICATE_ROLES.some((role) => context.viewer?.roles.includes(role) ?? false));
}

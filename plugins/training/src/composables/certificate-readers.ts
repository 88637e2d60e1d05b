import { computed, type ComputedRef } from 'vue';
import { useAdalContext } from '@adal/sdk';
import { CERTIFICATE_READERS } from '../certificate-roles';

/** Whether the signed-in person may open a person's certificates; the server checks again. */
export function useReadsCertificates(): ComputedRef<boolean> {
  const context = useAdalContext();
  return computed(() => CERTIFICATE_READERS.some((role) => context.viewer?.roles.includes(role) ?? false));
}

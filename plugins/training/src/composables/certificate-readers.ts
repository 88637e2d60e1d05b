import { computed, type ComputedRef } from 'vue';
import { useAdalContext, type AdalRole } from '@adal/sdk';

/**
 * Who reads any one person's certificates: the manifest's CERTIFICATE_ROLES, as the gateway's
 * CERTIFICATE_READERS. Kept here too rather than imported from the manifest, so that the pages'
 * chunks do not split the manifest out of the plugin's entry (as SESSION_MANAGERS).
 */
export const CERTIFICATE_READERS: readonly AdalRole[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
  'org_admin',
];

/** Whether the signed-in person may open a person's certificates; the server checks again. */
export function useReadsCertificates(): ComputedRef<boolean> {
  const context = useAdalContext();
  return computed(() => CERTIFICATE_READERS.some((role) => context.viewer?.roles.includes(role) ?? false));
}

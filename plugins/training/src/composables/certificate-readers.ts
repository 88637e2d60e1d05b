import { computed, type ComputedRef } from 'vue';
import { useAdalContext, type AdalRole } from '@adal/sdk';

/**
 * Who reads any one person's certificates, as the gateway's CERTIFICATE_READERS: the training
 * administrators, the responsible unit with its head, and the organisation's administrators who
 * keep the staff records. Kept out of the manifest, like SESSION_MANAGERS, so that the pages'
 * chunks do not split the manifest out of the plugin's entry.
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

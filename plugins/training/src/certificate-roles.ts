import type { AdalRole } from '@adal/sdk';

/**
 * Who reads any one person's certificates, as the gateway's CERTIFICATE_READERS: the training
 * administrators, the responsible unit with its head, and the organisation's administrators who
 * keep the staff records. A module of its own, without code to run, for the manifest, the routes
 * and the pages alike.
 */
export const CERTIFICATE_READERS: readonly AdalRole[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
  'org_admin',
];

import type { AdalRole } from '@adal/sdk';

// The roles the plugin's navigation, routes and pages show things to. A module of its own, so
// that the pages' chunks share it with the manifest without pulling the manifest out of the entry.
// The gateway decides again on every request.

/** Who follows training completion: the training administrators, the responsible unit (§5.4), its heads and the auditors. */
export const COMPLETION_ROLES: readonly AdalRole[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
  'first_head',
  'auditor',
];

/**
 * Who manages training — assigns courses, plans sessions and records their attendance: the training
 * administrators and the responsible unit with its head (§5, §68), as the gateway's training managers.
 */
export const ASSIGNMENT_ROLES: readonly AdalRole[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
];

/** Who follows classroom and external training (§5.3, §5.4, §68): the same readers as completion. */
export const SESSION_ROLES: readonly AdalRole[] = COMPLETION_ROLES;

/**
 * Who reads any one person's certificates, as the gateway's CERTIFICATE_READERS: the training
 * administrators, the responsible unit with its head, and the organisation's administrators who
 * keep the staff records.
 */
export const CERTIFICATE_ROLES: readonly AdalRole[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
  'org_admin',
];

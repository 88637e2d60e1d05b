import { requireAnyRole, type Actor } from '../kernel/actor.js';
import type { RoleCode } from '../kernel/roles.js';

/** Who manages courses, question banks, assignments and sees completion (§5, §68). */
export const TRAINING_MANAGERS: readonly RoleCode[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
];

export function requireTrainingManager(actor: Actor, doing: string): void {
  requireAnyRole(actor, TRAINING_MANAGERS, doing);
}

/** §68, §75: who reads training statistics — the managers, the first head and the auditors. */
export const COMPLETION_READERS: readonly RoleCode[] = [...TRAINING_MANAGERS, 'first_head', 'auditor'];

/**
 * Who reads the certificates of any one person, the list HR files and shows an inspector: those
 * who keep the training records (the training administrators and the responsible unit with its
 * head, §5.3, §5.4) and the organisation's administrators, who keep its staff records. Narrower
 * than COMPLETION_READERS: the first head and the auditors follow figures and status lists (§68,
 * §75), while a person's certificates are that person's documents, scores and codes included —
 * the code alone opens the certificate. Everyone reads their own (`myCertificates`).
 */
export const CERTIFICATE_READERS: readonly RoleCode[] = [...TRAINING_MANAGERS, 'org_admin'];

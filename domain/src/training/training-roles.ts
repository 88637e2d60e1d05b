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

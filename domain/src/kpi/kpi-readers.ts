import { hasAnyRole, type Actor } from '../kernel/actor.js';
import type { RoleCode } from '../kernel/roles.js';
import type { KpiDefinition } from './kpi-definition.js';

/**
 * §5, §73–§74: those who run the anti-corruption programme (the responsible unit and its head),
 * the first head it reports to, and the auditors who check it. A context adds the roles its own
 * figures serve (training administrators for training, the administrator for the staff list).
 */
export const PROGRAMME_KPI_READERS: readonly RoleCode[] = [
  'compliance_officer',
  'compliance_head',
  'first_head',
  'auditor',
];

export function mayReadKpi(actor: Actor, definition: KpiDefinition): boolean {
  return hasAnyRole(actor, definition.readers);
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { riskRows } from './risk-rows.js';
import { RISK_REGISTERS, type RiskRegister } from './risk.entity.js';
import type { RiskView } from './risk-view.js';

export interface RiskRegisterFile {
  register: RiskRegister;
  risks: RiskView[];
}

/** §11, Annex 1: a whole register, ranked, for its spreadsheet (one statement). */
export async function riskRegisterFile(
  em: EntityManager,
  actor: Actor,
  register: string,
): Promise<RiskRegisterFile> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the risk register');
  if (!(RISK_REGISTERS as readonly string[]).includes(register))
    throw ValidationError.because('compliance.risk.unknownValue', { field: 'register' });
  const { rows } = await riskRows(
    em,
    actor.organizationId,
    'r.register = ?',
    [register],
    'order by r.score desc, r.number asc',
  );
  return { register: register as RiskRegister, risks: rows };
}

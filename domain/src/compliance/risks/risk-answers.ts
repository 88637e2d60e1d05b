import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '../../kernel/errors.js';
import { isUuid } from '../../org/org-queries.js';
import { Risk } from './risk.entity.js';

/** At most this many risks are named by one activity or assignment. */
export const MAX_ANSWERED_RISKS = 50;

/**
 * §9.1, §34–§35: the register's risks a culture-plan activity or a training assignment answers,
 * checked: risks of the organisation only (another's or an unknown id is a VALIDATION error on
 * `field`), each once.
 */
export async function checkedRiskIds(
  em: EntityManager,
  organizationId: string,
  ids: readonly string[] | null | undefined,
  field = 'riskIds',
): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return [];
  if (unique.length > MAX_ANSWERED_RISKS || !unique.every(isUuid))
    throw ValidationError.because('compliance.risk.answeredUnknown', { field });
  const known = await em.count(Risk, { id: { $in: unique }, organization: organizationId });
  if (known !== unique.length) throw ValidationError.because('compliance.risk.answeredUnknown', { field });
  return unique;
}

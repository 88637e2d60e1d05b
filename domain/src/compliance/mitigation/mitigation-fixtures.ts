import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../kernel/ids.js';
import type { IOrganization } from '../../org/organization.entity.js';
import type { IPerson } from '../../org/person.entity.js';
import { riskLevel, riskScore } from '../risks/risk-level.js';
import { Risk, RiskScore, type IRisk, type RiskConfidentiality } from '../risks/risk.entity.js';

/** A risk of the register as the register's use cases make it, with its first score (tests and demo). */
export function buildRisk(
  em: EntityManager,
  organization: IOrganization,
  by: IPerson,
  number: number,
  options: { score?: [number, number, number]; confidentiality?: RiskConfidentiality; scoredAt?: Date } = {},
): IRisk {
  const [probability, frequency, impact] = options.score ?? [4, 3, 4];
  const score = riskScore(probability, frequency, impact);
  const level = riskLevel(score, 5);
  const risk = em.create(Risk, {
    id: newId(),
    organization,
    register: 'activity',
    number,
    processOrDocument: `Process ${number}`,
    scheme: `Scheme ${number}`,
    positionIds: [],
    probability,
    frequency,
    impact,
    score,
    level,
    source: 'internal_analysis',
    confidentiality: options.confidentiality ?? 'none',
    createdBy: by,
  });
  em.create(RiskScore, {
    id: newId(),
    organization,
    risk,
    probability,
    frequency,
    impact,
    score,
    level,
    status: 'open',
    scoredAt: options.scoredAt ?? new Date('2026-01-10T06:00:00Z'),
    scoredBy: by,
  });
  return risk;
}

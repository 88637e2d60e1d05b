import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import {
  Risk,
  type RiskConfidentiality,
  type RiskLevel,
  type RiskRegister,
  type RiskStatus,
} from '../risks/risk.entity.js';

export interface PublishableRisk {
  id: string;
  number: number;
  register: RiskRegister;
  processOrDocument: string;
  level: RiskLevel;
  status: RiskStatus;
  confidentiality: RiskConfidentiality;
  published: boolean;
  /** §9.4: false when the risk carries protected information; `confidentiality` says which. */
  publishable: boolean;
}

/** The register's risks with their publication marks, for the public page's keepers (ranked). */
export async function publishableRisks(em: EntityManager, actor: Actor): Promise<PublishableRisk[]> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the risk register');
  const risks = await em.find(
    Risk,
    { organization: actor.organizationId, status: { $ne: 'retired' } },
    { orderBy: { score: 'desc', number: 'asc' } },
  );
  return risks.map((r) => ({
    id: r.id,
    number: r.number,
    register: r.register,
    processOrDocument: r.processOrDocument,
    level: r.level,
    status: r.status,
    confidentiality: r.confidentiality,
    published: r.published,
    publishable: r.confidentiality === 'none',
  }));
}

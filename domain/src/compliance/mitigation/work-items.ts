import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import type { WorkItem, WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { COMPLIANCE_APPROVERS, COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import { MitigationMeasure, MitigationPlan } from './mitigation.entity.js';
import { risksToRescore } from './rescore.js';

const PLUGIN = 'compliance';
const text = (value: string) => ({ kk: value, ru: value, en: value });

/** §9.3: for the first head, the draft plans with measures, waiting for approval. */
async function toApprove(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, COMPLIANCE_APPROVERS)) return [];
  const plans = await em.find(
    MitigationPlan,
    { organization: actor.organizationId, status: 'draft' },
    { orderBy: { year: 'asc' } },
  );
  if (plans.length === 0) return [];
  const withMeasures = new Set(
    (await em.find(MitigationMeasure, { plan: { $in: plans.map((p) => p.id) } }, { fields: ['plan'] })).map(
      (m) => m.plan.id,
    ),
  );
  return plans
    .filter((plan) => withMeasures.has(plan.id))
    .map((plan) => ({
      id: `${PLUGIN}:mitigation_plan_to_approve:${plan.id}`,
      plugin: PLUGIN,
      kind: 'compliance_mitigation_plan_to_approve',
      subject: text(String(plan.year)),
      urgency: 'waiting',
      dueAt: null,
      dueOn: null,
      path: '/compliance/mitigation',
      count: null,
    }));
}

/** §9.2–§9.3: for the keepers, each risk whose measures are all done and which waits for re-scoring. */
async function toRescore(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, COMPLIANCE_KEEPERS)) return [];
  return (await risksToRescore(em, actor.organizationId)).map((risk) => ({
    id: `${PLUGIN}:risk_rescore:${risk.id}`,
    plugin: PLUGIN,
    kind: 'compliance_risk_rescore',
    subject: text(`№ ${risk.number}`),
    urgency: 'waiting',
    dueAt: null,
    dueOn: null,
    path: '/compliance/risks',
    count: null,
  }));
}

export const MITIGATION_WORK: WorkProvider = {
  context: 'compliance.mitigation',
  async items(em, actor) {
    return [...(await toApprove(em, actor)), ...(await toRescore(em, actor))];
  },
};

registerWorkProvider(MITIGATION_WORK);

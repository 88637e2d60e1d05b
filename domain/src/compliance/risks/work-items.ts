import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addYears, toDay } from '../../kernel/working-days.js';
import type { WorkItem, WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import { identificationOverdue } from './remapping.js';
import { RiskSettings, RiskTrigger } from './risk.entity.js';

const PLUGIN = 'compliance';
const dayText = (day: string) => ({ kk: day, ru: day, en: day });

/**
 * §9.1, for the keepers: each recorded trigger whose re-mapping is not done, and the yearly
 * identification when none was recorded in the last 12 months.
 */
async function remappingWork(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, COMPLIANCE_KEEPERS)) return [];
  const today = kazakhstanDay(now);
  const [settings, triggers] = await Promise.all([
    em.findOne(RiskSettings, { organization: actor.organizationId }),
    em.find(
      RiskTrigger,
      { organization: actor.organizationId, completedAt: null },
      { orderBy: { occurredOn: 'asc', recordedAt: 'asc' } },
    ),
  ]);
  const items: WorkItem[] = triggers.map((trigger) => ({
    id: `${PLUGIN}:risk_remapping:${trigger.id}`,
    plugin: PLUGIN,
    kind: 'compliance_risk_remapping',
    subject: dayText(toDay(trigger.occurredOn)),
    urgency: 'waiting',
    dueAt: null,
    dueOn: null,
    path: '/compliance/risks/map',
    count: null,
  }));
  const last = settings?.lastIdentifiedOn ? toDay(settings.lastIdentifiedOn) : null;
  if (identificationOverdue(last, today)) {
    items.push({
      id: `${PLUGIN}:risk_identification`,
      plugin: PLUGIN,
      kind: 'compliance_risk_identification',
      subject: null,
      urgency: 'overdue',
      dueAt: null,
      dueOn: last ? addYears(last, 1) : null,
      path: '/compliance/risks',
      count: null,
    });
  }
  return items;
}

export const RISK_WORK: WorkProvider = {
  context: 'compliance.risks',
  items: (em, actor, now) => remappingWork(em, actor, now),
};

registerWorkProvider(RISK_WORK);

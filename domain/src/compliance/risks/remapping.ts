import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addYears, parseCalendarDay, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { MAX_REASON } from './risk-input.js';
import { lockRiskSettings, scaleOf } from './risk-scale.js';
import { RISK_TRIGGER_KINDS, RiskTrigger, type IRiskTrigger, type RiskTriggerKind } from './risk.entity.js';

export interface RiskTriggerView {
  id: string;
  kind: RiskTriggerKind;
  note: string;
  occurredOn: CalendarDay;
  recordedAt: Date;
  completedAt: Date | null;
  completionNote: string | null;
}

/** §9.1: where the organisation stands with identifying its risks. */
export interface RiskRemappingView {
  lastIdentifiedOn: CalendarDay | null;
  /** A year after the last identification (§9.1: at least once a year); null before the first. */
  identificationDueOn: CalendarDay | null;
  /** No identification recorded in the last 12 months. */
  identificationOverdue: boolean;
  /** The triggers whose re-mapping is not yet done, oldest first. */
  openTriggers: RiskTriggerView[];
}

export interface RiskTriggerInput {
  kind: string;
  note: string;
  occurredOn: string;
}

const triggerView = (t: IRiskTrigger): RiskTriggerView => ({
  id: t.id,
  kind: t.kind,
  note: t.note,
  occurredOn: toDay(t.occurredOn),
  recordedAt: t.recordedAt,
  completedAt: t.completedAt ?? null,
  completionNote: t.completionNote ?? null,
});

/** §9.1: the identification is due when none was recorded in the 12 months up to today. */
export function identificationOverdue(lastIdentifiedOn: CalendarDay | null, today: CalendarDay): boolean {
  return lastIdentifiedOn === null || addYears(lastIdentifiedOn, 1) <= today;
}

export async function riskRemapping(em: EntityManager, actor: Actor, now: Date): Promise<RiskRemappingView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the risk register');
  const { lastIdentifiedOn } = await scaleOf(em, actor.organizationId);
  const open = await em.find(
    RiskTrigger,
    { organization: actor.organizationId, completedAt: null },
    { orderBy: { occurredOn: 'asc', recordedAt: 'asc' } },
  );
  return {
    lastIdentifiedOn,
    identificationDueOn: lastIdentifiedOn ? addYears(lastIdentifiedOn, 1) : null,
    identificationOverdue: identificationOverdue(lastIdentifiedOn, kazakhstanDay(now)),
    openTriggers: open.map(triggerView),
  };
}

/**
 * §9.1: records one of the four events after which the map is to be updated (a change in the law,
 * in the structure or headcount, in the duties of risk-exposed posts, or another); it opens a
 * re-mapping task for the keepers until one of them marks the re-mapping done.
 */
export async function recordRiskTrigger(
  em: EntityManager,
  actor: Actor,
  input: RiskTriggerInput,
  now: Date,
): Promise<RiskTriggerView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'record a re-mapping trigger');
  if (!(RISK_TRIGGER_KINDS as readonly string[]).includes(input.kind))
    throw ValidationError.because('compliance.risk.unknownValue', { field: 'kind' });
  const note = input.note?.trim() ?? '';
  if (!note) throw ValidationError.because('compliance.risk.triggerNoteRequired', { field: 'note' });
  if (note.length > MAX_REASON)
    throw ValidationError.because('compliance.risk.textTooLong', { field: 'note', max: MAX_REASON });
  const occurredOn = parseCalendarDay(input.occurredOn);
  if (!occurredOn)
    throw ValidationError.because('kernel.notADate', { field: 'occurredOn', value: input.occurredOn });
  if (occurredOn > kazakhstanDay(now))
    throw ValidationError.because('compliance.risk.triggerInFuture', { field: 'occurredOn' });
  const trigger = em.create(RiskTrigger, {
    id: newId(),
    organization: actor.organizationId,
    kind: input.kind as RiskTriggerKind,
    note,
    occurredOn,
    recordedBy: actor.personId,
    recordedAt: now,
    completedBy: null,
    completedAt: null,
    completionNote: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.risk_trigger_recorded',
    entityType: 'RiskTrigger',
    entityId: trigger.id,
    data: { kind: trigger.kind, occurredOn },
  });
  await em.flush();
  return triggerView(trigger);
}

/**
 * §9.1: the officer marks a re-mapping done — after a trigger (which closes its task) or, without
 * one, the yearly identification. Either way the day counts as the last identification. A trigger
 * already closed is a CONFLICT: of two officers closing it at once, one does.
 */
export async function completeRiskRemapping(
  em: EntityManager,
  actor: Actor,
  triggerId: string | null,
  note: string | null,
  now: Date,
): Promise<RiskRemappingView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'mark the risk re-mapping done');
  const text = note?.trim() || null;
  if (text && text.length > MAX_REASON)
    throw ValidationError.because('compliance.risk.textTooLong', { field: 'note', max: MAX_REASON });
  const settings = await lockRiskSettings(em, actor.organizationId);
  let trigger: IRiskTrigger | null = null;
  if (triggerId) {
    trigger = isUuid(triggerId)
      ? await lockedFresh(em, RiskTrigger, { id: triggerId, organization: actor.organizationId })
      : null;
    if (!trigger) throw NotFoundError.forId('RiskTrigger', triggerId);
    if (trigger.completedAt) throw ConflictError.because('compliance.risk.remappingDone');
    trigger.completedAt = now;
    trigger.completedBy = em.getReference(Person, actor.personId);
    trigger.completionNote = text;
  }
  const today = kazakhstanDay(now);
  settings.lastIdentifiedOn = today;
  settings.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.risk_remapping_completed',
    entityType: trigger ? 'RiskTrigger' : 'RiskSettings',
    entityId: trigger ? trigger.id : settings.id,
    data: { identifiedOn: today, ...(trigger ? { kind: trigger.kind } : { yearly: true }) },
  });
  await em.flush();
  return riskRemapping(em, actor, now);
}

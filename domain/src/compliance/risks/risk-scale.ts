import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { DEFAULT_SCALE, MAX_SCALE, MIN_SCALE, riskLevel } from './risk-level.js';
import { Risk, RiskSettings, type IRiskSettings } from './risk.entity.js';

export interface RiskScaleView {
  size: number;
  /** §9.1: the day the last identification (yearly or after a trigger) was completed, or null. */
  lastIdentifiedOn: CalendarDay | null;
}

/** The organisation's scale as stored, or the default while it has none (reads do not create the row). */
export async function scaleOf(em: EntityManager, organizationId: string): Promise<RiskScaleView> {
  const settings = await em.findOne(RiskSettings, { organization: organizationId });
  return {
    size: settings?.scaleSize ?? DEFAULT_SCALE,
    lastIdentifiedOn: settings?.lastIdentifiedOn ? toDay(settings.lastIdentifiedOn) : null,
  };
}

export async function riskScale(em: EntityManager, actor: Actor): Promise<RiskScaleView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the risk register');
  return scaleOf(em, actor.organizationId);
}

/**
 * The settings row of the organisation, made if missing and locked for change: the register's
 * aggregate lock. New risks take turns on it for their numbers, and a change of scale never
 * passes a risk being scored on the old one.
 */
export async function lockRiskSettings(em: EntityManager, organizationId: string): Promise<IRiskSettings> {
  await em.execute(
    `insert into compliance_risk_settings (id, organization_id, scale_size, updated_at)
     values (?, ?, ?, ?) on conflict (organization_id) do nothing`,
    [newId(), organizationId, DEFAULT_SCALE, new Date()],
  );
  const settings = await lockedFresh(em, RiskSettings, { organization: organizationId });
  if (!settings) throw new Error('the risk settings row vanished under its lock');
  return settings;
}

/**
 * §9.2: the organisation's scale, 3×3 to 10×10 (5×5 unless set). A smaller scale is refused while
 * a risk is scored above it; the levels of every risk follow the new scale.
 */
export async function setRiskScale(em: EntityManager, actor: Actor, size: number): Promise<RiskScaleView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, "set the risk map's scale");
  if (!Number.isInteger(size) || size < MIN_SCALE || size > MAX_SCALE)
    throw ValidationError.because('compliance.risk.scaleRange', {
      field: 'size',
      min: MIN_SCALE,
      max: MAX_SCALE,
    });
  const settings = await lockRiskSettings(em, actor.organizationId);
  const [top] = await em.execute<{ top: number | null }[]>(
    `select max(greatest(probability, frequency, impact)) as top from compliance_risk where organization_id = ?`,
    [actor.organizationId],
  );
  if (top?.top && top.top > size)
    throw ConflictError.because('compliance.risk.scaleBelowScores', { top: top.top });
  const before = settings.scaleSize;
  settings.scaleSize = size;
  settings.updatedAt = new Date();
  const risks = await em.find(Risk, { organization: actor.organizationId });
  for (const risk of risks) risk.level = riskLevel(risk.score, size);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.risk_scale_set',
    entityType: 'RiskSettings',
    entityId: settings.id,
    data: { from: before, to: size },
  });
  await em.flush();
  return {
    size,
    lastIdentifiedOn: settings.lastIdentifiedOn ? toDay(settings.lastIdentifiedOn) : null,
  };
}

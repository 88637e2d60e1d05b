import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { toDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Position } from '../../org/position.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { checkRiskInput, type CheckedRisk, type RiskInput } from './risk-input.js';
import { riskLevel, riskScore } from './risk-level.js';
import { riskRows } from './risk-rows.js';
import { lockRiskSettings } from './risk-scale.js';
import { refuseSecondRisk, sourceProposal } from './risk-source.js';
import { Risk, RiskScore, RiskSettings, type IRisk } from './risk.entity.js';
import type { RiskView } from './risk-view.js';

/** One risk as its readers see it, or NOT_FOUND. */
export async function findRisk(em: EntityManager, actor: Actor, id: string): Promise<RiskView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the risk register');
  const found = isUuid(id) ? await riskRows(em, actor.organizationId, 'r.id = ?', [id], '') : null;
  const risk = found?.rows[0];
  if (!risk) throw NotFoundError.forId('Risk', id);
  return risk;
}

async function checkPositions(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const known = await em.count(Position, { id: { $in: [...ids] }, organization: actor.organizationId });
  if (known !== ids.length)
    throw ValidationError.because('compliance.risk.positionUnknown', { field: 'positionIds' });
}

/**
 * §9.1, §11: a risk linked to a case or a finding names one of the organisation's, fit to propose a
 * risk (a substantiated closed hotline case, a settled conflict, a finding), and no other risk of
 * the organisation names it. Checked only when the link is new or changes.
 */
async function checkSourceLink(
  em: EntityManager,
  actor: Actor,
  checked: CheckedRisk,
  current: { id: string; sourceKind?: string | null; sourceId?: string | null } | null,
): Promise<void> {
  if (!checked.sourceKind || !checked.sourceId) return;
  if (current && current.sourceKind === checked.sourceKind && current.sourceId === checked.sourceId) return;
  await sourceProposal(em, actor, checked.sourceKind, checked.sourceId);
  await refuseSecondRisk(em, actor.organizationId, checked.sourceKind, checked.sourceId, current?.id ?? null);
}

function scoreRow(em: EntityManager, actor: Actor, risk: IRisk, reason: string | null, at: Date): void {
  em.create(RiskScore, {
    id: newId(),
    organization: actor.organizationId,
    risk,
    probability: risk.probability,
    frequency: risk.frequency,
    impact: risk.impact,
    score: risk.score,
    level: risk.level,
    status: risk.status,
    scoredAt: at,
    scoredBy: actor.personId,
    reason,
  });
}

function apply(risk: IRisk, checked: CheckedRisk, scale: number): void {
  risk.register = checked.register;
  risk.processOrDocument = checked.processOrDocument;
  risk.scheme = checked.scheme;
  risk.positionIds = checked.positionIds;
  risk.probability = checked.probability;
  risk.frequency = checked.frequency;
  risk.impact = checked.impact;
  risk.score = riskScore(checked.probability, checked.frequency, checked.impact);
  risk.level = riskLevel(risk.score, scale);
  risk.source = checked.source;
  risk.sourceKind = checked.sourceKind;
  risk.sourceId = checked.sourceId;
  risk.confidentiality = checked.confidentiality;
  risk.procurement = checked.procurement;
  risk.lastReviewedOn = checked.lastReviewedOn;
  risk.status = checked.status;
}

/** The number the organisation's next risk takes; read under the settings lock. */
export async function nextRiskNumber(em: EntityManager, organizationId: string): Promise<number> {
  const [last] = await em.execute<{ top: number | null }[]>(
    'select max(number) as top from compliance_risk where organization_id = ?',
    [organizationId],
  );
  return (last?.top ?? 0) + 1;
}

/**
 * Creates a risk with its number (№ 1, № 2… per organisation, handed out under the settings lock
 * one at a time) and its first score.
 */
export function createRiskLocked(
  em: EntityManager,
  actor: Actor,
  checked: CheckedRisk,
  scale: number,
  number: number,
  now: Date,
): IRisk {
  const score = riskScore(checked.probability, checked.frequency, checked.impact);
  const { reason: _reason, ...fields } = checked;
  const risk = em.create(Risk, {
    id: newId(),
    organization: actor.organizationId,
    number,
    ...fields,
    score,
    level: riskLevel(score, scale),
    version: 1,
    createdBy: actor.personId,
    createdAt: now,
    updatedAt: now,
  });
  scoreRow(em, actor, risk, checked.reason, now);
  return risk;
}

/**
 * §9.1–§9.2: creates a risk, or edits one — its description, posts, source and marks, or a
 * re-score, which needs a reason and is kept in the score history with a change of status. An
 * edit names the version it was made on and locks the risk: of two officers editing at once, the
 * second is told the risk changed, and no write is lost.
 */
export async function upsertRisk(
  em: EntityManager,
  actor: Actor,
  input: RiskInput,
  now: Date,
): Promise<RiskView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'keep the risk register');
  if (!input.id) {
    const settings = await lockRiskSettings(em, actor.organizationId);
    const checked = checkRiskInput(input, settings.scaleSize);
    await checkPositions(em, actor, checked.positionIds);
    // Under the settings lock, as the number is: of two risks proposed from one source at once, one is saved.
    await checkSourceLink(em, actor, checked, null);
    const number = await nextRiskNumber(em, actor.organizationId);
    const risk = createRiskLocked(em, actor, checked, settings.scaleSize, number, now);
    await recordAudit(em, actor, {
      organizationId: actor.organizationId,
      action: 'compliance.risk_created',
      entityType: 'Risk',
      entityId: risk.id,
      data: {
        number: risk.number,
        register: risk.register,
        score: risk.score,
        level: risk.level,
        ...(risk.sourceKind ? { sourceKind: risk.sourceKind, sourceId: risk.sourceId } : {}),
      },
    });
    await em.flush();
    return findRisk(em, actor, risk.id);
  }
  const id = input.id;
  // The scale is read under a share lock: a change of scale waits for the edit, and the reverse.
  const settings = await em.findOne(RiskSettings, { organization: actor.organizationId });
  if (settings) await lockRow(em, RiskSettings, settings.id, 'share');
  const scale = settings
    ? (await em.findOneOrFail(RiskSettings, settings.id, { refresh: true })).scaleSize
    : 5;
  const risk = isUuid(id) ? await lockedFresh(em, Risk, { id, organization: actor.organizationId }) : null;
  if (!risk) throw NotFoundError.forId('Risk', id);
  if (input.version !== undefined && input.version !== null && input.version !== risk.version)
    throw ConflictError.because('compliance.risk.stale', { number: risk.number });
  // An edit that leaves the link to the source out keeps it.
  const checked = checkRiskInput(
    input.sourceKind === undefined && input.sourceId === undefined
      ? { ...input, sourceKind: risk.sourceKind ?? null, sourceId: risk.sourceId ?? null }
      : input,
    scale,
  );
  await checkPositions(em, actor, checked.positionIds);
  await checkSourceLink(em, actor, checked, risk);
  const rescored =
    checked.probability !== risk.probability ||
    checked.frequency !== risk.frequency ||
    checked.impact !== risk.impact ||
    checked.status !== risk.status;
  if (rescored && !checked.reason)
    throw ValidationError.because('compliance.risk.reasonRequired', { field: 'reason' });
  const before = {
    probability: risk.probability,
    frequency: risk.frequency,
    impact: risk.impact,
    status: risk.status,
  };
  apply(risk, checked, scale);
  risk.version += 1;
  risk.updatedAt = now;
  if (rescored) scoreRow(em, actor, risk, checked.reason, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: rescored ? 'compliance.risk_rescored' : 'compliance.risk_updated',
    entityType: 'Risk',
    entityId: risk.id,
    data: {
      number: risk.number,
      version: risk.version,
      ...(rescored
        ? {
            before,
            after: {
              probability: risk.probability,
              frequency: risk.frequency,
              impact: risk.impact,
              status: risk.status,
            },
            level: risk.level,
          }
        : {}),
      ...(risk.lastReviewedOn ? { lastReviewedOn: toDay(risk.lastReviewedOn) } : {}),
    },
  });
  await em.flush();
  return findRisk(em, actor, risk.id);
}

import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import { ComplianceProcess } from './process.entity.js';
import { currentQuarter, quarterDays, type Quarter } from '../../kernel/quarters.js';
import { parseQuarter, reviewedQuarter } from './quarter.js';
import { SelfAssessment, SelfAssessmentProcess } from './self-assessment.entity.js';
import { selfAssessmentView, type SelfAssessmentView } from './self-assessment-view.js';

/** §73 step 3: "randomly select 3–4 processes". */
export const DRAW_MIN = 3;
export const DRAW_MAX = 4;

/** A whole number from 0 to `below` − 1; crypto-random unless a test gives its own. */
export type RandomBelow = (below: number) => number;
const cryptoRandom: RandomBelow = (below) => randomInt(below);

/**
 * §73 step 3: how many to draw from a pool. The methodology says "3–4" and leaves the number
 * open; the number itself is drawn (3 or 4) when the pool allows both, so that a process owner can
 * no more predict how many processes are checked than which. A pool of 3 gives all 3, a smaller one
 * all it has (the view notes it).
 */
export function drawSize(eligible: number, random: RandomBelow = cryptoRandom): number {
  if (eligible <= DRAW_MIN) return eligible;
  return DRAW_MIN + random(DRAW_MAX - DRAW_MIN + 1);
}

/** `size` of `ids` in a random order (a partial Fisher–Yates shuffle). */
export function drawFrom<T>(ids: readonly T[], size: number, random: RandomBelow = cryptoRandom): T[] {
  const pool = [...ids];
  for (let i = 0; i < size; i += 1) {
    const j = i + random(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

/**
 * §73 steps 2–3: the processes a self-assessment held in `quarter` draws from — in the catalogue,
 * active on some day of the quarter before, and not covered by internal audit in it. One statement.
 */
export async function eligibleProcessIds(
  em: EntityManager,
  organizationId: string,
  quarter: Quarter,
): Promise<string[]> {
  const reviewed = reviewedQuarter(quarter);
  const { from, to } = quarterDays(reviewed);
  const rows = await em.execute<{ id: string }[]>(
    `select p.id from compliance_process p
      where p.organization_id = ? and p.archived_at is null
        and p.active_from <= ? and (p.active_to is null or p.active_to >= ?)
        and not exists (select 1 from compliance_internal_audit_coverage c
                         where c.process_id = p.id and c.quarter = ?)
      order by p.id`,
    [organizationId, to, from, reviewed],
  );
  return rows.map((row) => row.id);
}

/**
 * §73: draws the quarter's processes at random and records who drew them and when. A quarter is
 * drawn once: draws take turns on the organisation's row (the unique constraint on organisation
 * and quarter backs it), and a second one is a CONFLICT that changes nothing.
 */
export async function drawSelfAssessment(
  em: EntityManager,
  actor: Actor,
  quarterText: string,
  now: Date,
  random: RandomBelow = cryptoRandom,
): Promise<SelfAssessmentView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'draw the self-assessment');
  const quarter = parseQuarter(quarterText);
  // The quarter reviewed must be over: the self-assessment is held in the quarter after it.
  if (quarter > currentQuarter(now)) {
    throw ValidationError.because('selfAssessment.quarter.notBegun', { field: 'quarter', quarter });
  }
  await lockRow(em, Organization, actor.organizationId);
  if (await em.count(SelfAssessment, { organization: actor.organizationId, quarter })) {
    throw ConflictError.because('selfAssessment.alreadyDrawn', { quarter });
  }
  const eligible = await eligibleProcessIds(em, actor.organizationId, quarter);
  if (eligible.length === 0) {
    throw ValidationError.because('selfAssessment.noEligibleProcesses', {
      field: 'quarter',
      reviewed: reviewedQuarter(quarter),
    });
  }
  const drawn = drawFrom(eligible, drawSize(eligible.length, random), random);
  const assessment = em.create(SelfAssessment, {
    id: newId(),
    organization: actor.organizationId,
    quarter,
    eligibleCount: eligible.length,
    drawnBy: em.getReference(Person, actor.personId),
    drawnAt: now,
  });
  drawn.forEach((processId, position) =>
    em.create(SelfAssessmentProcess, {
      id: newId(),
      organization: actor.organizationId,
      assessment,
      process: em.getReference(ComplianceProcess, processId),
      position,
    }),
  );
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_self_assessment.drawn',
    entityType: 'SelfAssessment',
    entityId: assessment.id,
    data: {
      quarter,
      reviewedQuarter: reviewedQuarter(quarter),
      eligible: eligible.length,
      processIds: drawn,
    },
  });
  await em.flush();
  return selfAssessmentView(em, actor, quarter, now);
}

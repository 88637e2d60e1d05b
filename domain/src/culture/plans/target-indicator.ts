import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { computeKpiValuesByUnit } from '../../kpi/compute-kpi-values.js';
// The indicator is Training's figures: they are registered with its KPIs.
import '../../training/reports/kpis.js';
import { isUuid } from '../../org/org-queries.js';
import { OrgUnit, type IOrgUnit } from '../../org/org-unit.entity.js';
import { CULTURE_READERS } from '../culture-roles.js';
import { CulturePlan } from './culture-plan.entity.js';

/** §35.3's figures for one unit's subtree: the number who passed with at least 60 %, first; the share beside it. */
export interface IndicatorFigures {
  passed: number | null;
  /** The headcount the share is of. */
  headcount: number | null;
  share: number | null;
  /** A group of 1–4 people is withheld, as the training figures are: its share would name who passed. */
  suppressed: boolean;
}

export interface IndicatorUnit extends IndicatorFigures {
  orgUnitId: string;
  name: LocalizedText;
  hasChildren: boolean;
}

export interface TargetIndicator extends IndicatorFigures {
  year: number;
  /** The plan's target, when it has one. */
  target: number | null;
  orgUnitId: string | null;
  byUnit: IndicatorUnit[];
}

const PASSED = 'training.passed_count';
const SHARE = 'training.passed_share';

/**
 * §35.3: the plan's target indicator — the number of employees who passed an anti-corruption test
 * (or a session's knowledge check) with at least 60 % within the plan's year — against the plan's
 * target, with the share of headcount beside it, for a unit's subtree and each unit below it. The
 * figures are training's own KPIs (`training.passed_count`, `training.passed_share`), so the plan and
 * the programme never count differently; the plan's readers see them as part of the plan.
 */
export async function cultureTargetIndicator(
  em: EntityManager,
  actor: Actor,
  year: number,
  orgUnitId: string | null,
  now: Date,
): Promise<TargetIndicator> {
  requireAnyRole(actor, CULTURE_READERS, 'read the culture plan');
  const plan = await em.findOne(CulturePlan, { organization: actor.organizationId, year });
  let parent: IOrgUnit | null = null;
  if (orgUnitId) {
    parent = isUuid(orgUnitId)
      ? await em.findOne(OrgUnit, { id: orgUnitId, organization: actor.organizationId })
      : null;
    if (!parent) throw NotFoundError.forId('OrgUnit', orgUnitId);
  }
  const units = await em.find(
    OrgUnit,
    parent ? { parent: parent.id } : { organization: actor.organizationId, parent: null },
    { orderBy: { name: 'asc' } },
  );
  // Below the root the whole organisation is one unit: show what is under it.
  const rows =
    !parent && units.length === 1
      ? await em.find(OrgUnit, { parent: units[0]!.id }, { orderBy: { name: 'asc' } })
      : units;
  const withChildren = new Set(
    (
      await em.execute<{ parent_id: string }[]>(
        'select distinct parent_id from org_unit where parent_id = any(cast(? as uuid[]))',
        [`{${rows.map((u) => u.id).join(',')}}`],
      )
    ).map((r) => r.parent_id),
  );
  // The plan's readers read its indicator as a part of the plan, whichever of them reads the KPIs.
  const reader: Actor = { ...actor, roles: ['compliance_officer'] };
  const period = {
    periodFrom: startOfKazakhstanDay(`${year}-01-01`),
    // Compared as a day by the training KPIs.
    periodTo: new Date(`${year}-12-31T00:00:00Z`),
  };
  // The whole subtree and each unit below it, in one round trip.
  const values = await computeKpiValuesByUnit(
    em,
    reader,
    [PASSED, SHARE],
    period,
    [parent?.id, ...rows.map((unit) => unit.id)],
    now,
  );
  const [whole, ...perUnit] = values.map((unitValues): IndicatorFigures => {
    const passed = unitValues.find((v) => v.code === PASSED)!;
    const share = unitValues.find((v) => v.code === SHARE)!;
    return {
      passed: passed.value,
      headcount: passed.denominator,
      share: share.value,
      suppressed: passed.suppressed || share.suppressed,
    };
  });
  const byUnit: IndicatorUnit[] = rows.map((unit, i) => ({
    orgUnitId: unit.id,
    name: localizedName(unit.names, unit.name),
    hasChildren: withChildren.has(unit.id),
    ...perUnit[i]!,
  }));
  return { year, target: plan?.targetPassed ?? null, orgUnitId: parent?.id ?? null, ...whole!, byUnit };
}

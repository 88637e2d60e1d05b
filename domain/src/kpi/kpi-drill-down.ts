import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import { localizedName, type LocalizedText } from '../kernel/locale.js';
import { isUuid } from '../org/org-queries.js';
import { OrgUnit, type IOrgUnit } from '../org/org-unit.entity.js';
import { TENANT_FILTER } from '../database/tenant-filter.js';
import { computeKpiValuesByUnit } from './compute-kpi-values.js';
import { ownOrSubsidiary } from './kpi-organization.js';
import type { KpiDefinition, KpiFilter, KpiValue } from './kpi-definition.js';
import { mayReadKpi } from './kpi-readers.js';
import { findKpi } from './kpi-registry.js';
import { requireWholeDayBounds } from './whole-day-bounds.js';

/** One unit's figure in a drill-down: its whole subtree, under the KPI's small-count and small-group rules. */
export interface KpiUnitFigure {
  orgUnitId: string;
  /**
   * The unit itself when it is a subsidiary's: loaded here past the tenant filter, which keeps a
   * request's own lookups to the viewer's organisation.
   */
  orgUnit?: IOrgUnit;
  name: LocalizedText;
  /** Whether the client may drill again with this unit. */
  hasChildren: boolean;
  value: KpiValue;
}

export interface KpiDrillDown {
  code: string;
  /** The filter's unit (its subtree), or the whole organisation. */
  whole: KpiValue;
  /** Each unit directly below it, by name. */
  units: KpiUnitFigure[];
}

export interface UnitRow {
  id: string;
  name: string;
  names: Partial<LocalizedText> | null;
  has_children: boolean;
}

/** A KPI the actor may read; unknown: VALIDATION, another reader's: FORBIDDEN naming it, as `kpiValues` says. */
export function readableKpi(actor: Actor, code: string): KpiDefinition {
  const def = findKpi(code);
  if (!def) throw ValidationError.because('kpi.unknown', { codes: [code], list: code });
  if (!mayReadKpi(actor, def)) {
    throw ForbiddenError.because('kpi.notReader', { codes: def.code, readers: def.readers.join(', ') });
  }
  return def;
}

/** Refuses a unit filter on a KPI its definition does not split by unit (its query ignores the unit). */
export function requireUnitBreakdown(def: KpiDefinition): void {
  if (!def.dimensions.includes('org_unit')) {
    throw ValidationError.because('kpi.noUnitBreakdown', { code: def.code });
  }
}

/** The units directly below `parentId` (the top units when null), by name, each saying whether it has units below. */
async function childUnits(
  em: EntityManager,
  organizationId: string,
  parentId: string | null,
): Promise<UnitRow[]> {
  return em.execute<UnitRow[]>(
    `select u.id, u.name, u.names,
        exists (select 1 from org_unit c where c.parent_id = u.id) as has_children
       from org_unit u
      where u.organization_id = ? and u.parent_id is not distinct from ?
      order by u.name, u.id`,
    [organizationId, parentId],
  );
}

/**
 * The units a figure splits into: those directly below `orgUnitId`, or for the whole organisation
 * those below its single root unit (the root is the organisation itself), by name.
 */
export async function unitsBelow(
  em: EntityManager,
  organizationId: string,
  orgUnitId: string | null,
): Promise<UnitRow[]> {
  const units = await childUnits(em, organizationId, orgUnitId);
  return orgUnitId === null && units.length === 1 ? childUnits(em, organizationId, units[0]!.id) : units;
}

/**
 * Issue 16.3: what a KPI's figure is made of, one level at a time — the figure of the filter's
 * unit (or the whole organisation) and of each unit directly below it, the values of all of them
 * in one SQL round trip (`computeKpiValuesByUnit`). Each unit's figure is its whole subtree, under
 * the KPI's own rules: a group below `smallGroupThreshold` or a count below `smallCountThreshold`
 * comes back `suppressed`, as in `kpiValues`. The client drills again with a unit to go deeper.
 * The whole organisation's single root unit is the organisation itself: below it, its own units
 * are listed, as the culture plan's target indicator does. With `filter.organizationId` a parent
 * company's reader drills into a direct subsidiary's units (issue 16.4), under the same rules.
 */
export async function kpiDrillDown(
  em: EntityManager,
  actor: Actor,
  code: string,
  filter: KpiFilter,
  now: Date = new Date(),
): Promise<KpiDrillDown> {
  const def = readableKpi(actor, code);
  requireUnitBreakdown(def);
  if (filter.periodFrom && filter.periodTo && filter.periodFrom > filter.periodTo) {
    throw ValidationError.because('kpi.periodReversed');
  }
  requireWholeDayBounds([def], filter);
  const { orgUnitId } = filter;
  if (orgUnitId !== undefined && !isUuid(orgUnitId)) throw NotFoundError.forId('OrgUnit', orgUnitId);
  // The units are read in SQL without the request's tenant filter: the organisation is checked first.
  const organizationId = await ownOrSubsidiary(em, actor, filter.organizationId);
  // Another organisation's unit has no units below it here; the values' lookup answers NOT_FOUND for it.
  const units = await unitsBelow(em, organizationId, orgUnitId ?? null);
  const period: Omit<KpiFilter, 'orgUnitId'> = {
    ...(filter.periodFrom ? { periodFrom: filter.periodFrom } : {}),
    ...(filter.periodTo ? { periodTo: filter.periodTo } : {}),
  };
  const [whole, ...perUnit] = await computeKpiValuesByUnit(
    em,
    actor,
    [def.code],
    period,
    [orgUnitId, ...units.map((unit) => unit.id)],
    now,
    { organizationId },
  );
  const subsidiaryUnits =
    organizationId === actor.organizationId || units.length === 0
      ? new Map<string, IOrgUnit>()
      : new Map(
          (
            await em.find(
              OrgUnit,
              { id: { $in: units.map((unit) => unit.id) }, organization: organizationId },
              { filters: { [TENANT_FILTER]: false } },
            )
          ).map((unit) => [unit.id, unit]),
        );
  return {
    code: def.code,
    whole: whole![0]!,
    units: units.map((unit, i) => ({
      orgUnitId: unit.id,
      ...(subsidiaryUnits.has(unit.id) ? { orgUnit: subsidiaryUnits.get(unit.id)! } : {}),
      name: localizedName(unit.names, unit.name),
      hasChildren: unit.has_children,
      value: perUnit[i]![0]!,
    })),
  };
}

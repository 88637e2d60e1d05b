import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import { endOfKazakhstanDay, kazakhstanDay, startOfKazakhstanDay } from '../kernel/kazakhstan-time.js';
import { addCalendarDays, type CalendarDay } from '../kernel/working-days.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import type { KpiDefinition, KpiFilter, KpiValue } from './kpi-definition.js';
import { mayReadKpi } from './kpi-readers.js';
import { findKpi } from './kpi-registry.js';
import { wholeDays, type WholeDays } from './whole-days.js';
import { requireWholeDayBounds } from './whole-day-bounds.js';

type KpiParams = Record<string, unknown>;

/** Which stretch a row of the union computes: the period asked, or one of its edge days alone. */
type KpiPart = 'period' | 'first_day' | 'last_day';

interface KpiRow {
  code: string;
  part: KpiPart;
  value: string | number | null;
  numerator: string | number | null;
  denominator: string | number | null;
}

export const NAMED_PARAM =
  /(?<![:\w]):(organizationId|orgUnitPath|periodFrom|periodTo|periodStart|periodEnd|firstDay|lastDay|asOf)\b/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bind(sql: string, params: KpiParams, bound: unknown[]): string {
  return sql.replace(NAMED_PARAM, (_match, name: string) => {
    bound.push(params[name] ?? null);
    return '?';
  });
}

function sqlLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function toNumber(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function isMet(def: KpiDefinition, value: number | null): boolean | null {
  if (value === null || def.target === null) return null;
  return def.direction === 'at_least' ? value >= def.target : value <= def.target;
}

function isSmallCount(def: KpiDefinition, row: KpiRow | undefined): boolean {
  if (def.smallCountThreshold === undefined || !row) return false;
  const counted = toNumber(def.unit === 'count' ? row.value : row.denominator);
  return counted !== null && counted > 0 && counted < def.smallCountThreshold;
}

function isSmallGroup(def: KpiDefinition, row: KpiRow | undefined, filter: KpiFilter): boolean {
  if (def.smallGroupThreshold === undefined || filter.orgUnitId === undefined || !row) return false;
  const group = toNumber(row.denominator);
  return group !== null && group > 0 && group < def.smallGroupThreshold;
}

/** Each unit's subtree prefix ('/' for the whole organisation), read in one query; an unknown unit is NOT_FOUND. */
async function subtreePaths(
  em: EntityManager,
  actor: Actor,
  orgUnitIds: readonly (string | undefined)[],
): Promise<string[]> {
  const asked = [...new Set(orgUnitIds.filter((id): id is string => id !== undefined))];
  const invalid = asked.find((id) => !UUID.test(id));
  if (invalid) throw NotFoundError.forId('OrgUnit', invalid);
  const units = asked.length
    ? await em.find(OrgUnit, { id: { $in: asked }, organization: actor.organizationId }, { fields: ['path'] })
    : [];
  const pathOf = new Map(units.map((unit) => [unit.id, unit.path]));
  return orgUnitIds.map((id) => {
    if (id === undefined) return '/';
    const path = pathOf.get(id);
    if (path === undefined) throw NotFoundError.forId('OrgUnit', id);
    return path;
  });
}

function dayParams(days: WholeDays): KpiParams {
  return {
    periodStart: days.start,
    periodEnd: days.end,
    firstDay: days.firstDay,
    lastDay: days.lastDay,
    asOf: days.asOf,
  };
}

function oneDay(days: WholeDays, day: CalendarDay): KpiParams {
  return dayParams({
    ...days,
    firstDay: day,
    lastDay: day,
    start: startOfKazakhstanDay(day),
    end: startOfKazakhstanDay(addCalendarDays(day, 1)),
  });
}

interface Plan {
  def: KpiDefinition;
  days: WholeDays | null;
  parts: [KpiPart, KpiParams][];
}

/**
 * What to compute for one KPI. A `day` KPI counts whole days up to yesterday; with a small-count
 * threshold its first and last day are computed alone too: two periods one day apart differ by
 * exactly that day's count, so a figure is shown only when each edge day holds none or at least
 * the threshold.
 */
/** An `instant` KPI's end: as given, or the last instant of the last day when the filter names whole days. */
function instantPeriodTo(filter: KpiFilter): Date | null {
  if (!filter.periodTo) return null;
  if (!filter.wholeDays) return filter.periodTo;
  return new Date(endOfKazakhstanDay(kazakhstanDay(filter.periodTo)).getTime() - 1);
}

function plan(def: KpiDefinition, common: KpiParams, filter: KpiFilter, now: Date): Plan {
  if (def.granularity === 'instant') {
    return {
      def,
      days: null,
      parts: [
        ['period', { ...common, periodFrom: filter.periodFrom ?? null, periodTo: instantPeriodTo(filter) }],
      ],
    };
  }
  const days = wholeDays(filter, now, { completeDaysOnly: true });
  const parts: [KpiPart, KpiParams][] = [['period', { ...common, ...dayParams(days) }]];
  if (def.smallCountThreshold !== undefined) {
    if (days.firstDay !== null && days.firstDay !== days.lastDay) {
      parts.push(['first_day', { ...common, ...oneDay(days, days.firstDay) }]);
    }
    parts.push(['last_day', { ...common, ...oneDay(days, days.lastDay) }]);
  }
  return { def, days, parts };
}

/**
 * Computes the requested KPIs for the actor's organisation in one SQL round trip: the
 * definitions' queries joined with UNION ALL, each row tagged with its code and part. A KPI the
 * actor's roles may not read refuses the whole request, naming it.
 */
export async function computeKpiValues(
  em: EntityManager,
  actor: Actor,
  codes: readonly string[],
  filter: KpiFilter,
  now: Date = new Date(),
): Promise<KpiValue[]> {
  const [values] = await computeKpiValuesByUnit(em, actor, codes, filter, [filter.orgUnitId], now);
  return values ?? [];
}

/**
 * The same KPIs for each of several org units' subtrees (undefined: the whole organisation), over
 * the filter's period, still in one SQL round trip: a breakdown by unit costs one statement however
 * many units it shows. One list of values per unit, in the order asked.
 */
export async function computeKpiValuesByUnit(
  em: EntityManager,
  actor: Actor,
  codes: readonly string[],
  period: Omit<KpiFilter, 'orgUnitId'>,
  orgUnitIds: readonly (string | undefined)[],
  now: Date = new Date(),
): Promise<KpiValue[][]> {
  const unique = [...new Set(codes)];
  const unknown = unique.filter((code) => !findKpi(code));
  if (unknown.length > 0) {
    throw ValidationError.because('kpi.unknown', { codes: unknown, list: unknown.join(', ') });
  }
  if (period.periodFrom && period.periodTo && period.periodFrom > period.periodTo) {
    throw ValidationError.because('kpi.periodReversed');
  }
  if (unique.length === 0 || orgUnitIds.length === 0) return orgUnitIds.map(() => []);
  const definitions = unique.map((code) => findKpi(code) as KpiDefinition);
  const refused = definitions.filter((def) => !mayReadKpi(actor, def));
  if (refused.length > 0) {
    throw ForbiddenError.because('kpi.notReader', {
      codes: refused.map((def) => def.code).join(', '),
      readers: [...new Set(refused.flatMap((def) => def.readers))].join(', '),
    });
  }
  requireWholeDayBounds(definitions, period);
  const paths = await subtreePaths(em, actor, orgUnitIds);
  const scopes = orgUnitIds.map((orgUnitId, scope) => {
    const filter: KpiFilter = { ...period, ...(orgUnitId === undefined ? {} : { orgUnitId }) };
    const common: KpiParams = { organizationId: actor.organizationId, orgUnitPath: paths[scope] };
    return { filter, plans: definitions.map((def) => plan(def, common, filter, now)) };
  });
  const bound: unknown[] = [];
  const union = scopes
    .flatMap(({ plans }, scope) =>
      plans.flatMap(({ def, parts }) =>
        parts.map(
          ([part, params]) =>
            `select ${scope} as scope, ${sqlLiteral(def.code)} as code, ${sqlLiteral(part)} as part, q.value, q.numerator, q.denominator from (${bind(def.sql, params, bound)}) as q`,
        ),
      ),
    )
    .join('\nunion all\n');
  const rows = await em.execute<(KpiRow & { scope: number })[]>(union, bound);
  return scopes.map(({ filter, plans }, scope) => {
    const rowOf = (code: string, part: KpiPart) =>
      rows.find((row) => Number(row.scope) === scope && row.code === code && row.part === part);
    return plans.map(({ def, days }) => {
      const row = rowOf(def.code, 'period');
      const value = toNumber(row?.value);
      const suppressed =
        isSmallGroup(def, row, filter) ||
        isSmallCount(def, row) ||
        isSmallCount(def, rowOf(def.code, 'first_day')) ||
        isSmallCount(def, rowOf(def.code, 'last_day'));
      return {
        code: def.code,
        value: suppressed ? null : value,
        numerator: suppressed ? null : toNumber(row?.numerator),
        denominator: suppressed ? null : toNumber(row?.denominator),
        target: def.target,
        // Whether a target is met would tell as much as the figure: 1 of 1 in time is "met".
        met: suppressed ? null : isMet(def, value),
        suppressed,
        orgUnitId: filter.orgUnitId ?? null,
        periodFrom: days ? days.start : (filter.periodFrom ?? null),
        periodTo: days ? startOfKazakhstanDay(days.lastDay) : (filter.periodTo ?? null),
      };
    });
  });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import { endOfKazakhstanDay, kazakhstanDay, startOfKazakhstanDay } from '../kernel/kazakhstan-time.js';
import { requireWholeDayBounds } from './whole-day-bounds.js';
import { addCalendarDays, type CalendarDay } from '../kernel/working-days.js';
import { localizedName, type LocalizedText } from '../kernel/locale.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { TENANT_FILTER } from '../database/tenant-filter.js';
import type { KpiDefinition, KpiFilter, KpiValue } from './kpi-definition.js';
import { mayReadKpi } from './kpi-readers.js';
import { findKpi } from './kpi-registry.js';
import { wholeDays, type WholeDays } from './whole-days.js';

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

/** The period a KPI is computed over: a filter without its organisation and unit. */
export type KpiPeriod = Omit<KpiFilter, 'orgUnitId' | 'organizationId'>;

export interface KpiByUnitOptions {
  /**
   * The organisation computed: the actor's own (the default) or one of its direct subsidiaries;
   * any other is NOT_FOUND, and so is a unit outside the organisation computed.
   */
  organizationId?: string;
}

export const NAMED_PARAM =
  /(?<![:\w]):(organizationId|orgUnitPath|periodFrom|periodTo|periodStart|periodEnd|firstDay|lastDay|asOf)\b/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The alias of the organisation row a by-organisation union computes each KPI for; unusual
 * enough that no KPI's own query shadows it.
 */
export const SCOPE_ORG = 'kpi_scope_org';

/**
 * Binds a KPI query's named parameters, in order of appearance; a parameter named in `raw` is
 * replaced by that SQL expression instead (the organisation row of a lateral join).
 */
function bind(
  sql: string,
  params: KpiParams,
  bound: unknown[],
  raw: Partial<Record<string, string>> = {},
): string {
  return sql.replace(NAMED_PARAM, (_match, name: string) => {
    const expression = raw[name];
    if (expression !== undefined) return expression;
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

/**
 * What a KPI counts, the figure a small-count threshold applies to: the value of a count, the
 * reports behind a rate per 100 staff (its numerator: the staff are many, the reports few), and
 * the denominator of a share or of a median (the cases it is taken over).
 */
function countedOf(def: KpiDefinition, row: KpiRowFigures): number | null {
  if (def.unit === 'count') return toNumber(row.value);
  if (def.unit === 'per_100_staff') return toNumber(row.numerator);
  return toNumber(row.denominator);
}

type KpiRowFigures = Pick<KpiRow, 'value' | 'numerator' | 'denominator'>;

function isSmallCount(def: KpiDefinition, row: KpiRowFigures | undefined): boolean {
  if (def.smallCountThreshold === undefined || !row) return false;
  const counted = countedOf(def, row);
  return counted !== null && counted > 0 && counted < def.smallCountThreshold;
}

function isSmallGroup(def: KpiDefinition, row: KpiRowFigures | undefined, filter: KpiFilter): boolean {
  if (def.smallGroupThreshold === undefined || filter.orgUnitId === undefined || !row) return false;
  const group = toNumber(row.denominator);
  return group !== null && group > 0 && group < def.smallGroupThreshold;
}

/**
 * Each unit's subtree prefix ('/' for the whole organisation), read in one query; a unit that is
 * not the organisation's is NOT_FOUND. For a subsidiary the request's tenant filter is lifted for
 * this query alone, its place taken by the organisation stated: the subsidiary's, whose parent is
 * the actor's organisation.
 */
async function subtreePaths(
  em: EntityManager,
  actor: Actor,
  organizationId: string,
  orgUnitIds: readonly (string | undefined)[],
): Promise<string[]> {
  const asked = [...new Set(orgUnitIds.filter((id): id is string => id !== undefined))];
  const invalid = asked.find((id) => !UUID.test(id));
  if (invalid) throw NotFoundError.forId('OrgUnit', invalid);
  const own = organizationId === actor.organizationId;
  const units = asked.length
    ? await em.find(
        OrgUnit,
        {
          id: { $in: asked },
          organization: own ? organizationId : { id: organizationId, parent: actor.organizationId },
        },
        { fields: ['path'], ...(own ? {} : { filters: { [TENANT_FILTER]: false } }) },
      )
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
function instantPeriodTo(filter: KpiPeriod): Date | null {
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

/** The registered definitions of `codes` (each once), refusing unknown codes, a reversed period and KPIs the actor may not read. */
export function readableDefinitions(
  actor: Actor,
  codes: readonly string[],
  period: KpiPeriod,
): KpiDefinition[] {
  const unique = [...new Set(codes)];
  const unknown = unique.filter((code) => !findKpi(code));
  if (unknown.length > 0) {
    throw ValidationError.because('kpi.unknown', { codes: unknown, list: unknown.join(', ') });
  }
  if (period.periodFrom && period.periodTo && period.periodFrom > period.periodTo) {
    throw ValidationError.because('kpi.periodReversed');
  }
  const definitions = unique.map((code) => findKpi(code) as KpiDefinition);
  const refused = definitions.filter((def) => !mayReadKpi(actor, def));
  if (refused.length > 0) {
    throw ForbiddenError.because('kpi.notReader', {
      codes: refused.map((def) => def.code).join(', '),
      readers: [...new Set(refused.flatMap((def) => def.readers))].join(', '),
    });
  }
  requireWholeDayBounds(definitions, period);
  return definitions;
}

/** A KPI's value from its rows: the period's, and its edge days' for the small-count rule. */
function valueOf(
  { def, days }: Plan,
  filter: KpiFilter,
  rowOf: (part: KpiPart) => KpiRowFigures | undefined,
  withheldAnyway = false,
): KpiValue {
  const row = rowOf('period');
  const value = toNumber(row?.value);
  const suppressed =
    withheldAnyway ||
    isSmallGroup(def, row, filter) ||
    isSmallCount(def, row) ||
    isSmallCount(def, rowOf('first_day')) ||
    isSmallCount(def, rowOf('last_day'));
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
}

/**
 * Computes the requested KPIs for the actor's organisation — or, with `filter.organizationId`,
 * one of its direct subsidiaries — in one SQL round trip: the definitions' queries joined with
 * UNION ALL, each row tagged with its code and part. A KPI the actor's roles may not read refuses
 * the whole request, naming it; the actor's roles in their own organisation decide, so a parent
 * company's compliance head reads its subsidiaries' KPIs as their own.
 */
export async function computeKpiValues(
  em: EntityManager,
  actor: Actor,
  codes: readonly string[],
  filter: KpiFilter,
  now: Date = new Date(),
): Promise<KpiValue[]> {
  const { organizationId, orgUnitId, ...period } = filter;
  const [values] = await computeKpiValuesByUnit(
    em,
    actor,
    codes,
    period,
    [orgUnitId],
    now,
    organizationId === undefined ? {} : { organizationId },
  );
  return values ?? [];
}

/**
 * The same KPIs for each of several org units' subtrees (undefined: the whole organisation), over
 * the filter's period, still in one SQL round trip: a breakdown by unit costs one statement however
 * many units it shows. One list of values per unit, in the order asked. The organisation is the
 * actor's unless `options.organizationId` names one of its direct subsidiaries.
 */
export async function computeKpiValuesByUnit(
  em: EntityManager,
  actor: Actor,
  codes: readonly string[],
  period: KpiPeriod,
  orgUnitIds: readonly (string | undefined)[],
  now: Date = new Date(),
  options: KpiByUnitOptions = {},
): Promise<KpiValue[][]> {
  const definitions = readableDefinitions(actor, codes, period);
  const organizationId = options.organizationId ?? actor.organizationId;
  if (!UUID.test(organizationId)) throw NotFoundError.forId('Organization', organizationId);
  if (definitions.length === 0 || orgUnitIds.length === 0) return orgUnitIds.map(() => []);
  const own = organizationId === actor.organizationId;
  const paths = await subtreePaths(em, actor, organizationId, orgUnitIds);
  const scopes = orgUnitIds.map((orgUnitId, scope) => {
    const filter: KpiFilter = { ...period, ...(orgUnitId === undefined ? {} : { orgUnitId }) };
    const common: KpiParams = { organizationId, orgUnitPath: paths[scope] };
    return { filter, plans: definitions.map((def) => plan(def, common, filter, now)) };
  });
  const bound: unknown[] = [];
  // Another organisation is computed only when it is a subsidiary of the actor's: a condition
  // without columns, which PostgreSQL checks once before running the KPI's query at all.
  const guard = own
    ? () => ''
    : () => {
        bound.push(organizationId, actor.organizationId);
        return ' where exists (select 1 from organization sub where sub.id = cast(? as uuid) and sub.parent_id = cast(? as uuid))';
      };
  const union = scopes
    .flatMap(({ plans }, scope) =>
      plans.flatMap(({ def, parts }) =>
        parts.map(
          ([part, params]) =>
            `select ${scope} as scope, ${sqlLiteral(def.code)} as code, ${sqlLiteral(part)} as part, q.value, q.numerator, q.denominator from (${bind(def.sql, params, bound)}) as q${guard()}`,
        ),
      ),
    )
    .join('\nunion all\n');
  const rows = await em.execute<(KpiRow & { scope: number })[]>(union, bound);
  if (!own && rows.length === 0) throw NotFoundError.forId('Organization', organizationId);
  return scopes.map(({ filter, plans }, scope) =>
    plans.map((planned) =>
      valueOf(planned, filter, (part) =>
        rows.find((row) => Number(row.scope) === scope && row.code === planned.def.code && row.part === part),
      ),
    ),
  );
}

/** An organisation's values in a holding view. */
export interface OrganizationKpiValues {
  organizationId: string;
  /** Its name in each interface language. */
  name: LocalizedText;
  /** The viewer's own organisation (listed first). */
  own: boolean;
  values: KpiValue[];
}

export interface HoldingKpiValues {
  /** The actor's organisation, then its direct subsidiaries by name. */
  organizations: OrganizationKpiValues[];
  /**
   * The holding's figure of each KPI: for a share or a rate the sums of the numerators over the
   * sums of the denominators, for a count the sum; a median (unit `days`) has none. Withheld by
   * the small-count rule on the sums, and whenever an organisation's own figure is withheld: the
   * aggregate less the figures shown would give it away.
   */
  aggregate: KpiValue[];
}

/** Which organisations a by-organisation union computes, as a condition on SCOPE_ORG, with its parameters. */
export interface OrganizationSelector {
  condition: string;
  params: unknown[];
}

interface OrganizationRows {
  organizationId: string;
  name: LocalizedText;
  rows: KpiRow[];
}

/**
 * The KPIs for each organisation a selector picks, in one statement: each definition's query
 * joined laterally to the organisation rows, the organisation id its :organizationId. For a
 * whole organisation only (no unit), over one period.
 */
export async function computeForOrganizations(
  em: EntityManager,
  plans: readonly Plan[],
  selector: OrganizationSelector,
): Promise<OrganizationRows[]> {
  const bound: unknown[] = [];
  const union = plans
    .flatMap(({ def, parts }) =>
      parts.map(([part, params]) => {
        const query = bind(def.sql, params, bound, { organizationId: `${SCOPE_ORG}.id` });
        bound.push(...selector.params);
        return `select ${SCOPE_ORG}.id as organization_id, ${SCOPE_ORG}.name as organization_name, ${SCOPE_ORG}.names as organization_names,
  ${sqlLiteral(def.code)} as code, ${sqlLiteral(part)} as part, q.value, q.numerator, q.denominator
  from organization ${SCOPE_ORG} cross join lateral (${query}) as q where ${selector.condition}`;
      }),
    )
    .join('\nunion all\n');
  const rows = await em.execute<
    (KpiRow & {
      organization_id: string;
      organization_name: string;
      organization_names: Partial<LocalizedText> | string | null;
    })[]
  >(union, bound);
  const byOrganization = new Map<string, OrganizationRows>();
  for (const row of rows) {
    let found = byOrganization.get(row.organization_id);
    if (!found) {
      const names =
        typeof row.organization_names === 'string'
          ? (JSON.parse(row.organization_names) as Partial<LocalizedText>)
          : row.organization_names;
      found = {
        organizationId: row.organization_id,
        name: localizedName(names, row.organization_name),
        rows: [],
      };
      byOrganization.set(row.organization_id, found);
    }
    found.rows.push(row);
  }
  return [...byOrganization.values()];
}

/** The plans of `definitions` for whole organisations over `period`; :organizationId comes from the organisation row. */
export function organizationPlans(
  definitions: readonly KpiDefinition[],
  period: KpiPeriod,
  now: Date,
): Plan[] {
  return definitions.map((def) => plan(def, { orgUnitPath: '/' }, period, now));
}

/** Each plan's value from an organisation's rows. */
export function organizationValues(
  plans: readonly Plan[],
  period: KpiPeriod,
  rows: readonly KpiRow[],
): KpiValue[] {
  return plans.map((planned) =>
    valueOf(planned, period, (part) =>
      rows.find((row) => row.code === planned.def.code && row.part === part),
    ),
  );
}

function sum(values: readonly (string | number | null)[]): number | null {
  const numbers = values.map(toNumber).filter((n): n is number => n !== null);
  return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
}

/** The holding's rows of a KPI: the organisations' rows summed part by part, its value by the KPI's unit. */
function aggregateRow(def: KpiDefinition, rows: readonly KpiRowFigures[]): KpiRowFigures {
  const numerator = sum(rows.map((row) => row.numerator));
  const denominator = sum(rows.map((row) => row.denominator));
  if (def.unit === 'count') return { value: sum(rows.map((row) => row.value)), numerator, denominator };
  if (def.unit === 'days') return { value: null, numerator: null, denominator };
  const value =
    numerator === null || denominator === null || denominator === 0
      ? null
      : Math.round((1000 * numerator) / denominator) / 10;
  return { value, numerator, denominator };
}

/**
 * The KPIs of the actor's organisation and of each of its direct subsidiaries side by side, and
 * the holding's aggregate, in one SQL round trip. The actor's roles in their own organisation
 * decide what they may read; a subsidiary's head (whose organisation has no subsidiaries) sees
 * their own organisation alone.
 */
export async function computeKpiValuesByOrganization(
  em: EntityManager,
  actor: Actor,
  codes: readonly string[],
  period: KpiPeriod,
  now: Date = new Date(),
): Promise<HoldingKpiValues> {
  const definitions = readableDefinitions(actor, codes, period);
  if (definitions.length === 0) return { organizations: [], aggregate: [] };
  const plans = organizationPlans(definitions, period, now);
  const found = await computeForOrganizations(em, plans, {
    condition: `(${SCOPE_ORG}.id = cast(? as uuid) or ${SCOPE_ORG}.parent_id = cast(? as uuid))`,
    params: [actor.organizationId, actor.organizationId],
  });
  const organizations = found
    .map(({ organizationId, name, rows }) => ({
      organizationId,
      name,
      own: organizationId === actor.organizationId,
      values: organizationValues(plans, period, rows),
    }))
    .sort((a, b) => Number(b.own) - Number(a.own) || a.name.ru.localeCompare(b.name.ru, 'ru'));
  const aggregate = plans.map((planned, index) => {
    const { def } = planned;
    const anyWithheld = organizations.some((organization) => organization.values[index]?.suppressed);
    const value = valueOf(
      planned,
      period,
      (part) => {
        const parts = found.flatMap(({ rows }) =>
          rows.filter((row) => row.code === def.code && row.part === part),
        );
        return parts.length === 0 ? undefined : aggregateRow(def, parts);
      },
      anyWithheld,
    );
    // A count's target (say, three responsible staff) is each organisation's own, not the holding's.
    return def.unit === 'count' ? { ...value, met: null } : value;
  });
  return { organizations, aggregate };
}

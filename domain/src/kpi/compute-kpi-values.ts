import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { NotFoundError, ValidationError } from '../kernel/errors.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import type { KpiDefinition, KpiFilter, KpiValue } from './kpi-definition.js';
import { findKpi } from './kpi-registry.js';

interface KpiParams {
  organizationId: string;
  orgUnitPath: string;
  periodFrom: Date | null;
  periodTo: Date | null;
}

interface KpiRow {
  code: string;
  value: string | number | null;
  numerator: string | number | null;
  denominator: string | number | null;
}

const NAMED_PARAM = /(?<![:\w]):(organizationId|orgUnitPath|periodFrom|periodTo)\b/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bind(sql: string, params: KpiParams, bound: unknown[]): string {
  return sql.replace(NAMED_PARAM, (_match, name: keyof KpiParams) => {
    bound.push(params[name]);
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

function isSmallCount(def: KpiDefinition, value: number | null, denominator: number | null): boolean {
  if (def.smallCountThreshold === undefined) return false;
  const counted = def.unit === 'count' ? value : denominator;
  return counted !== null && counted > 0 && counted < def.smallCountThreshold;
}

async function subtreePath(em: EntityManager, actor: Actor, orgUnitId: string | undefined): Promise<string> {
  if (orgUnitId === undefined) return '/';
  const unit = UUID.test(orgUnitId)
    ? await em.findOne(OrgUnit, { id: orgUnitId, organization: actor.organizationId }, { fields: ['path'] })
    : null;
  if (!unit) throw NotFoundError.forId('OrgUnit', orgUnitId);
  return unit.path;
}

/**
 * Computes the requested KPIs for the actor's organisation in one SQL round trip: the
 * definitions' queries joined with UNION ALL, each tagged with its code.
 */
export async function computeKpiValues(
  em: EntityManager,
  actor: Actor,
  codes: readonly string[],
  filter: KpiFilter,
): Promise<KpiValue[]> {
  const unique = [...new Set(codes)];
  const unknown = unique.filter((code) => !findKpi(code));
  if (unknown.length > 0) {
    throw ValidationError.because(`Unknown KPI: ${unknown.join(', ')}`, { codes: unknown });
  }
  if (filter.periodFrom && filter.periodTo && filter.periodFrom > filter.periodTo) {
    throw ValidationError.because('The period must start before it ends');
  }
  if (unique.length === 0) return [];
  const definitions = unique.map((code) => findKpi(code) as KpiDefinition);
  const params: KpiParams = {
    organizationId: actor.organizationId,
    orgUnitPath: await subtreePath(em, actor, filter.orgUnitId),
    periodFrom: filter.periodFrom ?? null,
    periodTo: filter.periodTo ?? null,
  };
  const bound: unknown[] = [];
  const union = definitions
    .map(
      (def) =>
        `select ${sqlLiteral(def.code)} as code, q.value, q.numerator, q.denominator from (${bind(def.sql, params, bound)}) as q`,
    )
    .join('\nunion all\n');
  const rows = await em.execute<KpiRow[]>(union, bound);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return definitions.map((def) => {
    const row = byCode.get(def.code);
    const value = toNumber(row?.value);
    const denominator = toNumber(row?.denominator);
    const suppressed = isSmallCount(def, value, denominator);
    return {
      code: def.code,
      value: suppressed ? null : value,
      numerator: suppressed ? null : toNumber(row?.numerator),
      denominator: suppressed ? null : denominator,
      target: def.target,
      // Whether a target is met would tell as much as the figure: 1 of 1 in time is "met".
      met: suppressed ? null : isMet(def, value),
      suppressed,
      orgUnitId: filter.orgUnitId ?? null,
      periodFrom: params.periodFrom,
      periodTo: params.periodTo,
    };
  });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../kernel/actor.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import type { LocalizedText } from '../kernel/locale.js';
import { isRoleCode, type RoleCode } from '../kernel/roles.js';
import { isUuid } from '../org/org-queries.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import type { KpiFilter } from './kpi-definition.js';
import { readableKpi, requireUnitBreakdown } from './kpi-drill-down.js';
import { findKpi } from './kpi-registry.js';
import { requireWholeDayBounds } from './whole-day-bounds.js';
import { wholeDays } from './whole-days.js';

/**
 * How a record's column reads:
 * - `text`: as the query gives it (a person's name, a case number);
 * - `day`: a calendar day, given by the query as text `YYYY-MM-DD` (`to_char(x, 'YYYY-MM-DD')`);
 * - `choice`: a code the column's `choices` word in every language (a status);
 * - `localized`: a jsonb `{kk, ru, en}` (a unit's names: `localizedNameSql`).
 */
export type KpiRecordColumnKind = 'text' | 'day' | 'choice' | 'localized';

export interface KpiRecordColumn {
  /** The query's column, lower case. */
  key: string;
  title: LocalizedText;
  kind: KpiRecordColumnKind;
  choices?: Readonly<Record<string, LocalizedText>>;
}

/**
 * What a KPI's figure is made of, named (issue 16.3): the people, activities or measures it
 * counts. `sql` is one SELECT over the same named parameters as the KPI's own query (so it lists
 * exactly what the figure counts), returning `id` and `label` (text) and one column per entry of
 * `columns`; the registry adds the order (by label), the page and the total. It shows what the
 * readers need to act and nothing more: a hotline case would be its number and status, never what
 * the reporter wrote.
 */
export interface KpiRecordsDefinition {
  code: string;
  /**
   * Who may see the names: narrower than the KPI's readers, who otherwise see counts only (the
   * first head, auditors and the board read how many, not who).
   */
  readers: readonly RoleCode[];
  sql: string;
  columns: readonly KpiRecordColumn[];
}

export interface KpiRecordCell {
  key: string;
  /** The text, the day or the choice's code; null for a `localized` cell or an empty one. */
  value: string | null;
  /** A `choice` or `localized` cell in every language. */
  text: LocalizedText | null;
}

export interface KpiRecord {
  id: string;
  label: string;
  cells: KpiRecordCell[];
}

export interface KpiRecordsPage {
  code: string;
  columns: readonly KpiRecordColumn[];
  rows: KpiRecord[];
  /** All the records, over every page. */
  total: number;
}

export interface KpiRecordsPaging {
  limit?: number;
  offset?: number;
}

export const MAX_KPI_RECORDS_PAGE = 100;
const DEFAULT_KPI_RECORDS_PAGE = 25;

const registry = new Map<string, KpiRecordsDefinition>();

const KEY = /^[a-z][a-z0-9_]*$/;
const RESERVED_KEYS = new Set(['id', 'label', 'total']);
const NAMED_PARAM =
  /(?<![:\w]):(organizationId|orgUnitPath|periodFrom|periodTo|periodStart|periodEnd|firstDay|lastDay|asOf)\b/g;
const PARAMS_OF = {
  instant: /(?<![:\w]):(periodStart|periodEnd|firstDay|lastDay|asOf)\b/,
  day: /(?<![:\w]):(periodFrom|periodTo)\b/,
} as const;

/** SQL: a unit's names as a jsonb `{kk, ru, en}`, its name as entered for any language it was not given in. */
export function localizedNameSql(unit: string): string {
  const pick = (locale: string) => `coalesce(nullif(btrim(${unit}.names->>'${locale}'), ''), ${unit}.name)`;
  return `jsonb_build_object('kk', ${pick('kk')}, 'ru', ${pick('ru')}, 'en', ${pick('en')})`;
}

/** Each context registers its KPIs' records once, after the KPIs themselves. */
export function registerKpiRecords(def: KpiRecordsDefinition): void {
  const existing = registry.get(def.code);
  if (existing === def) return;
  const kpi = findKpi(def.code);
  if (!kpi) throw new Error(`Records of ${def.code}: register the KPI first`);
  if (existing) throw new Error(`Records of ${def.code} are already registered`);
  if (def.sql.includes('?')) throw new Error(`Records of ${def.code}: use named parameters, not '?'`);
  const misplaced = PARAMS_OF[kpi.granularity].exec(def.sql);
  if (misplaced)
    throw new Error(`Records of ${def.code}: a KPI by ${kpi.granularity} cannot use ${misplaced[0]}`);
  if (
    def.readers.length === 0 ||
    !def.readers.every((role) => isRoleCode(role) && kpi.readers.includes(role))
  ) {
    throw new Error(`Records of ${def.code}: name the roles that may read them, among the KPI's readers`);
  }
  for (const column of def.columns) {
    if (!KEY.test(column.key) || RESERVED_KEYS.has(column.key)) {
      throw new Error(`Records of ${def.code}: ${column.key} cannot name a column`);
    }
    if ((column.kind === 'choice') !== (column.choices !== undefined)) {
      throw new Error(`Records of ${def.code}: a choice column, and only one, words its choices`);
    }
  }
  registry.set(def.code, def);
}

export function findKpiRecords(code: string): KpiRecordsDefinition | undefined {
  return registry.get(code);
}

/** Whether the actor may drill from the KPI's figure to the named records behind it. */
export function mayReadKpiRecords(actor: Actor, code: string): boolean {
  const records = registry.get(code);
  const kpi = findKpi(code);
  return (
    records !== undefined &&
    kpi !== undefined &&
    hasAnyRole(actor, records.readers) &&
    hasAnyRole(actor, kpi.readers)
  );
}

function bind(sql: string, params: Record<string, unknown>, bound: unknown[]): string {
  return sql.replace(NAMED_PARAM, (_match, name: string) => {
    bound.push(params[name] ?? null);
    return '?';
  });
}

function paging(page: KpiRecordsPaging): { limit: number; offset: number } {
  const limit = page.limit ?? DEFAULT_KPI_RECORDS_PAGE;
  const offset = page.offset ?? 0;
  if (
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_KPI_RECORDS_PAGE ||
    !Number.isInteger(offset) ||
    offset < 0
  ) {
    throw ValidationError.because('kpi.recordsPage', { max: MAX_KPI_RECORDS_PAGE });
  }
  return { limit, offset };
}

function cellOf(column: KpiRecordColumn, raw: unknown): KpiRecordCell {
  if (raw === null || raw === undefined) return { key: column.key, value: null, text: null };
  if (column.kind === 'localized') return { key: column.key, value: null, text: raw as LocalizedText };
  const value = String(raw);
  return {
    key: column.key,
    value,
    text: column.kind === 'choice' ? (column.choices?.[value] ?? null) : null,
  };
}

/**
 * Issue 16.3: the named records behind a KPI's figure, a page at a time with their total, in one
 * statement whatever the page (plus the unit's lookup when a unit is asked).
 *
 * Refused, each before anything is read: an unknown KPI, or one without records (VALIDATION); a
 * KPI the actor may not read, or whose records are not for their roles (FORBIDDEN,
 * `kpi.recordsNotAllowed`: they keep the counts); a unit on a KPI not split by unit, a day KPI's
 * bound finer than a day (VALIDATION). Another organisation's unit is NOT_FOUND; a subsidiary's
 * records are FORBIDDEN (`kpi.recordsOwnOrganization`).
 *
 * The small-group rule withholds a small unit's figures from the KPI's readers because the figures
 * could tell about a person they may not see named. Those who may read the records may see the
 * names anyway (they run the courses, the plan or the measures and see these people in their own
 * lists), so their records are shown however small the unit; everyone else is refused the records
 * of every unit, small or not, and never learns more than the suppressed figure.
 */
export async function kpiRecords(
  em: EntityManager,
  actor: Actor,
  code: string,
  filter: KpiFilter,
  page: KpiRecordsPaging = {},
  now: Date = new Date(),
): Promise<KpiRecordsPage> {
  const kpi = readableKpi(actor, code);
  const records = registry.get(kpi.code);
  if (!records) throw ValidationError.because('kpi.noRecords', { code: kpi.code });
  if (!hasAnyRole(actor, records.readers)) {
    throw ForbiddenError.because('kpi.recordsNotAllowed', {
      code: kpi.code,
      readers: records.readers.join(', '),
    });
  }
  // A subsidiary's people are its own readers' to see by name; its parent company sees the counts.
  if (filter.organizationId !== undefined && filter.organizationId !== actor.organizationId) {
    throw ForbiddenError.because('kpi.recordsOwnOrganization', { code: kpi.code });
  }
  if (filter.orgUnitId !== undefined) requireUnitBreakdown(kpi);
  if (filter.periodFrom && filter.periodTo && filter.periodFrom > filter.periodTo) {
    throw ValidationError.because('kpi.periodReversed');
  }
  requireWholeDayBounds([kpi], filter);
  const { limit, offset } = paging(page);
  let orgUnitPath = '/';
  if (filter.orgUnitId !== undefined) {
    const unit = isUuid(filter.orgUnitId)
      ? await em.findOne(
          OrgUnit,
          { id: filter.orgUnitId, organization: actor.organizationId },
          { fields: ['path'] },
        )
      : null;
    if (!unit) throw NotFoundError.forId('OrgUnit', filter.orgUnitId);
    orgUnitPath = unit.path;
  }
  const params: Record<string, unknown> = { organizationId: actor.organizationId, orgUnitPath };
  if (kpi.granularity === 'day') {
    const days = wholeDays(filter, now, { completeDaysOnly: true });
    Object.assign(params, {
      periodStart: days.start,
      periodEnd: days.end,
      firstDay: days.firstDay,
      lastDay: days.lastDay,
      asOf: days.asOf,
    });
  } else {
    Object.assign(params, { periodFrom: filter.periodFrom ?? null, periodTo: filter.periodTo ?? null });
  }
  const bound: unknown[] = [];
  const inner = bind(records.sql, params, bound);
  // One statement: the total, and the page beside it (no row of the page when it is past the end).
  const rows = await em.execute<Record<string, unknown>[]>(
    `with records as (${inner})
     select t.total, r.* from (select count(*) as total from records) t
       left join lateral (select * from records order by label, id limit ? offset ?) r on true`,
    [...bound, limit, offset],
  );
  return {
    code: kpi.code,
    columns: records.columns,
    total: Number(rows[0]?.total ?? 0),
    rows: rows
      .filter((row) => row.id !== null && row.id !== undefined)
      .map((row) => ({
        id: String(row.id),
        label: String(row.label ?? ''),
        cells: records.columns.map((column) => cellOf(column, row[column.key])),
      })),
  };
}

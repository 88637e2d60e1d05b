import { kazakhstanDaySql, startOfKazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import { NAMED_PARAM } from '../compute-kpi-values.js';
import type { KpiDefinition } from '../kpi-definition.js';

/** The schema BI tools read: views only, besides the table saying which organisations each reader sees. */
export const BI_SCHEMA = 'adal_bi';

/** PostgreSQL cuts identifiers longer than this, which would make two views' names collide silently. */
const MAX_IDENTIFIER_LENGTH = 63;

/** What a KPI's named parameters become in a view: a column of the row the KPI is computed for. */
const PARAM_COLUMNS: Record<string, string> = {
  organizationId: 'organization_id',
  orgUnitPath: 'org_unit_path',
  periodFrom: 'period_from',
  periodTo: 'period_to',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  firstDay: 'first_day',
  lastDay: 'last_day',
  asOf: 'as_of',
};

/**
 * Today in Kazakhstan, whatever the session's time zone: the views count whole days of Kazakhstan
 * as the API does (kernel/kazakhstan-time.ts).
 */
const TODAY = kazakhstanDaySql('now()');
const START_OF_TODAY = startOfKazakhstanDaySql(TODAY);

/**
 * The organisations the connected role was granted (bi:grant). The view's owner reads the table;
 * the reader does not, and `current_user` is the reader's own role however the view is owned.
 */
const GRANTED = `select g.organization_id from ${BI_SCHEMA}.reader_grant g where g.role_name = current_user::text`;

export interface BiView {
  name: string;
  sql: string;
}

function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function viewBase(def: KpiDefinition): string {
  return def.code.replace('.', '_');
}

function checkedName(name: string): string {
  if (name.length > MAX_IDENTIFIER_LENGTH) {
    throw new Error(`The BI view ${name} is longer than PostgreSQL's ${MAX_IDENTIFIER_LENGTH} characters`);
  }
  return name;
}

export function byOrgUnitViewName(def: KpiDefinition): string | null {
  return def.dimensions.includes('org_unit') ? checkedName(`${viewBase(def)}_by_org_unit`) : null;
}

export function byQuarterViewName(def: KpiDefinition): string | null {
  return def.dimensions.includes('period') ? checkedName(`${viewBase(def)}_by_quarter`) : null;
}

/** The KPI's query with each named parameter read from the lateral row `alias`. */
function boundTo(def: KpiDefinition, alias: string): string {
  return def.sql.replace(new RegExp(NAMED_PARAM.source, 'g'), (_match, name: string) => {
    const column = PARAM_COLUMNS[name];
    if (column === undefined) throw new Error(`KPI ${def.code}: no BI column for :${name}`);
    return `(${alias}.${column})`;
  });
}

/** The counted things of the small-count rule: a count's value, a share's denominator. */
function counted(def: KpiDefinition, row: string): string {
  return def.unit === 'count' ? `${row}.value::numeric` : `${row}.denominator::numeric`;
}

function between(expression: string, threshold: number): string {
  return `coalesce(${expression} > 0 and ${expression} < ${threshold}, false)`;
}

/**
 * When the figures are withheld, as computeKpiValues withholds them: a small count (with the last
 * day alone when `edge` names its row), and a small group for a unit's subtree only.
 */
function suppressedSql(def: KpiDefinition, o: { unitColumn: string | null; edge: string | null }): string {
  const rules: string[] = [];
  if (def.smallCountThreshold !== undefined) {
    rules.push(between(counted(def, 'bi_kpi'), def.smallCountThreshold));
    if (o.edge) rules.push(between(counted(def, o.edge), def.smallCountThreshold));
  }
  if (def.smallGroupThreshold !== undefined && o.unitColumn) {
    rules.push(
      `(${o.unitColumn} is not null and ${between('bi_kpi.denominator::numeric', def.smallGroupThreshold)})`,
    );
  }
  return rules.length === 0 ? 'false' : rules.join(' or ');
}

function metSql(def: KpiDefinition): string {
  if (def.target === null) return 'null::boolean';
  const operator = def.direction === 'at_least' ? '>=' : '<=';
  return `bi_kpi.value::numeric ${operator} ${def.target}`;
}

/** The figures of one row, withheld (null) when `bi_hidden.suppressed`. */
function figures(def: KpiDefinition): string {
  const shown = (expression: string, type: string) =>
    `case when bi_hidden.suppressed then null else ${expression} end::${type}`;
  return [
    `${shown('bi_kpi.value::numeric', 'numeric')} as value`,
    `${shown('bi_kpi.numerator::numeric', 'numeric')} as numerator`,
    `${shown('bi_kpi.denominator::numeric', 'numeric')} as denominator`,
    `${def.target === null ? 'null' : def.target}::numeric as target`,
    `${shown(metSql(def), 'boolean')} as met`,
    'bi_hidden.suppressed',
  ].join(',\n  ');
}

/** Columns every scope row carries for a KPI's parameters, typed as the registry binds them. */
function dayColumns(firstDay: string, lastDay: string): string {
  return `${firstDay} as first_day, ${lastDay} as last_day,
      ${startOfKazakhstanDaySql(firstDay)} as period_start,
      ${startOfKazakhstanDaySql(`(${lastDay}) + 1`)} as period_end,
      ${START_OF_TODAY} as as_of`;
}

/**
 * One row for the whole organisation (org_unit_id null) and one for each unit's subtree, over all
 * time and as of today: an `instant` KPI without bounds, a `day` KPI up to yesterday (the API's
 * default period). A `day` KPI with a small-count threshold is computed for yesterday alone too:
 * this view changes once a day, and two days' figures differ by exactly the day in between.
 */
export function byOrgUnitView(def: KpiDefinition): BiView | null {
  const name = byOrgUnitViewName(def);
  if (name === null) return null;
  const edge = def.granularity === 'day' && def.smallCountThreshold !== undefined;
  const edgeJoin = edge
    ? `cross join lateral (select bi_scope.organization_id, bi_scope.org_unit_path,
      null::timestamptz as period_from, null::timestamptz as period_to,
      ${dayColumns(`${TODAY} - 1`, `${TODAY} - 1`)}) bi_edge_scope
cross join lateral (${boundTo(def, 'bi_edge_scope')}) bi_edge`
    : '';
  const sql = `create view ${BI_SCHEMA}.${name} with (security_barrier) as
select bi_scope.organization_id, bi_scope.org_unit_id, bi_scope.org_unit_name,
  ${figures(def)}
from (
  select units.*, null::timestamptz as period_from, null::timestamptz as period_to,
    null::date as first_day, ${TODAY} - 1 as last_day, null::timestamptz as period_start,
    ${START_OF_TODAY} as period_end, ${START_OF_TODAY} as as_of
  from (
    select o.id as organization_id, null::uuid as org_unit_id, null::text as org_unit_name, '/'::text as org_unit_path
      from organization o
    union all
    select u.organization_id, u.id, u.name::text, u.path from org_unit u
  ) units
  where units.organization_id in (${GRANTED})
) bi_scope
cross join lateral (${boundTo(def, 'bi_scope')}) bi_kpi
${edgeJoin}
cross join lateral (select ${suppressedSql(def, { unitColumn: 'bi_scope.org_unit_id', edge: edge ? 'bi_edge' : null })} as suppressed) bi_hidden`;
  return { name, sql };
}

/**
 * One row for each whole calendar quarter of Kazakhstan from the one the organisation was created
 * in to the last complete one. An `instant` KPI is bounded by the start of the quarter's first day
 * and the last millisecond of its last day; a `day` KPI gets the quarter's days. The quarters are
 * fixed and never overlap, so no two rows differ by a day or two: the API's edge-day rule, which
 * guards arbitrary periods, has nothing to guard here.
 */
export function byQuarterView(def: KpiDefinition): BiView | null {
  const name = byQuarterViewName(def);
  if (name === null) return null;
  const sql = `create view ${BI_SCHEMA}.${name} with (security_barrier) as
select bi_scope.organization_id, bi_scope.quarter_start, bi_scope.quarter_end,
  ${figures(def)}
from (
  select quarters.*, '/'::text as org_unit_path,
    ${startOfKazakhstanDaySql('quarters.quarter_start')} as period_from,
    ${startOfKazakhstanDaySql('quarters.quarter_end + 1')} - interval '1 millisecond' as period_to,
    ${dayColumns('quarters.quarter_start', 'quarters.quarter_end')}
  from (
    select o.id as organization_id, q.quarter_start::date as quarter_start,
      (q.quarter_start + interval '3 months')::date - 1 as quarter_end
    from organization o
    cross join lateral generate_series(
      date_trunc('quarter', (${kazakhstanDaySql('o.created_at')})::timestamp),
      date_trunc('quarter', (${TODAY})::timestamp) - interval '3 months',
      interval '3 months') as q(quarter_start)
    where o.id in (${GRANTED})
  ) quarters
) bi_scope
cross join lateral (${boundTo(def, 'bi_scope')}) bi_kpi
cross join lateral (select ${suppressedSql(def, { unitColumn: null, edge: null })} as suppressed) bi_hidden`;
  return { name, sql };
}

/** Every KPI with its titles, paragraph, unit, target and direction, and the names of its views. */
export function kpiCatalogueView(definitions: readonly KpiDefinition[]): BiView {
  const text = (value: string | null) => (value === null ? 'null' : quoted(value));
  const rows = definitions.map((def) =>
    [
      text(def.code),
      text(def.context),
      text(def.title.kk),
      text(def.title.ru),
      text(def.title.en),
      text(def.paragraph),
      text(def.unit),
      def.target === null ? 'null' : String(def.target),
      text(def.direction),
      text(def.granularity),
      text(byOrgUnitViewName(def)),
      text(byQuarterViewName(def)),
    ].join(', '),
  );
  // An empty registry still makes a view with the catalogue's columns, and no row.
  if (rows.length === 0) rows.push(Array(12).fill('null').join(', '));
  const columns =
    'code, context, title_kk, title_ru, title_en, paragraph, unit, target, direction, granularity, by_org_unit_view, by_quarter_view';
  const sql = `create view ${BI_SCHEMA}.kpi_catalogue as
select code::text, context::text, title_kk::text, title_ru::text, title_en::text, paragraph::text,
  unit::text, target::numeric, direction::text, granularity::text, by_org_unit_view::text, by_quarter_view::text
from (values
  (${rows.join('),\n  (')})
) as catalogue(${columns})
where code is not null`;
  return { name: 'kpi_catalogue', sql };
}

/** The `create view` statements of the whole read model, the catalogue first. */
export function biViews(definitions: readonly KpiDefinition[]): BiView[] {
  const views: BiView[] = [kpiCatalogueView(definitions)];
  for (const def of definitions) {
    for (const view of [byOrgUnitView(def), byQuarterView(def)]) if (view) views.push(view);
  }
  return views;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import { wholeDays, type WholeDays } from '../../kpi/whole-days.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { isHotlineManager } from '../cases/case-access.js';
import { HOTLINE_CATEGORIES, HOTLINE_CHANNELS } from '../cases/hotline-report.entity.js';
import type { RoleCode } from '../../kernel/roles.js';
import { HOTLINE_DASHBOARD_READERS, HOTLINE_INVESTIGATORS } from '../hotline-roles.js';
import { breakdown, dashboardCell, exactCell, type DashboardCell } from './dashboard.js';

/** The org-unit breakdown's keys for a report that names nobody, or people of several units. */
export const NO_ORG_UNIT = 'none';
export const SEVERAL_ORG_UNITS = 'several';

/** One month of the trend, a month of Kazakhstan's calendar ("2026-03"). */
export interface MonthTrend {
  month: string;
  received: DashboardCell;
  /** Received that month and acknowledged within the deadline (§69: 24 hours by default). */
  acknowledgedInTime: DashboardCell;
  /** Received that month and closed within the processing deadline (§74.6). */
  processedInTime: DashboardCell;
  /** Received that month and closed as substantiated, wholly or partly. */
  substantiated: DashboardCell;
}

export interface OrgUnitCell extends DashboardCell {
  /** The unit's name; null for NO_ORG_UNIT and SEVERAL_ORG_UNITS. */
  names: LocalizedText | null;
}

/**
 * The figures the dashboard draws (§69: management monitors the hotline through compliance's
 * periodic report). Every breakdown splits the same reports, each counted once, so that with exact
 * figures their sums are `total` and the months' `received` add up to it too.
 */
export interface HotlineTrends {
  /**
   * True for the handlers (live, exact): the compliance head, over every case, and an investigator,
   * over her own; false: whole days up to yesterday, 1–4 as "< 5".
   */
  exact: boolean;
  firstDay: CalendarDay;
  lastDay: CalendarDay;
  total: DashboardCell;
  months: MonthTrend[];
  byCategory: DashboardCell[];
  byChannel: DashboardCell[];
  /**
   * By the unit of the people the report names (linked at triage): a report is never tied to its
   * reporter's unit, which could point at them.
   */
  byOrgUnit: OrgUnitCell[];
}

interface KeyCount {
  key: string;
  count: string | number;
}

/** Every month from `first` to `last` ("YYYY-MM"), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * Who reads the trends: the dashboard's readers, and the investigators, who see the figures of the
 * cases assigned to them (§69: the handlers of a case see it anyway, so theirs are exact).
 */
export const TREND_READERS: readonly RoleCode[] = [...HOTLINE_DASHBOARD_READERS, ...HOTLINE_INVESTIGATORS];

/** An investigator who is no dashboard reader: her figures are those of her own cases. */
export function readsOwnCasesOnly(actor: Actor): boolean {
  return !hasAnyRole(actor, HOTLINE_DASHBOARD_READERS) && hasAnyRole(actor, HOTLINE_INVESTIGATORS);
}

/** SQL over `hotline_report r`: the cases currently assigned to the person (its one parameter). */
export const ASSIGNED_TO_SQL = `exists (select 1 from hotline_case_assignment a
    where a.report_id = r.id and a.investigator_id = ? and a.unassigned_at is null)`;

/** The reports of the period, as SQL over `hotline_report r`, and its parameters. */
function reportsOf(actor: Actor, days: WholeDays): { where: string; params: unknown[] } {
  const own = readsOwnCasesOnly(actor);
  return {
    where: `r.organization_id = ? and (cast(? as timestamptz) is null or r.received_at >= cast(? as timestamptz))
      and r.received_at < cast(? as timestamptz)${own ? ` and ${ASSIGNED_TO_SQL}` : ''}`,
    params: [actor.organizationId, days.start, days.start, days.end, ...(own ? [actor.personId] : [])],
  };
}

const MONTH_OF_RECEIPT = `to_char(${kazakhstanDaySql('r.received_at')}, 'YYYY-MM')`;

/** SQL conditions of the trend's measures, as of `asOf` (the first parameter of each). */
export const MEASURE_SQL = {
  received: 'true',
  acknowledged_in_time:
    'r.acknowledged_at <= r.acknowledge_by and r.acknowledged_at < cast(? as timestamptz)',
  processed_in_time: 'r.closed_at <= r.process_by and r.closed_at < cast(? as timestamptz)',
  substantiated: `r.outcome in ('substantiated', 'partly_substantiated') and r.closed_at < cast(? as timestamptz)`,
} as const;
export type TrendMeasure = keyof typeof MEASURE_SQL;
export const TREND_MEASURES = Object.keys(MEASURE_SQL) as TrendMeasure[];

/** SQL: the org-unit key of each report `r` (NO_ORG_UNIT, SEVERAL_ORG_UNITS or the unit's id). */
export const ORG_UNIT_KEY_SQL = `(select case when count(distinct p.org_unit_id) = 0 then '${NO_ORG_UNIT}'
      when count(distinct p.org_unit_id) > 1 then '${SEVERAL_ORG_UNITS}'
      else min(p.org_unit_id::text) end
    from hotline_involved_person i join person p on p.id = i.person_id where i.report_id = r.id)`;

/**
 * The hotline's trends by month and its breakdowns by category, channel and org unit, over the
 * dashboard's period. The compliance head's figures are exact and live; everyone else's are taken
 * in whole days up to yesterday with 1 to 4 shown as "< 5", as the dashboard's (see
 * `hotlineDashboard`). Without a start, the period starts with the month of the first report.
 */
export async function hotlineTrends(
  em: EntityManager,
  actor: Actor,
  period: { periodFrom?: Date | null; periodTo?: Date | null } = {},
  now: Date = new Date(),
): Promise<HotlineTrends> {
  requireAnyRole(actor, TREND_READERS, 'see the hotline dashboard');
  const exact = isHotlineManager(actor) || readsOwnCasesOnly(actor);
  const days = wholeDays(period, now, { completeDaysOnly: !exact });
  const { where, params } = reportsOf(actor, days);
  const asOf = days.asOf;
  const monthly = await em.execute<
    { month: string; received: string; acknowledged: string; processed: string; substantiated: string }[]
  >(
    `select ${MONTH_OF_RECEIPT} as month, count(*) as received,
       count(*) filter (where ${MEASURE_SQL.acknowledged_in_time}) as acknowledged,
       count(*) filter (where ${MEASURE_SQL.processed_in_time}) as processed,
       count(*) filter (where ${MEASURE_SQL.substantiated}) as substantiated
     from hotline_report r where ${where} group by 1`,
    [asOf, asOf, asOf, ...params],
  );
  const grouped = (key: string) =>
    em.execute<KeyCount[]>(
      `select key, count(*) as count from (select ${key} as key from hotline_report r where ${where}) k group by key`,
      params,
    );
  const [byCategory, byChannel, byOrgUnit] = await Promise.all([
    grouped('r.category'),
    grouped('r.channel'),
    grouped(ORG_UNIT_KEY_SQL),
  ]);

  const firstMonth =
    days.firstDay?.slice(0, 7) ?? monthly.map((m) => m.month).sort()[0] ?? days.lastDay.slice(0, 7);
  const byMonth = new Map(monthly.map((m) => [m.month, m]));
  const cell = exact ? exactCell : dashboardCell;
  const months = monthsBetween(firstMonth, days.lastDay.slice(0, 7)).map((month): MonthTrend => {
    const m = byMonth.get(month);
    return {
      month,
      received: cell(month, Number(m?.received ?? 0)),
      acknowledgedInTime: cell(month, Number(m?.acknowledged ?? 0)),
      processedInTime: cell(month, Number(m?.processed ?? 0)),
      substantiated: cell(month, Number(m?.substantiated ?? 0)),
    };
  });
  const total = monthly.reduce((sum, m) => sum + Number(m.received), 0);
  const split = (rows: KeyCount[], keys: readonly string[]) => {
    const counts = new Map(rows.map((row) => [row.key, Number(row.count)]));
    return exact ? keys.map((key) => exactCell(key, counts.get(key) ?? 0)) : breakdown(counts, keys);
  };
  const unitIds = byOrgUnit
    .map((row) => row.key)
    .filter((key) => key !== NO_ORG_UNIT && key !== SEVERAL_ORG_UNITS);
  const units = unitIds.length
    ? await em.find(OrgUnit, { id: { $in: unitIds }, organization: actor.organizationId })
    : [];
  const unitNames = new Map(units.map((unit) => [unit.id, localizedName(unit.names, unit.name)]));
  const unitKeys = [
    ...units
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((unit) => unit.id),
    SEVERAL_ORG_UNITS,
    NO_ORG_UNIT,
  ].filter((key) => byOrgUnit.some((row) => row.key === key));
  return {
    exact,
    firstDay: days.firstDay ?? `${firstMonth}-01`,
    lastDay: days.lastDay,
    total: cell('total', total),
    months,
    byCategory: split(byCategory, HOTLINE_CATEGORIES),
    byChannel: split(byChannel, HOTLINE_CHANNELS),
    byOrgUnit: split(byOrgUnit, unitKeys).map((c) => ({ ...c, names: unitNames.get(c.key) ?? null })),
  };
}

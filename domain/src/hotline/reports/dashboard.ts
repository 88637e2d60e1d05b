import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { SMALL_COUNT_THRESHOLD } from '../../kpi/kpi-definition.js';
import { wholeDays } from '../../kpi/whole-days.js';
import { isHotlineManager } from '../cases/case-access.js';
import { HOTLINE_CATEGORIES, HOTLINE_STATUSES } from '../cases/hotline-report.entity.js';
import { HOTLINE_DASHBOARD_READERS } from '../hotline-roles.js';

// A breakdown cell with fewer than 5 reports is shown as "< 5", so small counts can't point at a reporter.
export { SMALL_COUNT_THRESHOLD };

export interface DashboardCell {
  key: string;
  /** Null when suppressed. */
  count: number | null;
  display: string;
}

export const AGE_BUCKETS = ['0-7', '8-30', '31-90', '90+'] as const;

/** Aggregates only: the hotline's figures never leave it as individual cases. */
export interface HotlineDashboard {
  total: DashboardCell;
  byStatus: DashboardCell[];
  byCategory: DashboardCell[];
  /** Open cases by days since receipt. */
  byAge: DashboardCell[];
  overdueAcknowledgements: DashboardCell;
  /** Percent (0–100, one decimal) of reports acknowledged in time; null when none is due yet. */
  acknowledgedInTimeShare: number | null;
  /** Percent (0–100, one decimal) of reports processed within the internal deadline (§74.6). */
  processedInTimeShare: number | null;
}

/** A figure as it is: for those who run the cases and see each of them anyway. */
export function exactCell(key: string, count: number): DashboardCell {
  return { key, count, display: String(count) };
}

export function dashboardCell(key: string, count: number): DashboardCell {
  if (count > 0 && count < SMALL_COUNT_THRESHOLD)
    return { key, count: null, display: `< ${SMALL_COUNT_THRESHOLD}` };
  return { key, count, display: String(count) };
}

/**
 * A breakdown whose total is known: when exactly one cell is suppressed, its count would follow
 * from the total minus the others, so the smallest other non-zero cell is suppressed too
 * (shown as "≥ 5": its own count is not small, only hidden).
 */
export function breakdown(counts: ReadonlyMap<string, number>, keys: readonly string[]): DashboardCell[] {
  const cells = keys.map((key) => dashboardCell(key, counts.get(key) ?? 0));
  if (cells.filter((c) => c.count === null).length !== 1) return cells;
  const shown = cells
    .filter((c) => c.count !== null && c.count > 0)
    .sort((a, b) => (a.count ?? 0) - (b.count ?? 0));
  const [smallest] = shown;
  if (smallest) {
    smallest.count = null;
    smallest.display = `≥ ${SMALL_COUNT_THRESHOLD}`;
  }
  return cells;
}

interface KeyCount {
  key: string;
  count: string | number;
}

function toMap(rows: readonly KeyCount[]): Map<string, number> {
  return new Map(rows.map((r) => [r.key, Number(r.count)]));
}

function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((1000 * numerator) / denominator) / 10;
}

/**
 * The hotline dashboard (§69: management monitors the hotline through compliance's report):
 * reports of the period by status and category, open cases by age, overdue acknowledgements
 * and the in-time shares. For the compliance head, the first head and auditors. The period is
 * made of whole days of Kazakhstan (a bound moved within its day changes nothing). The compliance
 * head runs the queue and sees each case's receipt anyway, so her figures are live and exact; everyone
 * else's end with yesterday and are taken as of the start of today, so that no figure moves
 * during the day and dates a report to the minute, and their 1 to 4 show as "< 5".
 */
export async function hotlineDashboard(
  em: EntityManager,
  actor: Actor,
  /** Reports received in the period, both days included (as the KPIs); open cases and overdue acknowledgements are as of `now` (see above). */
  period: { periodFrom?: Date | null; periodTo?: Date | null } = {},
  now: Date = new Date(),
): Promise<HotlineDashboard> {
  requireAnyRole(actor, HOTLINE_DASHBOARD_READERS, 'see the hotline dashboard');
  const exact = isHotlineManager(actor);
  const days = wholeDays(period, now, { completeDaysOnly: !exact });
  const cell = exact ? exactCell : dashboardCell;
  const split = (counts: ReadonlyMap<string, number>, keys: readonly string[]) =>
    exact ? keys.map((key) => exactCell(key, counts.get(key) ?? 0)) : breakdown(counts, keys);
  const from = days.start;
  const to = days.end;
  const asOf = days.asOf;
  const inPeriod = `organization_id = ? and (cast(? as timestamptz) is null or received_at >= cast(? as timestamptz))
    and received_at < cast(? as timestamptz)`;
  const periodParams = [actor.organizationId, from, from, to];
  const byStatus = await em.execute<KeyCount[]>(
    `select status as key, count(*) as count from hotline_report where ${inPeriod} group by status`,
    periodParams,
  );
  const byCategory = await em.execute<KeyCount[]>(
    `select category as key, count(*) as count from hotline_report where ${inPeriod} group by category`,
    periodParams,
  );
  const byAge = await em.execute<KeyCount[]>(
    `select case when age <= 7 then '0-7' when age <= 30 then '8-30' when age <= 90 then '31-90' else '90+' end as key,
        count(*) as count
     from (select floor(extract(epoch from (cast(? as timestamptz) - received_at)) / 86400) as age
           from hotline_report where organization_id = ? and status <> 'closed'
             and received_at <= cast(? as timestamptz)) open_cases
     group by 1`,
    [asOf, actor.organizationId, asOf],
  );
  const [figures] = await em.execute<
    {
      total: string;
      overdue: string;
      ack_due: string;
      ack_in_time: string;
      process_due: string;
      processed_in_time: string;
    }[]
  >(
    `select
       (select count(*) from hotline_report where ${inPeriod}) as total,
       (select count(*) from hotline_report where organization_id = ? and status <> 'closed'
          and acknowledged_at is null and acknowledge_by < cast(? as timestamptz)) as overdue,
       count(*) filter (where acknowledged_at < cast(? as timestamptz) or acknowledge_by < cast(? as timestamptz)) as ack_due,
       count(*) filter (where acknowledged_at <= acknowledge_by and acknowledged_at < cast(? as timestamptz)) as ack_in_time,
       count(*) filter (where closed_at < cast(? as timestamptz) or process_by < cast(? as timestamptz)) as process_due,
       count(*) filter (where closed_at <= process_by and closed_at < cast(? as timestamptz)) as processed_in_time
     from hotline_report where ${inPeriod}`,
    [...periodParams, actor.organizationId, asOf, asOf, asOf, asOf, asOf, asOf, asOf, ...periodParams],
  );
  const n = (value: string | undefined) => Number(value ?? 0);
  return {
    total: cell('total', n(figures?.total)),
    byStatus: split(toMap(byStatus), HOTLINE_STATUSES),
    byCategory: split(toMap(byCategory), HOTLINE_CATEGORIES),
    byAge: split(toMap(byAge), AGE_BUCKETS),
    overdueAcknowledgements: cell('overdue_acknowledgements', n(figures?.overdue)),
    acknowledgedInTimeShare: percent(n(figures?.ack_in_time), n(figures?.ack_due)),
    processedInTimeShare: percent(n(figures?.processed_in_time), n(figures?.process_due)),
  };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay, kazakhstanDaySql, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { quarterDays, quarterOrNull } from '../../kernel/quarters.js';
import { addCalendarDays, type CalendarDay } from '../../kernel/working-days.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import type { KpiDirection, KpiUnit } from '../../kpi/kpi-definition.js';
import { findKpi } from '../../kpi/kpi-registry.js';
import { Organization } from '../../org/organization.entity.js';
import { breakdown } from './dashboard.js';
import { presentKpi } from '../../kpi/kpi-title.js';
import { HOTLINE_KPIS } from './kpis.js';
import { hotlineTrends } from './trends.js';

/** A KPI of the quarter against its target, as the board reads it (1–4 withheld). */
export interface QuarterlyKpi {
  code: string;
  title: LocalizedText;
  paragraph: string;
  unit: KpiUnit;
  direction: KpiDirection;
  target: number | null;
  value: number | null;
  suppressed: boolean;
  met: boolean | null;
}

/** A month of the quarter; each figure as shown ("12", "< 5", "0"). */
export interface QuarterlyMonth {
  month: string;
  received: string;
  acknowledgedInTime: string;
  processedInTime: string;
  substantiated: string;
}

export const RECOMMENDATION_STATES = ['done_on_time', 'done_late', 'open_in_time', 'open_overdue'] as const;
export type RecommendationState = (typeof RECOMMENDATION_STATES)[number];

/**
 * What a quarterly report says, frozen when generated: aggregates only, never a case's content
 * (no report text, no names, no case numbers), and 1 to 4 shown as "< 5" as on the dashboard of
 * the first head and the board.
 */
export interface QuarterlyFigures {
  quarter: string;
  firstDay: CalendarDay;
  /** The quarter's last day, or yesterday for a quarter still running. */
  lastDay: CalendarDay;
  organizationName: LocalizedText;
  kpis: QuarterlyKpi[];
  months: QuarterlyMonth[];
  /** §69: every recommendation issued is monitored: those alive in the quarter, by state at its end. */
  recommendations: { state: RecommendationState; display: string }[];
}

/** The quarter's days, or a VALIDATION error for anything but "2026-Q1" of a quarter begun before today. */
export function hotlineQuarterDays(
  quarter: string,
  now: Date,
): { firstDay: CalendarDay; lastDay: CalendarDay } {
  const named = quarterOrNull(quarter);
  const yesterday = addCalendarDays(kazakhstanDay(now), -1);
  if (!named) throw ValidationError.because('hotline.quarterlyReport.quarter', { field: 'quarter' });
  const { from, to } = quarterDays(named);
  if (from > yesterday)
    throw ValidationError.because('hotline.quarterlyReport.quarter', { field: 'quarter' });
  return { firstDay: from, lastDay: to > yesterday ? yesterday : to };
}

/**
 * The quarter's figures as the first head and the board read them, whoever asks: the report is
 * theirs, so it is computed with their reading (whole days up to yesterday, small counts withheld).
 */
export async function quarterlyFigures(
  em: EntityManager,
  organizationId: string,
  quarter: string,
  now: Date,
): Promise<QuarterlyFigures> {
  const { firstDay, lastDay } = hotlineQuarterDays(quarter, now);
  // The board's reading; no person acts, so no person is named.
  const board: Actor = {
    personId: '00000000-0000-0000-0000-000000000000',
    organizationId,
    roles: ['board_member'],
  };
  const period = { periodFrom: startOfKazakhstanDay(firstDay), periodTo: startOfKazakhstanDay(lastDay) };
  const values = await computeKpiValues(
    em,
    board,
    HOTLINE_KPIS.map((kpi) => kpi.code),
    period,
    now,
  );
  const kpis: QuarterlyKpi[] = [];
  for (const value of values) {
    const definition = findKpi(value.code)!;
    // Titles that name the organisation's own deadlines ("within {hours} hours") are filled in.
    const { title } = await presentKpi(em, organizationId, definition);
    kpis.push({
      code: value.code,
      title,
      paragraph: definition.paragraph,
      unit: definition.unit,
      direction: definition.direction,
      target: value.target,
      value: value.value,
      suppressed: value.suppressed,
      met: value.met,
    });
  }
  const trends = await hotlineTrends(em, board, period, now);
  const asOf = startOfKazakhstanDay(addCalendarDays(lastDay, 1));
  const states = await em.execute<{ key: string; count: string }[]>(
    `select case
         when c.done_at < cast(? as timestamptz) and ${kazakhstanDaySql('c.done_at')} <= c.due_on then 'done_on_time'
         when c.done_at < cast(? as timestamptz) then 'done_late'
         when c.due_on < cast(? as date) then 'open_overdue'
         else 'open_in_time' end as key, count(*) as count
       from hotline_recommendation c
      where c.organization_id = ? and c.created_at < cast(? as timestamptz)
        and (c.done_at is null or c.done_at >= cast(? as timestamptz))
      group by 1`,
    [asOf, asOf, addCalendarDays(lastDay, 1), organizationId, asOf, startOfKazakhstanDay(firstDay)],
  );
  const organization = await em.findOneOrFail(Organization, { id: organizationId });
  return {
    quarter,
    firstDay,
    lastDay,
    organizationName: localizedName(organization.names, organization.name),
    kpis,
    months: trends.months.map((m) => ({
      month: m.month,
      received: m.received.display,
      acknowledgedInTime: m.acknowledgedInTime.display,
      processedInTime: m.processedInTime.display,
      substantiated: m.substantiated.display,
    })),
    recommendations: breakdown(
      new Map(states.map((row) => [row.key, Number(row.count)])),
      RECOMMENDATION_STATES,
    ).map((cell) => ({ state: cell.key as RecommendationState, display: cell.display })),
  };
}

import { registerKpi } from '../kpi/kpi-registry.js';
import type { KpiDefinition } from '../kpi/kpi-definition.js';
import { SMALL_COUNT_THRESHOLD } from './dashboard.js';

// Reports are not tied to an org unit (a report must not point at its reporter's unit), so the
// hotline KPIs have the period dimension only and ignore :orgUnitPath. Like the dashboard's
// cells, a period of 1 to 4 reports (or recommendations) leaves the server only as "< 5".
const REPORTS_IN_PERIOD = `from hotline_report r
    where r.organization_id = cast(:organizationId as uuid)
      and (cast(:periodFrom as timestamptz) is null or r.received_at >= cast(:periodFrom as timestamptz))
      and (cast(:periodTo as timestamptz) is null or r.received_at < cast(:periodTo as date) + 1)`;

// Days are counted in Kazakhstan (UTC+5).
const TODAY = `(now() at time zone 'UTC' + interval '5 hours')::date`;

function share(from: string, covered: string): string {
  return `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where ${covered}) / count(*), 1) end as value,
    (count(*) filter (where ${covered}))::numeric as numerator, count(*)::numeric as denominator
    ${from}`;
}

/**
 * §69: share of reports acknowledged within 24 hours (the configured deadline). Counted once
 * a report is acknowledged or its deadline has passed: a report still within it is not late yet.
 */
export const ACKNOWLEDGED_IN_TIME_KPI: KpiDefinition = {
  code: 'hotline.acknowledged_in_time',
  context: 'hotline',
  title: {
    kk: 'Сенім желісіне түскен хабарламалардың 24 сағат ішінде расталған үлесі',
    ru: 'Доля обращений на линию доверия, получение которых подтверждено в течение 24 часов',
    en: 'Share of hotline reports acknowledged within 24 hours',
  },
  paragraph: '§69',
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  smallCountThreshold: SMALL_COUNT_THRESHOLD,
  sql: share(
    `${REPORTS_IN_PERIOD} and (r.acknowledged_at is not null or r.acknowledge_by < now())`,
    'r.acknowledged_at <= r.acknowledge_by',
  ),
};

/**
 * §74.6: share of complaints processed under the internal rules: closed by the processing
 * deadline (the one interim feedback set, if any). Counted once closed or past the deadline.
 */
export const PROCESSED_IN_TIME_KPI: KpiDefinition = {
  code: 'hotline.processed_in_time',
  context: 'hotline',
  title: {
    kk: 'Ішкі ережелерге сәйкес белгіленген мерзімде қаралған өтініштер үлесі',
    ru: 'Доля обращений, рассмотренных в сроки согласно внутренним правилам',
    en: 'Share of reports processed within the internal deadline',
  },
  paragraph: '§74.6',
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  smallCountThreshold: SMALL_COUNT_THRESHOLD,
  sql: share(
    `${REPORTS_IN_PERIOD} and (r.closed_at is not null or r.process_by < now())`,
    'r.closed_at <= r.process_by',
  ),
};

/**
 * §69: share of recommendations implemented on time, among those due in the period that are
 * done or past their due date.
 */
export const RECOMMENDATIONS_ON_TIME_KPI: KpiDefinition = {
  code: 'hotline.recommendations_on_time',
  context: 'hotline',
  title: {
    kk: 'Мерзімінде орындалған ұсынымдар үлесі',
    ru: 'Доля рекомендаций, исполненных в срок',
    en: 'Share of recommendations implemented on time',
  },
  paragraph: '§69',
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  smallCountThreshold: SMALL_COUNT_THRESHOLD,
  sql: share(
    `from hotline_recommendation c
    where c.organization_id = cast(:organizationId as uuid)
      and (cast(:periodFrom as timestamptz) is null or c.due_on >= cast(:periodFrom as date))
      and (cast(:periodTo as timestamptz) is null or c.due_on <= cast(:periodTo as date))
      and (c.done_at is not null or c.due_on < ${TODAY})`,
    `(c.done_at at time zone 'UTC' + interval '5 hours')::date <= c.due_on`,
  ),
};

/** §69: how many reports the hotline received in the period (by category: the dashboard). */
export const REPORTS_COUNT_KPI: KpiDefinition = {
  code: 'hotline.reports_count',
  context: 'hotline',
  title: {
    kk: 'Сенім желісіне түскен хабарламалар саны',
    ru: 'Количество обращений на линию доверия',
    en: 'Number of hotline reports',
  },
  paragraph: '§69',
  unit: 'count',
  target: null,
  direction: 'at_least',
  dimensions: ['period'],
  smallCountThreshold: SMALL_COUNT_THRESHOLD,
  sql: `select count(*)::numeric as value, count(*)::numeric as numerator, null::numeric as denominator
    ${REPORTS_IN_PERIOD}`,
};

export const HOTLINE_KPIS: readonly KpiDefinition[] = [
  ACKNOWLEDGED_IN_TIME_KPI,
  PROCESSED_IN_TIME_KPI,
  RECOMMENDATIONS_ON_TIME_KPI,
  REPORTS_COUNT_KPI,
];

for (const kpi of HOTLINE_KPIS) registerKpi(kpi);

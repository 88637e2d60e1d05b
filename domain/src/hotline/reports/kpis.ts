import { registerKpi } from '../../kpi/kpi-registry.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import { ROLE_CODES, type RoleCode } from '../../kernel/roles.js';
import { SMALL_COUNT_THRESHOLD } from './dashboard.js';
import { HOTLINE_DASHBOARD_READERS } from '../hotline-roles.js';
import { hotlineSettings } from '../hotline-settings.js';
import { DEFAULT_ACKNOWLEDGE_HOURS } from '../hotline-settings.entity.js';
import { fillLocalized } from '../../kpi/kpi-title.js';

// The board oversees the hotline as management does (§69); its role is taken from the role list,
// so the board reads these KPIs as soon as the role exists.
const BOARD_ROLE: string = 'board_member';

/**
 * §69: management monitors the hotline through its aggregates, auditors read them (§75): the
 * dashboard's readers (the compliance head, the first head, auditors) and the board. Nobody else:
 * the figures of a hotline are about the people who reported to it.
 */
export const HOTLINE_KPI_READERS: readonly RoleCode[] = [
  ...HOTLINE_DASHBOARD_READERS,
  ...ROLE_CODES.filter((role) => role === BOARD_ROLE && !HOTLINE_DASHBOARD_READERS.includes(role)),
];

// Reports are not tied to an org unit (a report must not point at its reporter's unit), so the
// hotline KPIs have the period dimension only and ignore :orgUnitPath. They count whole days of
// Kazakhstan up to yesterday (granularity 'day'): a figure never dates a report more finely than
// its day. Like the dashboard's cells, a period of 1 to 4 reports (or recommendations) leaves the
// server only as "< 5", and so does a period whose first or last day holds 1 to 4.
const REPORTS_IN_PERIOD = `from hotline_report r
    where r.organization_id = cast(:organizationId as uuid)
      and (cast(:periodStart as timestamptz) is null or r.received_at >= cast(:periodStart as timestamptz))
      and r.received_at < cast(:periodEnd as timestamptz)`;

const AS_OF = 'cast(:asOf as timestamptz)';

/**
 * What every hotline KPI is: of the period only, in whole days, for the hotline's overseers, its
 * small counts withheld.
 */
const HOTLINE_KPI = {
  context: 'hotline',
  dimensions: ['period'],
  granularity: 'day',
  readers: HOTLINE_KPI_READERS,
  smallCountThreshold: SMALL_COUNT_THRESHOLD,
} as const satisfies Partial<KpiDefinition>;

/** A share of things done in time, which should be all of them. */
const IN_TIME_SHARE = {
  ...HOTLINE_KPI,
  unit: 'percent',
  target: 100,
  direction: 'at_least',
} as const satisfies Partial<KpiDefinition>;

function share(from: string, covered: string): string {
  return `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where ${covered}) / count(*), 1) end as value,
    (count(*) filter (where ${covered}))::numeric as numerator, count(*)::numeric as denominator
    ${from}`;
}

/** §69: what the organisation is told when its acknowledgement deadline is longer than the methodology's. */
export const ACKNOWLEDGE_ABOVE_METHODOLOGY_NOTE = {
  kk: 'Ұйым растау мерзімін {hours} сағат етіп белгілеген; Әдістеме алғашқы кері байланысты {methodologyHours} сағат ішінде беруді талап етеді (69-тармақ).',
  ru: 'Организация установила срок подтверждения {hours} ч; Методика требует первой обратной связи в течение {methodologyHours} ч (п. 69).',
  en: 'The organisation set {hours} hours to acknowledge; the methodology asks for first feedback within {methodologyHours} hours (§69).',
} as const;

/**
 * §69: share of reports acknowledged within the organisation's deadline (24 hours by default,
 * as the methodology asks; the title names the hours set). Counted once a report is acknowledged
 * or its deadline has passed, as of the start of today: a report still within it is not late yet,
 * and a step taken today shows tomorrow. Each report is held to the deadline it was received under.
 */
export const ACKNOWLEDGED_IN_TIME_KPI: KpiDefinition = {
  ...IN_TIME_SHARE,
  code: 'hotline.acknowledged_in_time',
  title: {
    kk: 'Сенім желісіне түскен хабарламалардың {hours} сағат ішінде расталған үлесі',
    ru: 'Доля обращений на линию доверия, получение которых подтверждено в течение {hours} ч',
    en: 'Share of hotline reports acknowledged within {hours} hours',
  },
  async describe(em, organizationId) {
    const hours = (await hotlineSettings(em, organizationId)).acknowledgeHours;
    const params = { hours, methodologyHours: DEFAULT_ACKNOWLEDGE_HOURS };
    return {
      params,
      note:
        hours > DEFAULT_ACKNOWLEDGE_HOURS ? fillLocalized(ACKNOWLEDGE_ABOVE_METHODOLOGY_NOTE, params) : null,
    };
  },
  paragraph: '§69',
  description: {
    kk: 'Сенім желісіне түскен хабарламалардың ұйым белгілеген мерзімде расталған үлесі: 69-тармақ алғашқы кері байланысты 24 сағат ішінде беруді талап етеді.',
    ru: 'Доля обращений на линию доверия, получение которых подтверждено в срок, установленный организацией: п. 69 требует первой обратной связи в течение 24 часов.',
    en: 'The share of hotline reports whose receipt was acknowledged within the organisation’s deadline: §69 asks for first feedback within 24 hours.',
  },
  formula: {
    kk: 'Кезеңде түскен және мерзімінде расталған хабарламалар / кезеңде түскен, расталған немесе мерзімі өткен хабарламалар × 100',
    ru: 'Обращения за период, получение которых подтверждено в срок / обращения за период, подтверждённые или с истёкшим сроком × 100',
    en: 'Reports received in the period and acknowledged by their deadline / reports received in the period that are acknowledged or past their deadline × 100',
  },
  sql: share(
    `${REPORTS_IN_PERIOD} and (r.acknowledged_at < ${AS_OF} or r.acknowledge_by < ${AS_OF})`,
    'r.acknowledged_at <= r.acknowledge_by',
  ),
};

/**
 * §74.6: share of complaints processed under the internal rules: closed by the processing
 * deadline (the one interim feedback set, if any). The deadline is the organisation's own rule
 * (30 days by default), not the methodology's, and the title says so. Counted once closed or past
 * the deadline, as of the start of today.
 */
export const PROCESSED_IN_TIME_KPI: KpiDefinition = {
  ...IN_TIME_SHARE,
  code: 'hotline.processed_in_time',
  title: {
    kk: 'Ұйымның ішкі ережесіндегі мерзімде ({days} күн) қаралған өтініштер үлесі',
    ru: 'Доля обращений, рассмотренных в срок по внутреннему правилу организации ({days} дн.)',
    en: "Share of reports processed within the organisation's own deadline ({days} days)",
  },
  async describe(em, organizationId) {
    return { params: { days: (await hotlineSettings(em, organizationId)).processingDays }, note: null };
  },
  paragraph: '§74.6',
  description: {
    kk: 'Сенім желісіне түскен өтініштердің ұйымның ішкі ережесіндегі мерзімде (әдепкі бойынша 30 күн) қаралған үлесі — 74.6-тармақ (74-тармақтың алтыншы көрсеткіші): өтініштер ішкі нормативтік құжаттарға сәйкес қаралады.',
    ru: 'Доля обращений на линию доверия, рассмотренных в срок по внутреннему правилу организации (по умолчанию 30 дней), — п. 74.6 (шестой показатель п. 74): обращения рассматриваются согласно внутренним документам.',
    en: 'The share of hotline reports processed within the organisation’s own deadline (30 days by default): §74.6 (the sixth KPI of §74), complaints processed under the internal rules.',
  },
  formula: {
    kk: 'Кезеңде түскен және қарау мерзімінде жабылған өтініштер / кезеңде түскен, жабылған немесе мерзімі өткен өтініштер × 100',
    ru: 'Обращения за период, закрытые в срок рассмотрения / обращения за период, закрытые или с истёкшим сроком × 100',
    en: 'Reports received in the period and closed by their processing deadline / reports received in the period that are closed or past that deadline × 100',
  },
  sql: share(
    `${REPORTS_IN_PERIOD} and (r.closed_at < ${AS_OF} or r.process_by < ${AS_OF})`,
    'r.closed_at <= r.process_by',
  ),
};

/**
 * §69: share of recommendations implemented on time, among those due in the period. The period
 * ends with yesterday, so each of them is done or past its due date.
 */
export const RECOMMENDATIONS_ON_TIME_KPI: KpiDefinition = {
  ...IN_TIME_SHARE,
  code: 'hotline.recommendations_on_time',
  title: {
    kk: 'Мерзімінде орындалған ұсынымдар үлесі',
    ru: 'Доля рекомендаций, исполненных в срок',
    en: 'Share of recommendations implemented on time',
  },
  paragraph: '§69',
  description: {
    kk: 'Сенім желісіне түскен хабарламалар бойынша мерзімі кезеңге келген ұсынымдардың мерзімінде орындалған үлесі: 69-тармақ хабарламаларды тексеру қорытындылары бойынша шаралар қабылдауды талап етеді.',
    ru: 'Доля рекомендаций по обращениям на линию доверия со сроком в периоде, исполненных в срок: п. 69 требует принимать меры по итогам проверки обращений.',
    en: 'The share of the recommendations arising from hotline reports, due in the period, that were implemented by their due day: §69 asks that the findings of a report are acted on.',
  },
  formula: {
    kk: 'Мерзімі кезеңге келген және мерзімінде орындалған ұсынымдар / мерзімі кезеңге келген ұсынымдар × 100',
    ru: 'Рекомендации со сроком в периоде, исполненные не позднее срока / рекомендации со сроком в периоде × 100',
    en: 'Recommendations due in the period and done by their due day / recommendations due in the period × 100',
  },
  sql: share(
    `from hotline_recommendation c
    where c.organization_id = cast(:organizationId as uuid)
      and (cast(:firstDay as date) is null or c.due_on >= cast(:firstDay as date))
      and c.due_on <= cast(:lastDay as date)`,
    `${kazakhstanDaySql('c.done_at')} <= c.due_on`,
  ),
};

/** §69: how many reports the hotline received in the period (by category: the dashboard). */
export const REPORTS_COUNT_KPI: KpiDefinition = {
  ...HOTLINE_KPI,
  code: 'hotline.reports_count',
  title: {
    kk: 'Сенім желісіне түскен хабарламалар саны',
    ru: 'Количество обращений на линию доверия',
    en: 'Number of hotline reports',
  },
  paragraph: '§69',
  description: {
    kk: 'Кезеңде сенім желісіне түскен хабарламалар саны: 69-тармақ бойынша басшылық желінің жұмысын осы қорытындылар арқылы бақылайды. 1-ден 4-ке дейінгі сан «< 5» болып көрсетіледі.',
    ru: 'Количество обращений, поступивших на линию доверия за период: по п. 69 руководство контролирует работу линии по этим итогам. От 1 до 4 обращений показываются как «< 5».',
    en: 'The number of reports the hotline received in the period: §69 has management monitor the line through these aggregates. 1 to 4 reports show as “< 5”.',
  },
  formula: {
    kk: 'Кезеңде түскен хабарламалар саны (Қазақстан уақыты бойынша кешеге дейінгі толық күндер)',
    ru: 'Количество обращений, поступивших за период (полные дни по времени Казахстана, до вчерашнего)',
    en: 'Count of reports received in the period (whole days of Kazakhstan, up to yesterday)',
  },
  unit: 'count',
  target: null,
  direction: 'at_least',
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

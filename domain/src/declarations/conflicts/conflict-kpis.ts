import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { PROGRAMME_KPI_READERS } from '../../kpi/kpi-readers.js';
import { registerKpi } from '../../kpi/kpi-registry.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';

const TODAY = kazakhstanDaySql('now()');

// The conflicts identified in the period (§15.3: the conclusion that a conflict exists), in the
// org unit subtree of the person who notified.
const IDENTIFIED_IN_PERIOD = `from conflict_of_interest_case c
    join person p on p.id = c.notifier_id
    join org_unit u on u.id = p.org_unit_id
    where c.organization_id = cast(:organizationId as uuid)
      and u.path like :orgUnitPath || '%'
      and c.identified_on is not null
      and (cast(:periodFrom as timestamptz) is null or c.identified_on >= cast(cast(:periodFrom as timestamptz) as date))
      and (cast(:periodTo as timestamptz) is null or c.identified_on <= cast(:periodTo as date))`;

/**
 * §14–§15: the programme's readers (the responsible unit, its head, the first head who decides,
 * auditors). A figure split by unit may point at the person who notified: small units withheld.
 */
const CONFLICT_KPI = {
  context: 'declarations',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: PROGRAMME_KPI_READERS,
  smallGroupThreshold: 5,
} as const satisfies Partial<KpiDefinition>;

/** §14–§15: conflicts of interest identified (found to exist by the responsible unit). */
export const CONFLICTS_IDENTIFIED_KPI: KpiDefinition = {
  ...CONFLICT_KPI,
  code: 'declarations.conflicts_identified',
  title: {
    kk: 'Анықталған мүдделер қақтығысы',
    ru: 'Выявлено конфликтов интересов',
    en: 'Conflicts of interest identified',
  },
  paragraph: '§14, §15.3',
  description: {
    kk: 'Жауапты бөлімшенің қорытындысымен кезеңде анықталған мүдделер қақтығысының саны (14-тармақ, 15.3-тармақша).',
    ru: 'Число конфликтов интересов, выявленных за период заключением ответственного подразделения (п. 14, пп. 15.3).',
    en: 'The number of conflicts of interest found to exist in the period by the responsible unit’s conclusion (§14, §15.3).',
  },
  formula: {
    kk: 'Анықталған күні кезеңге келген мүдделер қақтығысы істерінің саны',
    ru: 'Количество дел о конфликте интересов с датой выявления в периоде',
    en: 'Count of conflict-of-interest cases identified on a day of the period',
  },
  unit: 'count',
  target: null,
  direction: 'at_least',
  sql: `select count(*)::numeric as value, null::numeric as numerator, null::numeric as denominator ${IDENTIFIED_IN_PERIOD}`,
};

/**
 * §15.2–§15.6: of the conflicts identified in the period, the share settled with every step in
 * its deadline (forwarded in 3 working days, concluded in 10, decided in 10, transferred within 3
 * months). A conflict still open counts once its current step is overdue; until then it is not
 * late yet.
 */
export const CONFLICTS_SETTLED_IN_TIME_KPI: KpiDefinition = {
  ...CONFLICT_KPI,
  code: 'declarations.conflicts_settled_in_time',
  title: {
    kk: 'Мерзімінде реттелген мүдделер қақтығысының үлесі',
    ru: 'Доля конфликтов интересов, урегулированных в срок',
    en: 'Share of conflicts of interest settled within their deadlines',
  },
  paragraph: '§15.2–§15.6',
  description: {
    kk: 'Кезеңде анықталған мүдделер қақтығысының әр қадамы мерзімінде орындалып реттелген үлесі: 3 жұмыс күнінде жіберу, 10 күнде қорытынды, 10 күнде шешім, 3 ай ішінде беру (15.2–15.6-тармақшалар).',
    ru: 'Доля конфликтов интересов, выявленных в периоде, урегулированных с соблюдением срока каждого шага: передача за 3 рабочих дня, заключение за 10, решение за 10, передача дел в течение 3 месяцев (пп. 15.2–15.6).',
    en: 'Of the conflicts of interest identified in the period, the share settled with every step in its deadline: forwarded in 3 working days, concluded in 10, decided in 10, transferred within 3 months (§15.2–§15.6).',
  },
  formula: {
    kk: 'Әр қадамы мерзімінде реттелген қақтығыстар / кезеңде анықталған, реттелген немесе ағымдағы қадамы мерзімінен өткен қақтығыстар × 100',
    ru: 'Конфликты, урегулированные с соблюдением всех сроков / конфликты, выявленные в периоде, урегулированные или просроченные на текущем шаге × 100',
    en: 'Conflicts settled with every step in time / conflicts identified in the period that are settled or overdue at their current step × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  sql: `select case when count(*) filter (where counted) = 0 then null
      else round(100.0 * count(*) filter (where counted and in_time) / count(*) filter (where counted), 1) end as value,
    (count(*) filter (where counted and in_time))::numeric as numerator,
    (count(*) filter (where counted))::numeric as denominator
    from (select c.status = 'settled' and c.settled_in_time as in_time,
        c.status = 'settled' or coalesce(
          case c.status when 'awaiting_decision' then c.decide_due_on when 'awaiting_transfer' then c.transfer_due_on end,
          ${TODAY}) < ${TODAY} as counted
      ${IDENTIFIED_IN_PERIOD}) cases`,
};

export const CONFLICT_KPIS: readonly KpiDefinition[] = [
  CONFLICTS_IDENTIFIED_KPI,
  CONFLICTS_SETTLED_IN_TIME_KPI,
];

for (const kpi of CONFLICT_KPIS) registerKpi(kpi);

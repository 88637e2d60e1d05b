import { registerKpi } from '../../kpi/kpi-registry.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { PROGRAMME_KPI_READERS } from '../../kpi/kpi-readers.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import type { RoleCode } from '../../kernel/roles.js';
import { DECLARATION_OFFICERS } from '../declarations-roles.js';

/** §5, §17, §75: the programme's readers and the officers who decide on gifts. */
const GIFT_KPI_READERS: readonly RoleCode[] = [
  ...new Set([...PROGRAMME_KPI_READERS, ...DECLARATION_OFFICERS]),
];

const GIFTS_OF_UNIT = `from gift_declaration g
    join person p on p.id = g.person_id
    join org_unit u on u.id = p.org_unit_id
   where g.organization_id = cast(:organizationId as uuid) and u.path like :orgUnitPath || '%'`;

/** §17: gifts, money, services, trips and hospitality declared within the period (by the day declared). */
export const GIFTS_DECLARED_KPI: KpiDefinition = {
  code: 'declarations.gifts_declared',
  context: 'declarations',
  title: {
    kk: 'Декларацияланған сыйлықтар, сапарлар және қонақжайлылық',
    ru: 'Задекларировано подарков, поездок и гостеприимства',
    en: 'Gifts, trips and hospitality declared',
  },
  paragraph: '§17–§18',
  description: {
    kk: 'Кезеңде декларацияланған сыйлықтар, ақша, қызметтер, іссапарлар мен қонақжайлылық саны: 17–18-тармақтар қызметіне байланысты алынғанның бәрін декларациялауды талап етеді.',
    ru: 'Количество подарков, денег, услуг, поездок и гостеприимства, задекларированных за период: пп. 17–18 требуют декларировать всё полученное в связи с работой.',
    en: 'The number of gifts, money, services, trips and hospitality declared in the period: §17–§18 ask that whatever is received in connection with the job is declared.',
  },
  formula: {
    kk: 'Кезеңде берілген сыйлық декларацияларының саны',
    ru: 'Количество деклараций о подарках, поданных за период',
    en: 'Count of gift declarations made in the period',
  },
  unit: 'count',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: GIFT_KPI_READERS,
  sql: `select count(*)::numeric as value, count(*)::numeric as numerator, null::numeric as denominator
    ${GIFTS_OF_UNIT}
      and (cast(:periodFrom as timestamptz) is null or g.created_at >= cast(:periodFrom as timestamptz))
      and (cast(:periodTo as timestamptz) is null or g.created_at < cast(:periodTo as timestamptz))`,
};

/**
 * §17.3–§17.5: of the received gifts whose hand-over day fell within the period, the share decided
 * by that day (7 calendar days, 2 weeks for money received without consent). A gift counts once
 * decided or once its day has passed, as of today in Kazakhstan: one still within its term is not
 * late yet.
 */
export const GIFTS_DECIDED_IN_TIME_KPI: KpiDefinition = {
  code: 'declarations.gifts_decided_in_time',
  context: 'declarations',
  title: {
    kk: 'Заңды мерзімде шешілген сыйлықтар үлесі',
    ru: 'Доля подарков, решённых в установленный законом срок',
    en: 'Share of gifts decided within the legal deadline',
  },
  paragraph: '§17.3–§17.5',
  description: {
    kk: 'Алынған сыйлықтардың тапсыру мерзімінде шешілген үлесі: 7 күнтізбелік күн, келісімсіз алынған ақша үшін 2 апта (17.3–17.5-тармақшалар).',
    ru: 'Доля полученных подарков, решение по которым принято к сроку передачи: 7 календарных дней, 2 недели для денег, полученных без согласия (пп. 17.3–17.5).',
    en: 'The share of received gifts decided by their hand-over day: 7 calendar days, 2 weeks for money received without consent (§17.3–§17.5).',
  },
  formula: {
    kk: 'Тапсыру күні кезеңге келген және сол күнге дейін шешілген сыйлықтар / тапсыру күні кезеңге келген, шешілген немесе мерзімі өткен сыйлықтар × 100',
    ru: 'Подарки со сроком передачи в периоде, решённые не позднее него / подарки со сроком передачи в периоде, решённые или просроченные × 100',
    en: 'Gifts with a hand-over day in the period decided by it / gifts with a hand-over day in the period, decided or past it × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: GIFT_KPI_READERS,
  sql: `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where g.decided_on <= g.action_due_on) / count(*), 1) end as value,
    (count(*) filter (where g.decided_on <= g.action_due_on))::numeric as numerator, count(*)::numeric as denominator
    ${GIFTS_OF_UNIT}
      and g.action_due_on is not null
      and (g.decided_on is not null or g.action_due_on < ${kazakhstanDaySql('now()')})
      and (cast(:periodFrom as timestamptz) is null or g.action_due_on >= ${kazakhstanDaySql('cast(:periodFrom as timestamptz)')})
      and (cast(:periodTo as timestamptz) is null or g.action_due_on <= ${kazakhstanDaySql('cast(:periodTo as timestamptz)')})`,
};

export const GIFT_KPIS: readonly KpiDefinition[] = [GIFTS_DECLARED_KPI, GIFTS_DECIDED_IN_TIME_KPI];

for (const kpi of GIFT_KPIS) registerKpi(kpi);

import { SMALL_COUNT_THRESHOLD, type KpiDefinition } from '../../kpi/kpi-definition.js';
import { PROGRAMME_KPI_READERS } from '../../kpi/kpi-readers.js';
import { registerKpi } from '../../kpi/kpi-registry.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';

/**
 * §72.1, §74: the share of employees' campaign declarations due within the period (and already
 * due) that were submitted by their due date, Kazakhstan's day. Suppliers' declarations stay out:
 * they belong to no unit. A unit is its declarants' unit when they were asked.
 */
export const CAMPAIGN_ON_TIME_KPI: KpiDefinition = {
  code: 'declarations.campaign_on_time',
  context: 'declarations',
  title: {
    kk: 'Мүдделер қақтығысы туралы декларацияларды мерзімінде тапсырғандар үлесі',
    ru: 'Доля деклараций о конфликте интересов, поданных в срок',
    en: 'Share of conflict-of-interest declarations submitted on time',
  },
  paragraph: '§72.1',
  description: {
    kk: 'Мерзімі кезеңге келген қызметкерлердің мүдделер қақтығысы туралы декларацияларының мерзімінде тапсырылған үлесі: 72.1-тармақ бойынша декларациялар жыл сайын және мезгіл-мезгіл жиналады. Жабдықтаушылардың декларациялары есептелмейді.',
    ru: 'Доля деклараций работников о конфликте интересов со сроком в периоде, поданных в срок: по п. 72.1 декларации собираются ежегодно и периодически. Декларации поставщиков не учитываются.',
    en: 'Of the employees’ conflict-of-interest declarations due in the period, the share submitted by their due date: under §72.1 declarations are collected yearly and periodically. Suppliers’ declarations are left out.',
  },
  formula: {
    kk: 'Мерзімі кезеңге келген әрі өтіп кеткен, мерзімінде тапсырылған қызметкерлер декларациялары / мерзімі кезеңге келген әрі өтіп кеткен қызметкерлер декларациялары × 100',
    ru: 'Декларации работников со сроком в периоде (уже прошедшим), поданные не позднее срока / декларации работников со сроком в периоде (уже прошедшим) × 100',
    en: 'Employees’ declarations due in the period (and already due) submitted by their due day / employees’ declarations due in the period (and already due) × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  // The programme's readers, and the ethics commissioner who runs the campaigns in a state body.
  readers: [...PROGRAMME_KPI_READERS, 'ethics_commissioner'],
  // Split by unit, a group of 1 to 4 declarants would say whether a named person was late.
  smallGroupThreshold: SMALL_COUNT_THRESHOLD,
  sql: `select case when count(*) = 0 then null else round(100.0 * count(*) filter (where d.on_time) / count(*), 1) end as value,
      (count(*) filter (where d.on_time))::numeric as numerator, count(*)::numeric as denominator
    from (
      select d.submitted_at is not null
             and ${kazakhstanDaySql('d.submitted_at')} <= d.due_on as on_time
        from campaign_declaration d
        join org_unit u on u.id = d.org_unit_id
       where d.organization_id = cast(:organizationId as uuid)
         and d.person_id is not null
         and u.path like :orgUnitPath || '%'
         and d.due_on < ${kazakhstanDaySql('now()')}
         and (cast(:periodFrom as timestamptz) is null or d.due_on >= cast(cast(:periodFrom as timestamptz) as date))
         and (cast(:periodTo as timestamptz) is null or d.due_on <= cast(:periodTo as date))
    ) d`,
};

export const CAMPAIGN_KPIS = [CAMPAIGN_ON_TIME_KPI] as const;

for (const kpi of CAMPAIGN_KPIS) registerKpi(kpi);

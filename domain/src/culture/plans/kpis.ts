import { registerKpi } from '../../kpi/kpi-registry.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { PROGRAMME_KPI_READERS } from '../../kpi/kpi-readers.js';
import type { RoleCode } from '../../kernel/roles.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';

/** §35.1, §69: the programme's readers, the ethics commissioner who plans with them and the board. */
export const CULTURE_KPI_READERS: readonly RoleCode[] = [
  ...PROGRAMME_KPI_READERS,
  'ethics_commissioner',
  'board_member',
];

/** What an approved plan carries out: an approved plan, or one amended after its approval (not closed or closed). */
const CARRIED_OUT = `from culture_activity a join culture_plan pl on pl.id = a.plan_id
   where a.organization_id = cast(:organizationId as uuid)
     and (pl.status in ('approved', 'in_execution', 'closed') or pl.version > 1)`;

const TODAY = kazakhstanDaySql('now()');
/** The day the period starts on in Kazakhstan (the period's start is an instant). */
const FROM_DAY = kazakhstanDaySql('cast(:periodFrom as timestamptz)');

/**
 * §35.1: of the plan's activities due within the period — and already due as of today, so that one
 * still within its term is not counted late — the share done by their deadline. Cancelled ones
 * count as not done: the plan promised them.
 */
export const ACTIVITIES_ON_TIME_KPI: KpiDefinition = {
  code: 'culture.activities_on_time',
  context: 'culture',
  title: {
    kk: 'Мәдениет жоспарының мерзімінде орындалған іс-шараларының үлесі',
    ru: 'Доля мероприятий плана по культуре, выполненных в срок',
    en: 'Share of culture plan activities done on time',
  },
  paragraph: '§35.1',
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: CULTURE_KPI_READERS,
  sql: `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where a.status = 'done' and a.held_on <= a.deadline) / count(*), 1) end as value,
    count(*) filter (where a.status = 'done' and a.held_on <= a.deadline)::numeric as numerator,
    count(*)::numeric as denominator
    ${CARRIED_OUT}
     and a.deadline < ${TODAY}
     and (cast(:periodFrom as timestamptz) is null or a.deadline >= ${FROM_DAY})
     and (cast(:periodTo as timestamptz) is null or a.deadline <= cast(:periodTo as date))`,
};

/**
 * §35.2: of the calendar half-years begun within the period (up to today), those in which an
 * activity with the knowledge gained measured (a test, a survey, a questionnaire) was held.
 */
export const HALF_YEARS_MEASURED_KPI: KpiDefinition = {
  code: 'culture.half_years_measured',
  context: 'culture',
  title: {
    kk: 'Білімі өлшенген іс-шара өткізілген жартыжылдықтар',
    ru: 'Полугодия, в которых проведено мероприятие с измерением знаний',
    en: 'Half-years with an activity whose knowledge was measured',
  },
  paragraph: '§35.2',
  unit: 'count',
  target: null,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: CULTURE_KPI_READERS,
  sql: `select count(measured.half)::numeric as value, count(measured.half)::numeric as numerator,
      count(*)::numeric as denominator
    from generate_series(
        date_trunc('year', coalesce(${FROM_DAY}, ${TODAY} - 365)),
        least(coalesce(cast(:periodTo as date), ${TODAY}), ${TODAY}),
        interval '6 months') as half(start)
    left join (select distinct date_trunc('year', a.held_on) + case when extract(month from a.held_on) > 6
          then interval '6 months' else interval '0' end as half
        ${CARRIED_OUT} and a.status = 'done' and a.check_form <> 'none') measured on measured.half = half.start
    where half.start + interval '6 months' > coalesce(${FROM_DAY}, ${TODAY} - 365)`,
};

registerKpi(ACTIVITIES_ON_TIME_KPI);
registerKpi(HALF_YEARS_MEASURED_KPI);

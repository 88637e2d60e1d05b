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
  description: {
    kk: 'Сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру жоспарының мерзімі кезеңге келген әрі өтіп кеткен іс-шараларының мерзімінде орындалған үлесі: 35.1-тармақ бойынша бірінші басшы іс-шаралар жоспарын жыл сайын орындау мерзімдерімен бекітеді.',
    ru: 'Доля мероприятий плана по формированию антикоррупционной культуры со сроком в периоде (уже наступившим), выполненных в срок: по п. 35.1 первый руководитель ежегодно утверждает план мероприятий со сроками исполнения.',
    en: 'Of the culture plan’s activities due in the period and already due, the share done by their deadline: under §35.1 the first head approves the plan of measures every year, with its deadlines.',
  },
  formula: {
    kk: 'Бекітілген жоспардың мерзімі кезеңге келген және мерзімінде орындалған іс-шаралары / бекітілген жоспардың мерзімі кезеңге келген, бүгінге дейін өткен іс-шаралары (тоқтатылғандарын қоса) × 100',
    ru: 'Мероприятия утверждённого плана со сроком в периоде, выполненные не позднее срока / мероприятия утверждённого плана со сроком в периоде, уже наступившим (включая отменённые) × 100',
    en: 'Activities of an approved plan due in the period and done by their deadline / activities of an approved plan due in the period and already due (cancelled ones included) × 100',
  },
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
  description: {
    kk: 'Кезеңде басталған күнтізбелік жартыжылдықтардың ішінде алған білімі өлшенген (тест, сауалнама, сауалнамалық парақ) іс-шара өткізілгендерінің саны: 35.2-тармақ әр жартыжылдықта кемінде бір осындай іс-шара өткізуді талап етеді.',
    ru: 'Число календарных полугодий, начавшихся в периоде, в которых проведено мероприятие с измерением полученных знаний (тест, опрос, анкета): п. 35.2 требует не реже одного такого мероприятия в полугодие.',
    en: 'The number of calendar half-years begun in the period in which an activity measuring the knowledge gained (a test, a survey, a questionnaire) was held: §35.2 asks for at least one each half-year.',
  },
  formula: {
    kk: 'Кезеңде (кезеңі шектелмесе — соңғы 12 айда) басталған, бекітілген жоспардың білімді тексеруі бар орындалған іс-шарасы болған жартыжылдықтар саны; бөлгіш — кезеңде басталған жартыжылдықтар',
    ru: 'Количество полугодий, начавшихся в периоде (для открытого периода — за последние 12 месяцев), с выполненным мероприятием утверждённого плана с проверкой знаний; знаменатель — полугодия, начавшиеся в периоде',
    en: 'Count of half-years begun in the period (the last 12 months for an open period) with a done activity of an approved plan that checks knowledge; the denominator is the half-years begun in it',
  },
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

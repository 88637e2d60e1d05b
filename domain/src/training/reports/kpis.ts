import { registerKpi } from '../../kpi/kpi-registry.js';
import { SMALL_COUNT_THRESHOLD, type KpiDefinition } from '../../kpi/kpi-definition.js';
import { headcountFrom } from '../../org/headcount-sql.js';
import { PROGRAMME_KPI_READERS } from '../../kpi/kpi-readers.js';
import type { RoleCode } from '../../kernel/roles.js';

/** §5.3, §35: the programme's readers and the training administrators who run the courses. */
const TRAINING_KPI_READERS: readonly RoleCode[] = [...PROGRAMME_KPI_READERS, 'training_admin'];

// Split by org unit, a group of 1 to 4 people is withheld as the hotline's small counts are: its
// share would say whether a named person passed.
const TRAINING_KPI_PRIVACY = { smallGroupThreshold: SMALL_COUNT_THRESHOLD } as const;

/**
 * The people who attended a training session held within the period (§5.3, §68: seminars,
 * webinars, external courses; §5.4: upskilling), with a condition on the attendance `sa`.
 */
function peopleWhoAttended(condition: string): string {
  return `select sa.person_id from session_attendance sa join training_session s on s.id = sa.session_id
      where sa.status = 'attended' and s.status = 'held' and ${condition}
      and (cast(:periodFrom as timestamptz) is null or s.held_on >= cast(cast(:periodFrom as timestamptz) as date))
      and (cast(:periodTo as timestamptz) is null or s.held_on <= cast(:periodTo as date))`;
}

/** The headcount with `covered` (a set of person ids, each once) joined: `covered.person_id` is null for the rest. */
export function headcountCovered(covered: string): string {
  return headcountFrom(`left join (${covered}) covered on covered.person_id = p.id`);
}

function share(population: string, covered: string): string {
  return `select case when count(*) = 0 then null
      else round(100.0 * count(covered.person_id) / count(*), 1) end as value,
    count(covered.person_id)::numeric as numerator, count(*)::numeric as denominator
    ${headcountCovered(covered)} ${population}`;
}

/** A person's latest closed attempt, latest at 60 % or more, latest passed (Migration20261221090000_training_recency). */
type RecencyColumn = 'closed_at' | 'passed60_at' | 'passed_at';

/**
 * The people trained in the period, each once: those with an attempt closed within it (submitted
 * or expired) that meets `attempt`, and those who attended a session held within it as `attended`
 * says — a set of person ids a KPI joins to the headcount. `training_recency` keeps each person's
 * latest such attempt (`column`): a person whose latest falls within the period counts from that
 * row alone, and the period's attempts are read only when someone's latest came after its end
 * (for a period up to now, nobody). Each person is one row of `training_recency` or, with none
 * there, of the sessions' attendance, so no pass removes duplicates (docs/performance.md).
 */
function peopleTrained(column: RecencyColumn, attempt: string, attended: string): string {
  const end = 'cast(:periodTo as date) + 1';
  const sessions = peopleWhoAttended(attended);
  return `select r.person_id from training_recency r
      where (r.${column} is not null
          and (cast(:periodFrom as timestamptz) is null or r.${column} >= cast(:periodFrom as timestamptz))
          and (cast(:periodTo as timestamptz) is null or r.${column} < ${end}))
        or (r.${column} >= ${end} and r.person_id in (select a.person_id from attempt a
              where a.status <> 'open' and ${attempt}
                and (cast(:periodFrom as timestamptz) is null or a.submitted_at >= cast(:periodFrom as timestamptz))
                and a.submitted_at < ${end}))
        or r.person_id in (${sessions})
    union all
    select distinct x.person_id from (${sessions}) x
      where not exists (select 1 from training_recency r where r.person_id = x.person_id)`;
}

// §5.3, §35.3: a test counts when passed with at least 60 % of 100 %, whatever the test's own pass
// mark; so does a session's knowledge check.
export const PASSED_WITH_60 = peopleTrained('passed60_at', 'a.score_percent >= 60', 'sa.score_percent >= 60');
// §5.3: covered by training: took a test, or attended a session.
export const COVERED = peopleTrained('closed_at', 'true', 'true');
// §74.3: trained: passed a test, or attended a session.
const TRAINED = peopleTrained('passed_at', 'a.passed', 'true');

/** §5.3, §35.3: share of headcount who passed an anti-corruption test with at least 60 %. */
export const PASSED_SHARE_KPI: KpiDefinition = {
  code: 'training.passed_share',
  context: 'training',
  title: {
    kk: 'Сыбайлас жемқорлыққа қарсы тесттен кемінде 60 % нәтижемен өткендер үлесі',
    ru: 'Доля работников, прошедших антикоррупционное тестирование не менее чем на 60 %',
    en: 'Share of headcount who passed an anti-corruption test with at least 60 %',
  },
  paragraph: '§5.3, §35.3',
  description: {
    kk: 'Кезеңде сыбайлас жемқорлыққа қарсы тестті немесе оқыту іс-шарасындағы білімді тексеруді 100 %-дан кемінде 60 % нәтижемен тапсырған қызметкерлердің нақты штат санындағы үлесі (35.3-тармақтағы өту шегі). 5.3-тармақ оны жауапты бөлімшенің көрсеткіштері қатарында атайды.',
    ru: 'Доля фактической численности, прошедшей за период антикоррупционное тестирование или проверку знаний на обучающем мероприятии не менее чем на 60 % из 100 % (проходной порог п. 35.3). Пункт 5.3 называет этот показатель среди ключевых показателей эффективности ответственного подразделения.',
    en: 'The share of actual headcount who passed an anti-corruption test, or a training session’s knowledge check, with at least 60 % of 100 % in the period (the pass mark of §35.3). §5.3 names it among the responsible unit’s KPIs.',
  },
  formula: {
    kk: 'Кезеңде тестте немесе іс-шарадағы білімді тексеруде кемінде 60 % жинаған штаттағы қызметкерлер / нақты штат саны × 100',
    ru: 'Работники из фактической численности, набравшие за период не менее 60 % в тесте или проверке знаний на мероприятии / фактическая численность × 100',
    en: 'People on the headcount who scored at least 60 % in a test or a session’s knowledge check in the period / actual headcount × 100',
  },
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  sql: share('', PASSED_WITH_60),
};

/**
 * §35.3: the plan's target indicator is the number of people who passed the test with at least
 * 60 %; the share of headcount stands beside it.
 */
export const PASSED_COUNT_KPI: KpiDefinition = {
  code: 'training.passed_count',
  context: 'training',
  title: {
    kk: 'Сыбайлас жемқорлыққа қарсы тесттен кемінде 60 % нәтижемен өткен қызметкерлер саны',
    ru: 'Число работников, прошедших антикоррупционное тестирование не менее чем на 60 %',
    en: 'People who passed an anti-corruption test with at least 60 %',
  },
  paragraph: '§35.3',
  description: {
    kk: 'Кезеңде сыбайлас жемқорлыққа қарсы тестті немесе оқыту іс-шарасындағы білімді тексеруді кемінде 60 % нәтижемен тапсырған қызметкерлер саны — 35.3-тармақ бойынша іс-шаралар жоспарының нысаналы көрсеткіші.',
    ru: 'Число работников, прошедших за период антикоррупционное тестирование или проверку знаний на обучающем мероприятии не менее чем на 60 %, — целевой индикатор плана мероприятий по п. 35.3.',
    en: 'The number of people who passed an anti-corruption test or a session’s knowledge check with at least 60 % in the period: the target indicator §35.3 sets for the plan of measures.',
  },
  formula: {
    kk: 'Кезеңде тестте немесе іс-шарадағы білімді тексеруде кемінде 60 % жинаған штаттағы қызметкерлер саны',
    ru: 'Количество работников из фактической численности, набравших за период не менее 60 % в тесте или проверке знаний на мероприятии',
    en: 'Count of people on the headcount who scored at least 60 % in a test or a session’s knowledge check in the period',
  },
  unit: 'count',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  // The headcount is the denominator, so that a small group is withheld like a share's.
  sql: `select count(covered.person_id)::numeric as value, count(covered.person_id)::numeric as numerator,
      count(*)::numeric as denominator
    ${headcountCovered(PASSED_WITH_60)}`,
};

/** §5.3: at least 50 % of actual headcount covered by anti-corruption training (took the course's test). */
export const COVERAGE_KPI: KpiDefinition = {
  code: 'training.coverage',
  context: 'training',
  title: {
    kk: 'Сыбайлас жемқорлыққа қарсы оқытумен қамтылған нақты штат үлесі',
    ru: 'Охват фактической численности антикоррупционным обучением',
    en: 'Share of actual headcount covered by anti-corruption training',
  },
  paragraph: '§5.3',
  description: {
    kk: 'Кезеңде сыбайлас жемқорлыққа қарсы оқытумен қамтылған (тест тапсырған немесе оқыту іс-шарасына қатысқан) қызметкерлердің нақты штат санындағы үлесі. 5.3-тармақ нысаналы мәнді кемінде 50 % деп көрсетеді.',
    ru: 'Доля фактической численности, охваченной антикоррупционным обучением за период (сдавали тест или посетили обучающее мероприятие). Пункт 5.3 приводит целевое значение не менее 50 %.',
    en: 'The share of actual headcount covered by anti-corruption training in the period (took a test or attended a training session). §5.3 gives at least 50 % as the target.',
  },
  formula: {
    kk: 'Кезеңде тест тапсырған немесе өткізілген іс-шараға қатысқан штаттағы қызметкерлер / нақты штат саны × 100',
    ru: 'Работники из фактической численности, сдававшие тест или посетившие проведённое мероприятие за период / фактическая численность × 100',
    en: 'People on the headcount who took a test or attended a held session in the period / actual headcount × 100',
  },
  unit: 'percent',
  target: 50,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  sql: share('', COVERED),
};

/** §5.4: the responsible staff are trained at least once a year: passed within the 12 months before the period ends. */
export const COMPLIANCE_STAFF_TRAINED_KPI: KpiDefinition = {
  code: 'training.compliance_staff_trained',
  context: 'training',
  title: {
    kk: 'Соңғы 12 айда оқытылған комплаенс қызметкерлерінің үлесі',
    ru: 'Доля работников комплаенс-службы, обученных за последние 12 месяцев',
    en: 'Share of compliance staff trained in the last 12 months',
  },
  paragraph: '§5.4',
  description: {
    kk: 'Кезең аяқталғанға дейінгі 12 айда оқытудан өткен комплаенс-офицерлер мен комплаенс-қызмет басшыларының үлесі: 5.4-тармақ сыбайлас жемқорлықтың алдын алуға жауапты қызметкерлерді жылына кемінде бір рет оқытуды талап етеді.',
    ru: 'Доля комплаенс-офицеров и руководителей комплаенс-службы, обученных за 12 месяцев до конца периода: п. 5.4 требует обучать ответственных за противодействие коррупции не реже раза в год.',
    en: 'The share of compliance officers and heads trained in the 12 months before the period ends: §5.4 asks that those responsible for corruption prevention are trained at least once a year.',
  },
  formula: {
    kk: 'Кезең соңына дейінгі 12 айда тестті тапсырған немесе өткізілген іс-шараға қатысқан комплаенс-офицерлер мен басшылар / штаттағы комплаенс-офицерлер мен басшылар × 100',
    ru: 'Комплаенс-офицеры и руководители, сдавшие тест или посетившие проведённое мероприятие за 12 месяцев до конца периода / комплаенс-офицеры и руководители в фактической численности × 100',
    en: 'Compliance officers and heads who passed a test or attended a held session in the 12 months up to the period’s end / compliance officers and heads on the headcount × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  sql: share(
    `and exists (select 1 from role_grant g where g.person_id = p.id and g.organization_id = p.organization_id
        and g.role in ('compliance_officer', 'compliance_head'))`,
    // A handful of people: their own attempts, found through their grants, not a pass over all.
    `select a.person_id from attempt a
        join role_grant g on g.person_id = a.person_id and g.role in ('compliance_officer', 'compliance_head')
       where a.passed
        and a.submitted_at >= coalesce(cast(:periodTo as date) + 1, current_date + 1) - interval '12 months'
        and a.submitted_at < coalesce(cast(:periodTo as date) + 1, current_date + 1)
      union select sa.person_id from session_attendance sa join training_session s on s.id = sa.session_id
        join role_grant g on g.person_id = sa.person_id and g.role in ('compliance_officer', 'compliance_head')
        where sa.status = 'attended' and s.status = 'held'
          and s.held_on >= coalesce(cast(:periodTo as date) + 1, current_date + 1) - interval '12 months'
          and s.held_on < coalesce(cast(:periodTo as date) + 1, current_date + 1)`,
  ),
};

/**
 * §74.3 (the first of its three measures): the share of the trainings planned for the period —
 * sessions planned on one of its days — that were held. Sessions belong to the organisation, not
 * to a unit: the figure has the period dimension only.
 */
export const PLANNED_SESSIONS_HELD_KPI: KpiDefinition = {
  code: 'training.planned_sessions_held',
  context: 'training',
  title: {
    kk: 'Жоспарланған оқыту іс-шараларының өткізілген үлесі',
    ru: 'Доля проведённых запланированных обучающих мероприятий',
    en: 'Share of planned trainings held',
  },
  paragraph: '§74.3',
  description: {
    kk: 'Кезеңге жоспарланған оқыту іс-шараларының өткізілген үлесі — 74.3-тармақтың бірінші көрсеткіші (қызметкерлердің сыбайлас жемқорлыққа қарсы хабардарлығын арттыру үшін өткізілген оқытулар).',
    ru: 'Доля проведённых обучающих мероприятий из запланированных на период — первый показатель п. 74.3 (обучения для повышения антикоррупционной осведомлённости работников).',
    en: 'Of the training sessions planned for the period, the share held: the first measure of §74.3, trainings held to raise employees’ anti-corruption awareness.',
  },
  formula: {
    kk: 'Кезеңге жоспарланған және өткізілген іс-шаралар / кезеңге жоспарланған іс-шаралар × 100',
    ru: 'Проведённые мероприятия из запланированных на период / мероприятия, запланированные на период × 100',
    en: 'Sessions planned in the period and held / sessions planned in the period × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  sql: `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where s.status = 'held') / count(*), 1) end as value,
    (count(*) filter (where s.status = 'held'))::numeric as numerator, count(*)::numeric as denominator
    from training_session s
    where s.organization_id = cast(:organizationId as uuid)
      and (cast(:periodFrom as timestamptz) is null or s.planned_on >= cast(cast(:periodFrom as timestamptz) as date))
      and (cast(:periodTo as timestamptz) is null or s.planned_on <= cast(:periodTo as date))`,
};

/** §74.3: share of holders of positions exposed to corruption risk who were trained in the period. */
export const RISK_POSITIONS_TRAINED_KPI: KpiDefinition = {
  code: 'training.risk_positions_trained',
  context: 'training',
  title: {
    kk: 'Сыбайлас жемқорлық тәуекеліне ұшыраған лауазымдардағы оқытылған қызметкерлер үлесі',
    ru: 'Доля обученных работников на должностях, подверженных коррупционным рискам',
    en: 'Share of holders of risk-exposed positions trained',
  },
  paragraph: '§74.3',
  description: {
    kk: 'Сыбайлас жемқорлық тәуекеліне ұшыраған лауазымдардағы қызметкерлердің кезеңде оқытылған (тесттен өткен немесе іс-шараға қатысқан) үлесі — 74.3-тармақтың екінші көрсеткіші.',
    ru: 'Доля работников на должностях, подверженных коррупционным рискам, обученных за период (сдали тест или посетили мероприятие), — второй показатель п. 74.3.',
    en: 'The share of holders of positions exposed to corruption risk who were trained in the period (passed a test or attended a session): the second measure of §74.3.',
  },
  formula: {
    kk: 'Кезеңде тесттен өткен немесе өткізілген іс-шараға қатысқан тәуекелге ұшыраған лауазымдардағы қызметкерлер / штаттағы осындай лауазымдардағы қызметкерлер × 100',
    ru: 'Работники на должностях, подверженных коррупционным рискам, сдавшие тест или посетившие проведённое мероприятие за период / работники на таких должностях в фактической численности × 100',
    en: 'Holders of risk-exposed positions who passed a test or attended a held session in the period / holders of such positions on the headcount × 100',
  },
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  sql: share(
    `and exists (select 1 from position pos where pos.id = p.position_id and pos.exposed_to_corruption_risk)`,
    TRAINED,
  ),
};

/**
 * §74.3 (the third of its three measures): the share of persons subject to anti-corruption
 * restrictions — holders of posts marked as under the restrictions — who were trained in the period,
 * counted as for the posts exposed to corruption risk.
 */
export const RESTRICTED_PERSONS_TRAINED_KPI: KpiDefinition = {
  code: 'training.restricted_persons_trained',
  context: 'training',
  title: {
    kk: 'Сыбайлас жемқорлыққа қарсы шектеулер қолданылатын оқытылған тұлғалар үлесі',
    ru: 'Доля обученных лиц, на которых распространяются антикоррупционные ограничения',
    en: 'Share of persons under anti-corruption restrictions trained',
  },
  paragraph: '§74.3',
  description: {
    kk: 'Сыбайлас жемқорлыққа қарсы шектеулер қолданылатын лауазымдардағы тұлғалардың кезеңде оқытылған үлесі — 74.3-тармақтың үшінші көрсеткіші.',
    ru: 'Доля лиц, на которых распространяются антикоррупционные ограничения (занимающих такие должности), обученных за период, — третий показатель п. 74.3.',
    en: 'The share of persons subject to anti-corruption restrictions (holders of posts under them) who were trained in the period: the third measure of §74.3.',
  },
  formula: {
    kk: 'Кезеңде тесттен өткен немесе өткізілген іс-шараға қатысқан шектеулер қолданылатын лауазымдардағы тұлғалар / штаттағы осындай тұлғалар × 100',
    ru: 'Лица на должностях с антикоррупционными ограничениями, сдавшие тест или посетившие проведённое мероприятие за период / лица на таких должностях в фактической численности × 100',
    en: 'Holders of posts under anti-corruption restrictions who passed a test or attended a held session in the period / holders of such posts on the headcount × 100',
  },
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  sql: share(
    `and exists (select 1 from position pos where pos.id = p.position_id and pos.under_restrictions)`,
    TRAINED,
  ),
};

export const TRAINING_KPIS: readonly KpiDefinition[] = [
  PASSED_SHARE_KPI,
  PASSED_COUNT_KPI,
  COVERAGE_KPI,
  COMPLIANCE_STAFF_TRAINED_KPI,
  PLANNED_SESSIONS_HELD_KPI,
  RISK_POSITIONS_TRAINED_KPI,
  RESTRICTED_PERSONS_TRAINED_KPI,
];

for (const kpi of TRAINING_KPIS) registerKpi(kpi);

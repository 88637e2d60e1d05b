import { registerKpi } from '../../kpi/kpi-registry.js';
import { SMALL_COUNT_THRESHOLD, type KpiDefinition } from '../../kpi/kpi-definition.js';
import { HEADCOUNT_FROM } from '../../org/headcount-sql.js';
import { PROGRAMME_KPI_READERS } from '../../kpi/kpi-readers.js';
import type { RoleCode } from '../../kernel/roles.js';

/** §5.3, §35: the programme's readers and the training administrators who run the courses. */
const TRAINING_KPI_READERS: readonly RoleCode[] = [...PROGRAMME_KPI_READERS, 'training_admin'];

// Split by org unit, a group of 1 to 4 people is withheld as the hotline's small counts are: its
// share would say whether a named person passed.
const TRAINING_KPI_PRIVACY = { smallGroupThreshold: SMALL_COUNT_THRESHOLD } as const;

/** An attempt of person p closed within the period (submitted or expired), with an extra condition. */
function attemptInPeriod(condition: string): string {
  return `exists (select 1 from attempt a where a.person_id = p.id and a.status <> 'open' and ${condition}
      and (cast(:periodFrom as timestamptz) is null or a.submitted_at >= cast(:periodFrom as timestamptz))
      and (cast(:periodTo as timestamptz) is null or a.submitted_at < cast(:periodTo as date) + 1))`;
}

/**
 * Person p attended a training session held within the period (§5.3, §68: seminars, webinars,
 * external courses; §5.4: upskilling), with an extra condition on the attendance `sa`.
 */
function attendedInPeriod(condition: string): string {
  return `exists (select 1 from session_attendance sa join training_session s on s.id = sa.session_id
      where sa.person_id = p.id and sa.status = 'attended' and s.status = 'held' and ${condition}
      and (cast(:periodFrom as timestamptz) is null or s.held_on >= cast(cast(:periodFrom as timestamptz) as date))
      and (cast(:periodTo as timestamptz) is null or s.held_on <= cast(:periodTo as date)))`;
}

function share(population: string, covered: string): string {
  return `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where ${covered}) / count(*), 1) end as value,
    (count(*) filter (where ${covered}))::numeric as numerator, count(*)::numeric as denominator
    ${HEADCOUNT_FROM} ${population}`;
}

// §5.3, §35.3: a test counts when passed with at least 60 % of 100 %, whatever the test's own pass
// mark; so does a session's knowledge check.
const PASSED_WITH_60 = `(${attemptInPeriod('a.score_percent >= 60')} or ${attendedInPeriod('sa.score_percent >= 60')})`;
// §5.3: covered by training: took a test, or attended a session.
const COVERED = `(${attemptInPeriod('true')} or ${attendedInPeriod('true')})`;

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
  unit: 'count',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  // The headcount is the denominator, so that a small group is withheld like a share's.
  sql: `select (count(*) filter (where ${PASSED_WITH_60}))::numeric as value,
      (count(*) filter (where ${PASSED_WITH_60}))::numeric as numerator,
      count(*)::numeric as denominator
    ${HEADCOUNT_FROM}`,
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
    `(exists (select 1 from attempt a where a.person_id = p.id and a.passed
        and a.submitted_at >= coalesce(cast(:periodTo as date) + 1, current_date + 1) - interval '12 months'
        and a.submitted_at < coalesce(cast(:periodTo as date) + 1, current_date + 1))
      or exists (select 1 from session_attendance sa join training_session s on s.id = sa.session_id
        where sa.person_id = p.id and sa.status = 'attended' and s.status = 'held'
          and s.held_on >= coalesce(cast(:periodTo as date) + 1, current_date + 1) - interval '12 months'
          and s.held_on < coalesce(cast(:periodTo as date) + 1, current_date + 1)))`,
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
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  sql: share(
    `and exists (select 1 from position pos where pos.id = p.position_id and pos.exposed_to_corruption_risk)`,
    `(${attemptInPeriod('a.passed')} or ${attendedInPeriod('true')})`,
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
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: TRAINING_KPI_READERS,
  ...TRAINING_KPI_PRIVACY,
  sql: share(
    `and exists (select 1 from position pos where pos.id = p.position_id and pos.under_restrictions)`,
    `(${attemptInPeriod('a.passed')} or ${attendedInPeriod('true')})`,
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

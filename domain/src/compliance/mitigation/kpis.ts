import { registerKpi } from '../../kpi/kpi-registry.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';

const TODAY = kazakhstanDaySql('now()');
const FROM_DAY = kazakhstanDaySql('cast(:periodFrom as timestamptz)');

/**
 * §74.7: the reduction of risk levels after the measures were implemented. Over the open or
 * mitigated risks whose measures are all done (at least one), the mean relative drop of the score
 * from the score before the first measure was added (the last score recorded before it, else the
 * risk's first score) to the latest score: 100 × mean((before − latest) / before). A risk not yet
 * re-scored counts 0 %; a rise counts negative.
 */
export const RISK_REDUCTION_KPI: KpiDefinition = {
  code: 'compliance.risk_reduction',
  context: 'compliance',
  title: {
    kk: 'Шаралар орындалғаннан кейін тәуекел деңгейінің төмендеуі',
    ru: 'Снижение уровня рисков после выполнения мер',
    en: 'Reduction of risk levels after the measures were implemented',
  },
  paragraph: '§74.7',
  description: {
    kk: 'Шаралары орындалған сыбайлас жемқорлық тәуекелдері деңгейінің қаншалықты төмендегені: 74.7-тармақ енгізілген ұсынымдар нәтижесінде тәуекелдердің азаюын өлшеуді ұсынады.',
    ru: 'Насколько снизился уровень коррупционных рисков, по которым выполнены меры: п. 74.7 предлагает измерять снижение рисков в результате внедрённых рекомендаций.',
    en: 'How far the levels of corruption risks whose measures are done have fallen: §74.7 measures the reduction of corruption risks as a result of implemented recommendations.',
  },
  formula: {
    kk: 'Барлық шаралары орындалған ашық немесе жойылған тәуекелдер бойынша орташа мән: (алғашқы шараға дейінгі балл − соңғы балл) / алғашқы шараға дейінгі балл × 100; қайта бағаланбаған тәуекел 0 %, өсу теріс болып саналады',
    ru: 'Среднее по открытым или устранённым рискам, все меры по которым выполнены: (балл до первой меры − последний балл) / балл до первой меры × 100; не переоценённый риск считается 0 %, рост — отрицательным',
    en: 'Mean over the open or mitigated risks whose measures are all done of (score before the first measure − latest score) / score before the first measure × 100; a risk not re-scored counts 0 %, a rise counts negative',
  },
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: [],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `with done as (
      select m.risk_id, min(m.created_at) as first_measure
        from compliance_mitigation_measure m
       where m.organization_id = cast(:organizationId as uuid)
       group by m.risk_id
      having bool_and(m.status = 'done')),
    scored as (
      select d.risk_id,
        coalesce(
          (select s.score from compliance_risk_score s where s.risk_id = d.risk_id and s.scored_at < d.first_measure
            order by s.scored_at desc limit 1),
          (select s.score from compliance_risk_score s where s.risk_id = d.risk_id order by s.scored_at limit 1),
          r.score) as before,
        r.score as latest
        from done d join compliance_risk r on r.id = d.risk_id
       where r.status in ('open', 'mitigated'))
    select case when count(*) = 0 then null
        else round(100.0 * avg((before - latest)::numeric / before), 1) end as value,
      round(sum((before - latest)::numeric / before), 3) as numerator,
      count(*)::numeric as denominator
      from scored where before > 0`,
};

/**
 * §9.3, §5.3: of the plans' measures due within the period — and already due as of today, so that
 * one still within its term is not counted late — the share done by their deadline.
 */
export const MEASURES_ON_TIME_KPI: KpiDefinition = {
  code: 'compliance.measures_on_time',
  context: 'compliance',
  title: {
    kk: 'Мерзімінде орындалған тәуекелдерді жою шараларының үлесі',
    ru: 'Доля мер по устранению рисков, выполненных в срок',
    en: 'Share of risk mitigation measures done on time',
  },
  paragraph: '§9.3, §5.3',
  description: {
    kk: 'Тәуекелдерді жою жоспарының мерзімі кезеңге келген әрі өтіп кеткен шараларының мерзімінде орындалған үлесі (9.3-тармақ, 5.3-тармақ).',
    ru: 'Доля мер плана устранения рисков со сроком в периоде (уже наступившим), выполненных в срок (п. 9.3, п. 5.3).',
    en: 'Of the risk elimination plan’s measures due in the period and already due, the share done by their deadline (§9.3, §5.3).',
  },
  formula: {
    kk: 'Мерзімі кезеңге келген және мерзімінде орындалған шаралар / мерзімі кезеңге келген, бүгінге дейін өткен шаралар × 100',
    ru: 'Меры со сроком в периоде, выполненные не позднее срока / меры со сроком в периоде, уже наступившим × 100',
    en: 'Measures due in the period and done by their deadline / measures due in the period and already due × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where m.status = 'done' and m.done_on <= m.deadline) / count(*), 1) end as value,
    count(*) filter (where m.status = 'done' and m.done_on <= m.deadline)::numeric as numerator,
    count(*)::numeric as denominator
    from compliance_mitigation_measure m
   where m.organization_id = cast(:organizationId as uuid)
     and m.deadline < ${TODAY}
     and (cast(:periodFrom as timestamptz) is null or m.deadline >= ${FROM_DAY})
     and (cast(:periodTo as timestamptz) is null or m.deadline <= cast(:periodTo as date))`,
};

/** §9.3, §5.3: of the open risks of the register, the share with at least one measure in a plan. */
export const RISKS_WITH_MEASURES_KPI: KpiDefinition = {
  code: 'compliance.risks_with_measures',
  context: 'compliance',
  title: {
    kk: 'Жою шарасы бар ашық тәуекелдердің үлесі',
    ru: 'Доля открытых рисков, по которым есть мера устранения',
    en: 'Share of open risks with a mitigation measure',
  },
  paragraph: '§9.3, §5.3',
  description: {
    kk: 'Тізілімдегі ашық тәуекелдердің жоспарда кемінде бір жою шарасы бар үлесі: 9.3-тармақ анықталған әр тәуекелді жою шараларын жоспарлауды талап етеді.',
    ru: 'Доля открытых рисков реестра, по которым в плане есть хотя бы одна мера устранения: п. 9.3 требует планировать меры по каждому выявленному риску.',
    en: 'The share of the register’s open risks with at least one elimination measure in a plan: §9.3 asks that measures are planned for every identified risk.',
  },
  formula: {
    kk: 'Кемінде бір шарасы бар ашық тәуекелдер / ашық тәуекелдер × 100',
    ru: 'Открытые риски хотя бы с одной мерой / открытые риски × 100',
    en: 'Open risks with at least one measure / open risks × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: [],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where exists (select 1 from compliance_mitigation_measure m where m.risk_id = r.id)) / count(*), 1) end as value,
    count(*) filter (where exists (select 1 from compliance_mitigation_measure m where m.risk_id = r.id))::numeric as numerator,
    count(*)::numeric as denominator
    from compliance_risk r
   where r.organization_id = cast(:organizationId as uuid) and r.status = 'open'`,
};

registerKpi(RISK_REDUCTION_KPI);
registerKpi(MEASURES_ON_TIME_KPI);
registerKpi(RISKS_WITH_MEASURES_KPI);

import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { registerKpi } from '../../kpi/kpi-registry.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { MIN_RESPONSIBLE_PEOPLE, RESPONSIBLE_ROLES } from '../service/compliance-service.js';
import { RESOURCES_SUFFICIENT_CODE } from './board-figures.js';

/** The day the period starts on in Kazakhstan (the period's start is an instant). */
const FROM_DAY = kazakhstanDaySql('cast(:periodFrom as timestamptz)');
const ROLES = RESPONSIBLE_ROLES.map((role) => `'${role}'`).join(', ');

/**
 * §74.2: of the members of management named in the management plans of the period's years, the
 * share who took part in at least one of their planned activities within the period:
 * 100 × (members with a participation day in the period) / (members of the plans). Each plan
 * counts its members once. No plan (or one without members) for the period: no value, not 0.
 */
export const MANAGEMENT_PARTICIPATION_KPI: KpiDefinition = {
  code: 'compliance.management_participation',
  context: 'compliance',
  title: {
    kk: 'Басшылықтың сыбайлас жемқорлыққа қарсы іс-шараларға қатысуы',
    ru: 'Участие руководства в продвижении антикоррупционных мер',
    en: 'Management participation in promoting anti-corruption',
  },
  paragraph: '§74.2',
  description: {
    kk: 'Кезең жылдарының басшылыққа арналған жоспарларына енгізілген басшылық мүшелерінің жоспарланған іс-шараның кемінде біреуіне қатысқан үлесі: 74.2-тармақ басшылықтың сыбайлас жемқорлыққа қарсы іс-қимылды ілгерілетуге 100 % қатысуын және оған арналған жоспарды талап етеді.',
    ru: 'Доля членов руководства, включённых в планы для руководства на годы периода, принявших участие хотя бы в одном запланированном мероприятии: п. 74.2 требует 100 % участия руководства в продвижении антикоррупционных мер и плана для него.',
    en: 'Of the members of management named in the management plans of the period’s years, the share who took part in at least one planned activity: §74.2 asks for management’s 100 % participation in promoting anti-corruption, with a plan for it.',
  },
  formula: {
    kk: 'Кезеңде қатысқан күні белгіленген жоспар мүшелері / кезең жылдарындағы басшылық жоспарларының мүшелері × 100',
    ru: 'Члены плана с датой участия в периоде / члены планов для руководства на годы периода × 100',
    en: 'Plan members with a participation day in the period / members of the management plans of the period’s years × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `with members as (
      select distinct p.id as plan_id, cast(m.person_id as uuid) as person_id
        from compliance_management_plan p
        cross join lateral jsonb_array_elements_text(p.members) as m(person_id)
       where p.organization_id = cast(:organizationId as uuid)
         and (cast(:periodFrom as timestamptz) is null or p.year >= extract(year from ${FROM_DAY}))
         and (cast(:periodTo as timestamptz) is null or p.year <= extract(year from cast(:periodTo as date)))),
    marks as (
      select mb.plan_id, mb.person_id, exists (
          select 1 from compliance_management_activity a
           where a.plan_id = mb.plan_id and a.person_id = mb.person_id and a.participated_on is not null
             and (cast(:periodFrom as timestamptz) is null or a.participated_on >= ${FROM_DAY})
             and (cast(:periodTo as timestamptz) is null or a.participated_on <= cast(:periodTo as date))
        ) as took
        from members mb)
    select case when count(*) = 0 then null
        else round(100.0 * count(*) filter (where took) / count(*), 1) end as value,
      count(*) filter (where took)::numeric as numerator,
      count(*)::numeric as denominator
      from marks`,
};

/**
 * §74.5, §66.2, §5: whether the compliance function's resources suffice, on two conditions —
 * (1) the latest report to the board submitted by the end of the period assesses them as
 * sufficient, (2) at least 3 people are responsible for corruption prevention (the holders of the
 * responsible roles and the service's members, active, each once, as the service counts them).
 * Value = 100 × (conditions met) / 2: 100 % both, 50 % one, 0 % neither. No report submitted yet:
 * no value.
 */
export const RESOURCES_SUFFICIENT_KPI: KpiDefinition = {
  code: RESOURCES_SUFFICIENT_CODE,
  context: 'compliance',
  title: {
    kk: 'Комплаенс-бағдарламаны іске асыруға ресурстардың жеткіліктілігі',
    ru: 'Достаточность ресурсов для реализации комплаенс-программы',
    en: 'Sufficiency of resources for the compliance programme',
  },
  paragraph: '§74.5, §66.2, §5',
  description: {
    kk: 'Комплаенс-бағдарламаны іске асыруға ресурстардың жеткіліктілігі (74.5-тармақ): директорлар кеңесіне соңғы есепте ресурстар жеткілікті деп бағаланған (66.2-тармақша) және сыбайлас жемқорлықтың алдын алуға кемінде 3 адам жауапты (5-тармақ).',
    ru: 'Достаточность ресурсов для реализации комплаенс-программы (п. 74.5): последний отчёт совету директоров оценивает ресурсы как достаточные (пп. 66.2), и за противодействие коррупции отвечают не менее 3 человек (п. 5).',
    en: 'Whether the compliance programme has sufficient resources (§74.5): the latest report to the board assesses them as sufficient (§66.2), and at least 3 people are responsible for corruption prevention (§5).',
  },
  formula: {
    kk: 'Орындалған шарттар / 2 × 100: кезең соңына дейін ұсынылған соңғы есеп ресурстарды жеткілікті деп бағалайды; жауапты рөлі бар немесе комплаенс-қызмет құрамындағы жұмыстағы адамдар кемінде 3',
    ru: 'Выполненные условия / 2 × 100: последний отчёт, представленный до конца периода, оценивает ресурсы как достаточные; не менее 3 работающих человек с ответственной ролью или в составе комплаенс-службы',
    en: 'Conditions met / 2 × 100: the latest report submitted by the period’s end assesses resources as sufficient; at least 3 active people hold a responsible role or are members of the service',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: [],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `with latest as (
      select r.resource_assessment from compliance_board_report r
       where r.organization_id = cast(:organizationId as uuid) and r.status = 'submitted'
         and (cast(:periodTo as timestamptz) is null or r.submitted_at <= cast(:periodTo as timestamptz))
       order by r.submitted_at desc limit 1),
    staff as (
      select count(*) as people from (
        select g.person_id from role_grant g join person pe on pe.id = g.person_id and pe.active
         where g.organization_id = cast(:organizationId as uuid) and g.role in (${ROLES})
        union
        select pe.id from compliance_service s
          cross join lateral jsonb_array_elements(s.members) as m(item)
          join person pe on pe.id = cast(m.item->>'personId' as uuid) and pe.active
         where s.organization_id = cast(:organizationId as uuid)) as responsible),
    met as (
      select (case when l.resource_assessment = 'sufficient' then 1 else 0 end)
           + (case when s.people >= ${MIN_RESPONSIBLE_PEOPLE} then 1 else 0 end) as conditions
        from latest l cross join staff s)
    select (select round(100.0 * conditions / 2, 1) from met) as value,
      (select conditions::numeric from met) as numerator,
      (select 2::numeric from met) as denominator`,
};

registerKpi(MANAGEMENT_PARTICIPATION_KPI);
registerKpi(RESOURCES_SUFFICIENT_KPI);

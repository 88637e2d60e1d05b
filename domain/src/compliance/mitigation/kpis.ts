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

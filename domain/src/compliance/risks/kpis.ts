import { registerKpi } from '../../kpi/kpi-registry.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';

/**
 * §5.3 (the text's own example of a responsible unit's KPI): of the risks found by the internal
 * and the external analysis of corruption risks and entered in the register within the period, the
 * share eliminated (status mitigated) as the register stands now.
 */
export const RISKS_MITIGATED_KPI: KpiDefinition = {
  code: 'compliance.risks_mitigated_share',
  context: 'compliance',
  title: {
    kk: 'Ішкі және сыртқы талдаумен анықталған тәуекелдердің жойылғандарының үлесі',
    ru: 'Доля устранённых рисков из выявленных внутренним и внешним анализом',
    en: 'Share of risks found by internal and external analysis that were eliminated',
  },
  paragraph: '§5.3',
  description: {
    kk: 'Кезеңде ішкі және сыртқы талдаумен анықталып тізілімге енгізілген сыбайлас жемқорлық тәуекелдерінің қазіргі уақытта жойылған үлесі — 5.3-тармақтағы жауапты бөлімше көрсеткішінің мысалы.',
    ru: 'Доля коррупционных рисков, выявленных внутренним и внешним анализом и внесённых в реестр за период, устранённых на сегодня, — пример ключевого показателя эффективности ответственного подразделения из п. 5.3.',
    en: 'Of the corruption risks found by internal and external analysis and entered in the register in the period, the share eliminated as the register now stands: §5.3’s own example of a responsible unit’s KPI.',
  },
  formula: {
    kk: 'Кезеңде енгізілген, ішкі немесе сыртқы талдаудан анықталған, қазір жойылған тәуекелдер / кезеңде енгізілген, ішкі немесе сыртқы талдаудан анықталған тәуекелдер × 100',
    ru: 'Риски из внутреннего или внешнего анализа, внесённые за период и ныне устранённые / риски из внутреннего или внешнего анализа, внесённые за период × 100',
    en: 'Risks from internal or external analysis entered in the period and now mitigated / risks from internal or external analysis entered in the period × 100',
  },
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where r.status = 'mitigated') / count(*), 1) end as value,
    count(*) filter (where r.status = 'mitigated')::numeric as numerator, count(*)::numeric as denominator
    from compliance_risk r
   where r.organization_id = cast(:organizationId as uuid)
     and r.source in ('internal_analysis', 'external_analysis')
     and (cast(:periodFrom as timestamptz) is null or r.created_at >= cast(:periodFrom as timestamptz))
     and (cast(:periodTo as timestamptz) is null or r.created_at < cast(:periodTo as timestamptz))`,
};

registerKpi(RISKS_MITIGATED_KPI);

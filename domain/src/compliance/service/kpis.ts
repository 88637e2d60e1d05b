import { registerKpi } from '../../kpi/kpi-registry.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { PROGRAMME_POLICIES } from './checklist-item.entity.js';

const POLICY_CODES = PROGRAMME_POLICIES.map((code) => `'${code}'`).join(', ');

/** §67: of the 9 recommended policies and procedures, the share the organisation has adopted (as of now). */
export const POLICIES_ADOPTED_KPI: KpiDefinition = {
  code: 'compliance.policies_adopted',
  context: 'compliance',
  title: {
    kk: '§67 ұсынған саясаттар мен рәсімдердің қабылданған үлесі',
    ru: 'Доля принятых политик и процедур, рекомендованных §67',
    en: 'Share of the §67 policies and procedures adopted',
  },
  paragraph: '§67',
  description: {
    kk: '67-тармақ ұсынған 9 саясат пен рәсімнің ұйымда қазір қабылданған үлесі.',
    ru: 'Доля из 9 политик и процедур, рекомендованных п. 67, принятых в организации на сегодня.',
    en: 'Of the 9 policies and procedures §67 recommends, the share the organisation has adopted, as of now.',
  },
  formula: {
    kk: 'Қабылданған ұсынылған саясаттар мен рәсімдер / 9 × 100',
    ru: 'Принятые рекомендованные политики и процедуры / 9 × 100',
    en: 'Recommended policies and procedures adopted / 9 × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: [],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `select round(100.0 * count(i.id) / ${PROGRAMME_POLICIES.length}, 1) as value,
      count(i.id)::numeric as numerator, ${PROGRAMME_POLICIES.length}::numeric as denominator
    from compliance_checklist_item i
    where i.organization_id = cast(:organizationId as uuid) and i.status = 'adopted'
      and i.code in (${POLICY_CODES})`,
};

/**
 * §74, §61.B2: how far the processes assessed when sizing the service are automated — a fully
 * automated process counts 1, a partly automated one 0.5, a manual one 0; the value is their sum
 * over the number of processes, as a percentage. None assessed: no value.
 */
export const PROCESSES_AUTOMATED_KPI: KpiDefinition = {
  code: 'compliance.processes_automated',
  context: 'compliance',
  title: {
    kk: 'Автоматтандырылған комплаенс процестерінің үлесі',
    ru: 'Доля автоматизированных процессов комплаенса',
    en: 'Share of compliance processes automated',
  },
  paragraph: '§74',
  description: {
    kk: 'Комплаенс-қызметтің санын есептеу кезінде бағаланған процестердің қаншалықты автоматтандырылғаны — 74-тармақтың төртінші көрсеткіші: сыбайлас жемқорлыққа қарсы комплаенс процестерін автоматтандыру.',
    ru: 'Насколько автоматизированы процессы, оценённые при расчёте численности комплаенс-службы, — четвёртый показатель п. 74: автоматизация процессов антикоррупционного комплаенса.',
    en: 'How far the processes assessed when sizing the compliance service are automated: §74’s fourth KPI, automation of anti-corruption compliance processes.',
  },
  formula: {
    kk: '(толық автоматтандырылған процестер + 0,5 × ішінара автоматтандырылған процестер) / бағаланған процестер × 100',
    ru: '(полностью автоматизированные процессы + 0,5 × частично автоматизированные) / оценённые процессы × 100',
    en: '(fully automated processes + 0.5 × partly automated processes) / processes assessed × 100',
  },
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: [],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `select case when count(r.item) = 0 then null
      else round(100.0 * sum(case r.item->>'automation' when 'full' then 1 when 'partial' then 0.5 else 0 end)
        / count(r.item), 1) end as value,
    sum(case r.item->>'automation' when 'full' then 1 when 'partial' then 0.5 else 0 end)::numeric as numerator,
    count(r.item)::numeric as denominator
    from compliance_service s cross join lateral jsonb_array_elements(s.sizing) as r(item)
    where s.organization_id = cast(:organizationId as uuid)`,
};

registerKpi(POLICIES_ADOPTED_KPI);
registerKpi(PROCESSES_AUTOMATED_KPI);

import { registerKpi } from '../../kpi/kpi-registry.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';

const TODAY = kazakhstanDaySql('now()');
const FROM_DAY = kazakhstanDaySql('cast(:periodFrom as timestamptz)');

/**
 * §66.1: of the programme's actions due within the period — and already due as of today, so that
 * one still within its term is not counted late — and not cancelled, the share done by their due day.
 */
export const PROGRAMME_ON_TIME_KPI: KpiDefinition = {
  code: 'compliance.programme_on_time',
  context: 'compliance',
  title: {
    kk: 'Комплаенс-бағдарламаның мерзімінде орындалған іс-шараларының үлесі',
    ru: 'Доля мероприятий комплаенс-программы, выполненных в срок',
    en: 'Share of compliance programme actions done on time',
  },
  paragraph: '§66',
  description: {
    kk: 'Комплаенс-бағдарламаның мерзімі кезеңге келген әрі өтіп кеткен, тоқтатылмаған іс-шараларының мерзімінде орындалған үлесі (66-тармақ: бағдарлама іс-шаралары жауаптылары мен мерзімдерімен).',
    ru: 'Доля мероприятий комплаенс-программы со сроком в периоде (уже наступившим), не отменённых, выполненных в срок (п. 66: мероприятия программы с ответственными и сроками).',
    en: 'Of the compliance programme’s actions due in the period and already due, not cancelled, the share done by their due day (§66: the programme’s actions with owners and deadlines).',
  },
  formula: {
    kk: 'Мерзімі кезеңге келген және мерзімінде орындалған іс-шаралар / мерзімі кезеңге келген, бүгінге дейін өткен, тоқтатылмаған іс-шаралар × 100',
    ru: 'Мероприятия со сроком в периоде, выполненные не позднее срока / неотменённые мероприятия со сроком в периоде, уже наступившим × 100',
    en: 'Actions due in the period and done by their due day / actions due in the period and already due, not cancelled × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where i.status = 'done' and i.done_on <= i.due_on) / count(*), 1) end as value,
    count(*) filter (where i.status = 'done' and i.done_on <= i.due_on)::numeric as numerator,
    count(*)::numeric as denominator
    from compliance_programme_item i
   where i.organization_id = cast(:organizationId as uuid)
     and i.status <> 'cancelled'
     and i.due_on < ${TODAY}
     and (cast(:periodFrom as timestamptz) is null or i.due_on >= ${FROM_DAY})
     and (cast(:periodTo as timestamptz) is null or i.due_on <= cast(:periodTo as date))`,
};

/**
 * §66: the programme is presented to management (target 100 % of those invited, as §74.2 asks of
 * management's participation, which compliance.management_participation follows through the
 * management plan): over the presentations to management held within the period, those present
 * of those invited: 100 × Σ present / Σ invited.
 */
export const PRESENTATION_ATTENDANCE_KPI: KpiDefinition = {
  code: 'compliance.programme_presentation_attendance',
  context: 'compliance',
  title: {
    kk: 'Басшылықтың бағдарлама таныстырылымдарына қатысуы',
    ru: 'Участие руководства в презентациях программы',
    en: 'Management’s attendance at the programme’s presentations',
  },
  paragraph: '§66',
  description: {
    kk: 'Басшылықтың кезеңде өткізілген комплаенс-бағдарлама таныстырылымдарына қатысуы: 66-тармақ бағдарламаны басшылыққа таныстыруды талап етеді, нысаналы мән 74.2-тармақтағыдай 100 %.',
    ru: 'Участие руководства в презентациях комплаенс-программы, проведённых в периоде: п. 66 требует представлять программу руководству, целевое значение — 100 %, как в п. 74.2.',
    en: 'Management’s attendance at the presentations of the compliance programme held in the period: §66 asks that the programme is presented to management, with §74.2’s 100 % as the target.',
  },
  formula: {
    kk: 'Кезеңде өткізілген басшылыққа арналған таныстырылымдарға қатысқандар / оларға шақырылғандар × 100',
    ru: 'Присутствовавшие на презентациях для руководства, проведённых в периоде / приглашённые на них × 100',
    en: 'People present at the management presentations held in the period / people invited to them × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `select case when coalesce(sum(cardinality(p.invited_ids)), 0) = 0 then null
      else round(100.0 * sum(cardinality(p.present_ids)) / sum(cardinality(p.invited_ids)), 1) end as value,
    coalesce(sum(cardinality(p.present_ids)), 0)::numeric as numerator,
    coalesce(sum(cardinality(p.invited_ids)), 0)::numeric as denominator
    from compliance_programme_presentation p
   where p.organization_id = cast(:organizationId as uuid)
     and p.audience = 'management'
     and (cast(:periodFrom as timestamptz) is null or p.presented_on >= ${FROM_DAY})
     and (cast(:periodTo as timestamptz) is null or p.presented_on <= cast(:periodTo as date))`,
};

registerKpi(PROGRAMME_ON_TIME_KPI);
registerKpi(PRESENTATION_ATTENDANCE_KPI);

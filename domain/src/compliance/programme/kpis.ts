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

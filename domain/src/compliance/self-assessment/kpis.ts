import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { registerKpi } from '../../kpi/kpi-registry.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';

const TODAY = kazakhstanDaySql('now()');
const FROM_DAY = kazakhstanDaySql('cast(:periodFrom as timestamptz)');

/**
 * §73 step 5, §74: of the improvement-plan items due within the period and already due as of
 * today (one still within its term is not counted late), the share done by their due day:
 * 100 × |done with completed_on ≤ due_on| ÷ |due|. The organisation as a whole (items have no unit).
 */
export const IMPROVEMENTS_ON_TIME_KPI: KpiDefinition = {
  code: 'compliance.improvements_on_time',
  context: 'compliance',
  title: {
    kk: 'Өзін-өзі бағалаудың мерзімінде орындалған жетілдірулерінің үлесі',
    ru: 'Доля улучшений по итогам самооценки, выполненных в срок',
    en: 'Share of self-assessment improvements done on time',
  },
  paragraph: '§73',
  description: {
    kk: 'Өзін-өзі бағалаудан кейінгі жетілдіру жоспарының мерзімі кезеңге келген әрі өтіп кеткен тармақтарының мерзімінде орындалған үлесі: 73-тармақ бойынша әр өзін-өзі бағалаудан кейін 3 ай ішінде жетілдіру жоспары орындалады.',
    ru: 'Доля пунктов плана улучшений по итогам самооценки со сроком в периоде (уже наступившим), выполненных в срок: по п. 73 после каждой самооценки план улучшений исполняется в течение 3 месяцев.',
    en: 'Of the self-assessment’s improvement-plan items due in the period and already due, the share done by their due day: under §73 an improvement plan follows each self-assessment, due within 3 months.',
  },
  formula: {
    kk: 'Мерзімі кезеңге келген және мерзімінде орындалған тармақтар / мерзімі кезеңге келген, бүгінге дейін өткен тармақтар × 100',
    ru: 'Пункты со сроком в периоде, выполненные не позднее срока / пункты со сроком в периоде, уже наступившим × 100',
    en: 'Items due in the period and done by their due day / items due in the period and already due × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['period'],
  granularity: 'instant',
  readers: COMPLIANCE_READERS,
  sql: `select case when count(*) = 0 then null
      else round(100.0 * count(*) filter (where i.status = 'done' and i.completed_on <= i.due_on) / count(*), 1) end as value,
    count(*) filter (where i.status = 'done' and i.completed_on <= i.due_on)::numeric as numerator,
    count(*)::numeric as denominator
    from compliance_improvement_item i
   where i.organization_id = cast(:organizationId as uuid)
     and i.due_on < ${TODAY}
     and (cast(:periodFrom as timestamptz) is null or i.due_on >= ${FROM_DAY})
     and (cast(:periodTo as timestamptz) is null or i.due_on <= cast(:periodTo as date))`,
};

registerKpi(IMPROVEMENTS_ON_TIME_KPI);

import { SMALL_COUNT_THRESHOLD, type KpiDefinition } from '../../kpi/kpi-definition.js';
import { PROGRAMME_KPI_READERS } from '../../kpi/kpi-readers.js';
import { registerKpi } from '../../kpi/kpi-registry.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';

/**
 * §68: of the people asked by the surveys whose closing day falls within the period, the share who
 * answered. A unit is the one a person was asked in (or answered in). Only "has answered" is read:
 * the figure says nothing of what anyone answered.
 */
export const SURVEY_PARTICIPATION_KPI: KpiDefinition = {
  code: 'culture.survey_participation',
  context: 'culture',
  title: {
    kk: 'Мәдениет сауалнамасына қатысқандар үлесі',
    ru: 'Доля участников опроса о культуре',
    en: 'Share of employees who answered the culture survey',
  },
  paragraph: '§68',
  description: {
    kk: 'Мерзімі кезеңде аяқталатын мәдениет сауалнамаларына шақырылғандардың жауап берген үлесі: 68-тармақ қызметкерлерді оқыту мен олармен коммуникацияны талап етеді. Тек жауап берілгені ескеріледі, жауаптың мазмұны емес.',
    ru: 'Доля ответивших среди приглашённых к опросам о культуре, закрывающимся в периоде: п. 68 требует обучения и коммуникации с работниками. Учитывается только факт ответа, но не его содержание.',
    en: 'Of the people asked by the culture surveys closing in the period, the share who answered: §68 asks for training of and communication with employees. Only whether someone answered is read, never what.',
  },
  formula: {
    kk: 'Жауап бергендер / мерзімі кезеңде аяқталатын сауалнамаларға шақырылғандар × 100',
    ru: 'Ответившие / приглашённые к опросам, закрывающимся в периоде × 100',
    en: 'People who answered / people asked by the surveys closing in the period × 100',
  },
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  // The programme's readers, and the ethics commissioner who runs the survey in a state body.
  readers: [...new Set([...PROGRAMME_KPI_READERS, ...CULTURE_PLANNERS])],
  // Split by unit, a group of 1 to 4 asked would say whether a named colleague answered.
  smallGroupThreshold: SMALL_COUNT_THRESHOLD,
  sql: `select case when count(*) = 0 then null else round(100.0 * count(*) filter (where s.answered) / count(*), 1) end as value,
      (count(*) filter (where s.answered))::numeric as numerator, count(*)::numeric as denominator
    from culture_survey_participation s
    join culture_survey c on c.id = s.survey_id and c.status <> 'draft'
    join org_unit u on u.id = s.org_unit_id
   where s.organization_id = cast(:organizationId as uuid)
     and u.path like :orgUnitPath || '%'
     and (cast(:periodFrom as timestamptz) is null or c.closes_on >= cast(cast(:periodFrom as timestamptz) as date))
     and (cast(:periodTo as timestamptz) is null or c.closes_on <= cast(cast(:periodTo as timestamptz) as date))`,
};

export const SURVEY_KPIS = [SURVEY_PARTICIPATION_KPI] as const;

for (const kpi of SURVEY_KPIS) registerKpi(kpi);

import { registerKpiRecords } from '../../kpi/kpi-records.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';
import { ACTIVITIES_ON_TIME_KPI } from './kpis.js';

const TODAY = kazakhstanDaySql('now()');
const FROM_DAY = kazakhstanDaySql('cast(:periodFrom as timestamptz)');

/**
 * §35.1: the activities `culture.activities_on_time` counts — due within the period and already
 * due — with their planned and held days and whether each was done on time. The planners, who run
 * them, see them listed; the first head, auditors and the board read the share (and the plan).
 */
registerKpiRecords({
  code: ACTIVITIES_ON_TIME_KPI.code,
  readers: CULTURE_PLANNERS,
  // The KPI's own conditions, so that the list is exactly what the share counts.
  sql: `select a.id::text as id, a.title as label,
      to_char(a.deadline, 'YYYY-MM-DD') as deadline, to_char(a.held_on, 'YYYY-MM-DD') as held_on,
      case when a.status = 'done' and a.held_on <= a.deadline then 'on_time'
           when a.status = 'done' then 'late' else 'not_done' end as outcome
    from culture_activity a join culture_plan pl on pl.id = a.plan_id
   where a.organization_id = cast(:organizationId as uuid)
     and (pl.status in ('approved', 'in_execution', 'closed') or pl.version > 1)
     and a.deadline < ${TODAY}
     and (cast(:periodFrom as timestamptz) is null or a.deadline >= ${FROM_DAY})
     and (cast(:periodTo as timestamptz) is null or a.deadline <= cast(:periodTo as date))`,
  columns: [
    {
      key: 'deadline',
      title: { kk: 'Жоспарланған күн', ru: 'Плановая дата', en: 'Planned by' },
      kind: 'day',
    },
    { key: 'held_on', title: { kk: 'Өткізілген күн', ru: 'Дата проведения', en: 'Held on' }, kind: 'day' },
    {
      key: 'outcome',
      title: { kk: 'Орындалуы', ru: 'Исполнение', en: 'Outcome' },
      kind: 'choice',
      choices: {
        on_time: { kk: 'Мерзімінде орындалды', ru: 'Выполнено в срок', en: 'Done on time' },
        late: { kk: 'Кешігіп орындалды', ru: 'Выполнено с опозданием', en: 'Done late' },
        not_done: { kk: 'Орындалмады', ru: 'Не выполнено', en: 'Not done' },
      },
    },
  ],
});

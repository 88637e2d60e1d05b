import { registerKpiRecords } from '../../kpi/kpi-records.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import { MEASURES_ON_TIME_KPI } from './kpis.js';

const TODAY = kazakhstanDaySql('now()');
const FROM_DAY = kazakhstanDaySql('cast(:periodFrom as timestamptz)');

/**
 * §9.3, §5.3: the measures `compliance.measures_on_time` counts — due within the period and
 * already due — with their executor, deadline and the day done. The keepers of the plan, who
 * follow the executors up, see them listed; the first head, auditors and the board read the share.
 */
registerKpiRecords({
  code: MEASURES_ON_TIME_KPI.code,
  readers: COMPLIANCE_KEEPERS,
  // The KPI's own conditions, so that the list is exactly what the share counts.
  sql: `select m.id::text as id, m.measure as label, e.full_name as executor,
      to_char(m.deadline, 'YYYY-MM-DD') as deadline, to_char(m.done_on, 'YYYY-MM-DD') as done_on,
      case when m.status = 'done' and m.done_on <= m.deadline then 'on_time'
           when m.status = 'done' then 'late' else 'not_done' end as outcome
    from compliance_mitigation_measure m join person e on e.id = m.executor_id
   where m.organization_id = cast(:organizationId as uuid)
     and m.deadline < ${TODAY}
     and (cast(:periodFrom as timestamptz) is null or m.deadline >= ${FROM_DAY})
     and (cast(:periodTo as timestamptz) is null or m.deadline <= cast(:periodTo as date))`,
  columns: [
    { key: 'executor', title: { kk: 'Орындаушы', ru: 'Исполнитель', en: 'Executor' }, kind: 'text' },
    { key: 'deadline', title: { kk: 'Мерзімі', ru: 'Срок', en: 'Deadline' }, kind: 'day' },
    { key: 'done_on', title: { kk: 'Орындалған күн', ru: 'Дата исполнения', en: 'Done on' }, kind: 'day' },
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

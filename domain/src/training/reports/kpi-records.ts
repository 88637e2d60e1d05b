import { localizedNameSql, registerKpiRecords, type KpiRecordColumn } from '../../kpi/kpi-records.js';
import type { RoleCode } from '../../kernel/roles.js';
import { COVERAGE_KPI, COVERED, PASSED_SHARE_KPI, PASSED_WITH_60, headcountCovered } from './kpis.js';

/**
 * Who may see, by name, who of the headcount was trained: those who run the training (§5.3, §35)
 * and remind the people not yet trained. The first head and auditors read the figures only.
 */
const TRAINING_RECORD_READERS: readonly RoleCode[] = [
  'training_admin',
  'compliance_officer',
  'compliance_head',
];

const UNIT: KpiRecordColumn = {
  key: 'unit',
  title: { kk: 'Бөлімше', ru: 'Подразделение', en: 'Unit' },
  kind: 'localized',
};

/** The headcount the share is of, each person once, with whether they are among `covered`. */
function peopleOfHeadcount(covered: string, yes: string, no: string): string {
  return `select p.id::text as id, p.full_name as label, ${localizedNameSql('u')} as unit,
      case when covered.person_id is null then '${no}' else '${yes}' end as status
    ${headcountCovered(covered)}`;
}

registerKpiRecords({
  code: COVERAGE_KPI.code,
  readers: TRAINING_RECORD_READERS,
  sql: peopleOfHeadcount(COVERED, 'covered', 'not_covered'),
  columns: [
    UNIT,
    {
      key: 'status',
      title: { kk: 'Оқытумен қамтылған', ru: 'Охвачен обучением', en: 'Covered by training' },
      kind: 'choice',
      choices: {
        covered: { kk: 'Иә', ru: 'Да', en: 'Yes' },
        not_covered: { kk: 'Жоқ', ru: 'Нет', en: 'No' },
      },
    },
  ],
});

registerKpiRecords({
  code: PASSED_SHARE_KPI.code,
  readers: TRAINING_RECORD_READERS,
  sql: peopleOfHeadcount(PASSED_WITH_60, 'passed', 'not_passed'),
  columns: [
    UNIT,
    {
      key: 'status',
      title: { kk: 'Тест (кемінде 60 %)', ru: 'Тест (не менее 60 %)', en: 'Test (at least 60 %)' },
      kind: 'choice',
      choices: {
        passed: { kk: 'Тапсырылды', ru: 'Сдан', en: 'Passed' },
        not_passed: { kk: 'Тапсырылмады', ru: 'Не сдан', en: 'Not passed' },
      },
    },
  ],
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { drawSelfAssessment } from '../src/compliance/self-assessment/draw.js';
import {
  addImprovementItem,
  completeImprovementItem,
  recordSelfAssessmentFinding,
} from '../src/compliance/self-assessment/findings.js';
import {
  recordInternalAuditCoverage,
  saveComplianceProcess,
} from '../src/compliance/self-assessment/processes.js';
import { currentQuarter, quarterDays, shiftQuarter } from '../src/kernel/quarters.js';
import { latestDueOn } from '../src/compliance/self-assessment/self-assessment-view.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import type { LocalizedText } from '../src/kernel/locale.js';
import { addCalendarDays, addYears } from '../src/kernel/working-days.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { demoActor } from './demo-actor.js';

/** The holding's processes a self-assessment may draw (§73), by the unit that owns each (English name). */
const PROCESSES: readonly { names: LocalizedText; unit: string; newThisQuarter?: boolean }[] = [
  {
    names: {
      kk: 'Жеткізушілерді адалдыққа тексеру',
      ru: 'Проверка благонадёжности поставщиков',
      en: 'Due diligence of suppliers',
    },
    unit: 'Procurement Department',
  },
  {
    names: { kk: 'Конкурстық комиссияның жұмысы', ru: 'Работа конкурсной комиссии', en: 'Tender commission' },
    unit: 'Procurement Department',
  },
  {
    names: {
      kk: 'Кандидаттарды жұмысқа қабылдау алдында тексеру',
      ru: 'Проверка кандидатов при приёме на работу',
      en: 'Pre-employment checks of candidates',
    },
    unit: 'Compliance Service',
  },
  {
    names: { kk: 'Сыйлықтарды тіркеу', ru: 'Регистрация подарков', en: 'Gift registration' },
    unit: 'Compliance Service',
  },
  {
    names: {
      kk: 'Мүдделер қақтығысын реттеу',
      ru: 'Урегулирование конфликта интересов',
      en: 'Handling conflicts of interest',
    },
    unit: 'Compliance Service',
  },
  {
    names: { kk: 'Төлемдерді келісу', ru: 'Согласование платежей', en: 'Approval of payments' },
    unit: 'Finance Department',
  },
  {
    names: {
      kk: 'Демеушілік және қайырымдылық',
      ru: 'Спонсорство и благотворительность',
      en: 'Sponsorship and charity',
    },
    unit: 'Finance Department',
  },
  {
    names: {
      kk: 'Шарттарды құқықтық сараптау',
      ru: 'Правовая экспертиза договоров',
      en: 'Legal review of contracts',
    },
    unit: 'Legal Department',
  },
  {
    names: {
      kk: 'Сенім желісіне түскен хабарламалар',
      ru: 'Обращения на линию доверия',
      en: 'Hotline reports',
    },
    unit: 'Compliance Service',
  },
  {
    names: {
      kk: 'Мемлекеттік органдармен өзара іс-қимыл',
      ru: 'Взаимодействие с государственными органами',
      en: 'Dealings with state bodies',
    },
    unit: 'Management Board Office',
    newThisQuarter: true,
  },
];

/**
 * §73 in the holding: the process catalogue, internal audit's coverage of the last two quarters,
 * last quarter's self-assessment drawn with a finding and its improvement plan (one item done on
 * time, one overdue with HR), and this quarter's not drawn yet, for a demo user to draw.
 */
export async function seedSelfAssessmentDemo(
  tx: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const officer = await demoActor(tx, holding, 'compliance_officer');
  const hr = await demoActor(tx, holding, 'hr_officer');
  const todayDay = kazakhstanDay(today);
  const current = currentQuarter(today);
  const last = shiftQuarter(current, -1);
  const units = await tx.find(OrgUnit, { organization: holding.id });
  const unitOf = (en: string) => units.find((u) => u.names?.en === en || u.name === en)?.id ?? null;
  const ids: string[] = [];
  for (const process of PROCESSES) {
    const saved = await saveComplianceProcess(
      tx,
      officer,
      {
        name: process.names.kk,
        names: { ru: process.names.ru, en: process.names.en },
        ownerUnitId: unitOf(process.unit),
        activeFrom: process.newThisQuarter ? quarterDays(current).from : addYears(todayDay, -2),
      },
      today,
    );
    ids.push(saved.id);
  }
  // Internal audit reviewed two processes in each of the last two quarters (§73 step 2).
  await recordInternalAuditCoverage(
    tx,
    officer,
    { quarter: shiftQuarter(current, -2), processIds: ids.slice(0, 2) },
    today,
  );
  await recordInternalAuditCoverage(tx, officer, { quarter: last, processIds: ids.slice(2, 4) }, today);

  // Last quarter's self-assessment, drawn on its sixth day; a finding ten days later.
  const drawnAt = new Date(
    startOfKazakhstanDay(addCalendarDays(quarterDays(last).from, 5)).getTime() + 4 * 3_600_000,
  );
  const drawn = await drawSelfAssessment(tx, officer, last, drawnAt);
  const foundAt = new Date(drawnAt.getTime() + 10 * 86_400_000);
  const withFinding = await recordSelfAssessmentFinding(
    tx,
    officer,
    {
      drawnProcessId: drawn.processes[0]!.id,
      text: 'Тексерілген 12 іс бойынша екеуінде екінші қол қою жоқ; бөлім қызметкерлері тексеру парағын білмейді.',
      severity: 'medium',
    },
    foundAt,
  );
  const findingId = withFinding.processes[0]!.findings[0]!.id;
  const planned = await addImprovementItem(
    tx,
    officer,
    {
      findingId,
      action: 'Бөлім қызметкерлеріне тексеру парағы бойынша нұсқама өткізу',
      responsibleId: officer.personId,
    },
    foundAt,
  );
  const doneItem = planned.processes[0]!.findings[0]!.items[0]!;
  await completeImprovementItem(
    tx,
    officer,
    doneItem.id,
    'Нұсқама өткізілді, 9 қызметкер қол қойды.',
    new Date(foundAt.getTime() + 20 * 86_400_000),
  );
  // HR's item is due before today, whatever today is: the demo always shows an overdue improvement.
  const overdueOn = [latestDueOn(foundAt), addCalendarDays(todayDay, -5)].sort()[0]!;
  await addImprovementItem(
    tx,
    officer,
    {
      findingId,
      action: 'Тексеру парағын екінші қол қоюмен толықтырып, ішкі ережеге енгізу',
      responsibleId: hr.personId,
      dueOn: overdueOn,
    },
    foundAt,
  );
}

import type { EntityManager } from '@mikro-orm/postgresql';
import {
  createBoardReport,
  submitBoardReport,
  updateBoardReport,
} from '../src/compliance/board/board-reports.js';
import {
  addManagementActivity,
  createManagementPlan,
  recordManagementParticipation,
} from '../src/compliance/board/management-plan.js';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { demoActor } from './demo-actor.js';

/**
 * §66, §69, §74.2 in the holding: last year's report to the board, submitted with its resources
 * partly sufficient (the board member finds it in My work), and this year's management plan naming
 * the first head, with the meeting of the first day of the year she took part in.
 */
export async function seedComplianceBoardDemo(
  tx: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const officer = await demoActor(tx, holding, 'compliance_officer');
  const head = await demoActor(tx, holding, 'first_head');
  const year = Number(kazakhstanDay(today).slice(0, 4));

  const report = await createBoardReport(tx, officer, { year: year - 1, period: 'year' }, today);
  await updateBoardReport(
    tx,
    officer,
    {
      id: report.id,
      statusAndPlans:
        'Тәуекелдерді жою жоспарының шаралары орындалды; сенім телефонына түскен хабарламалар мерзімінде қаралды.',
      highRiskIssues: 'Сатып алудағы техникалық ерекшеліктер бойынша тәуекел жоғары күйінде қалып отыр.',
      resourceAssessment: 'partly',
      resourceReason: 'Комплаенс-қызметте екі адам жұмыс істейді, әдістеме кемінде үш адамды ұсынады (§5).',
      resourceRequests: ['staff', 'automation'],
      resourceRequestNote: 'Бір комплаенс-офицердің штаттық бірлігі және декларацияларды автоматты тексеру.',
    },
    today,
  );
  await submitBoardReport(tx, officer, report.id, today);

  const plan = await createManagementPlan(tx, officer, { year, memberIds: [head.personId] }, today);
  const withActivity = await addManagementActivity(
    tx,
    officer,
    {
      planId: plan.id,
      personId: head.personId,
      title: 'Қызметкерлермен сыбайлас жемқорлыққа қарсы мәдениет туралы кездесу',
      kind: 'meeting',
      plannedOn: `${year}-01-01`,
    },
    today,
  );
  const activity = withActivity.members[0]?.activities[0];
  if (activity) {
    await recordManagementParticipation(
      tx,
      officer,
      { activityId: activity.id, participatedOn: `${year}-01-01` },
      today,
    );
  }
}

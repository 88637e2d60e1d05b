import type { EntityManager } from '@mikro-orm/postgresql';
import { ASSESSMENT_ASPECTS } from '../src/compliance/programme/aspects.js';
import { saveAssessmentAnswer, startInitialAssessment } from '../src/compliance/programme/assessment.js';
import {
  addProgrammeItem,
  createComplianceProgramme,
  recordProgrammePresentation,
  reportProgrammeItem,
} from '../src/compliance/programme/programme.js';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { demoActor } from './demo-actor.js';

/** What the demo's officer found on each aspect of §64, in Kazakh; the wanting ones become drafts. */
const FINDINGS: Record<number, [rating: 'adequate' | 'needs_improvement' | 'missing', finding: string]> = {
  1: ['adequate', 'Негізгі қызмет — ұлттық холдингтің еншілес ұйымдарын басқару'],
  2: ['needs_improvement', 'Басшылардың мүдделер қақтығысы декларациялары жартылай ғана жиналған'],
  3: ['adequate', 'Сыбайлас жемқорлыққа қарсы саясат пен әдеп кодексі бекітілген'],
  4: ['adequate', 'Сатып алу мен кадр іріктеу — негізгі тәуекел факторлары'],
  5: ['adequate', 'Сенім телефоны мен электрондық пошта жұмыс істейді'],
  6: ['needs_improvement', 'Жеткізушілерге комплаенс бойынша оқыту өткізілмеген'],
  7: ['adequate', 'Үміткерлер мен жеткізушілер қауіпсіздік қызметімен тексеріледі'],
  8: ['adequate', 'Ішкі талдау 2 жыл бұрын жүргізілген'],
  9: ['adequate', 'Ішкі аудит есебі зерделенді, ескертулер жоқ'],
  10: ['adequate', 'Заң бұзушылық жағдайлары тіркелмеген'],
  11: ['missing', 'Шарттарға қол қою сенімхаттарының тізілімі жүргізілмейді'],
  12: ['adequate', 'Үміткерлерді қабылдау кезінде бақылау енгізілген'],
};

/**
 * §64–§66 in the holding: this year's programme (one item done, one due within days for the
 * compliance officer), presented to management; this year's initial assessment begun, with every
 * aspect answered but the interviews (§64.13).
 */
export async function seedComplianceProgrammeDemo(
  tx: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const officer = await demoActor(tx, holding, 'compliance_officer');
  const head = await demoActor(tx, holding, 'first_head');
  const day = kazakhstanDay(today);
  const year = Number(day.slice(0, 4));

  const programme = await createComplianceProgramme(tx, officer, year, today);
  const soon = addCalendarDays(day, 7);
  const due = soon.startsWith(`${year}-`) ? soon : `${year}-12-31`;
  await addProgrammeItem(
    tx,
    officer,
    programme.id,
    {
      direction: 'leadership',
      title: 'Бағдарламаны басшылыққа таныстыру және ресурстар туралы баяндау',
      ownerId: officer.personId,
      dueOn: `${year}-12-31`,
    },
    today,
  );
  await addProgrammeItem(
    tx,
    officer,
    programme.id,
    {
      direction: 'training_communication',
      title: 'Жеткізушілерге сыбайлас жемқорлыққа қарсы комплаенс бойынша вебинар өткізу',
      ownerId: officer.personId,
      dueOn: due,
    },
    today,
  );
  const policy = await addProgrammeItem(
    tx,
    officer,
    programme.id,
    {
      direction: 'policies_procedures',
      title: 'Сенімхаттар тізілімін енгізу',
      ownerId: officer.personId,
      dueOn: `${year}-12-31`,
    },
    today,
  );
  await reportProgrammeItem(
    tx,
    officer,
    { id: policy.id, status: 'done', evidenceNote: 'Бұйрық № 45, кеңсе мұрағатында', doneOn: day },
    today,
  );
  await recordProgrammePresentation(
    tx,
    officer,
    {
      programmeId: programme.id,
      audience: 'management',
      presentedOn: day,
      invitedIds: [head.personId, officer.personId],
      presentIds: [head.personId],
    },
    today,
  );

  const assessment = await startInitialAssessment(tx, officer, year, today);
  for (const aspect of ASSESSMENT_ASPECTS) {
    const answer = FINDINGS[aspect.number];
    if (!answer) continue;
    await saveAssessmentAnswer(
      tx,
      officer,
      {
        assessmentId: assessment.id,
        aspect: aspect.number,
        rating: answer[0],
        finding: answer[1],
        auditReports:
          aspect.number === 9
            ? [
                {
                  title: 'Ішкі аудит қызметінің жылдық есебі',
                  date: addCalendarDays(day, -120),
                  note: 'Ішкі аудит қызметінің мұрағаты',
                },
              ]
            : [],
      },
      today,
    );
  }
}

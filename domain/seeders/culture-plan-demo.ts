import type { EntityManager } from '@mikro-orm/postgresql';
import { addCultureActivity, type ActivityInput } from '../src/culture/plans/activities.js';
import { addCultureEvidence, reportCultureActivity } from '../src/culture/plans/activity-report.js';
import { CulturePlan } from '../src/culture/plans/culture-plan.entity.js';
import {
  approveCulturePlan,
  createCulturePlan,
  submitCulturePlan,
  updateCulturePlan,
} from '../src/culture/plans/plans.js';
import type { Actor } from '../src/kernel/actor.js';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { Course } from '../src/training/authoring/course.entity.js';
import { ACTIVITY_DUE_SOON_DAYS } from '../src/culture/plans/work-items.js';
import { demoActor } from './demo-actor.js';

type Entry = Omit<ActivityInput, 'responsibleIds' | 'deadline' | 'audience'> & {
  monthDay: string;
  responsible: 'compliance_officer' | 'compliance_head' | 'first_head' | 'hr_officer';
  audience?: ActivityInput['audience'];
};

/** The activity its owner (HR) lets pass unreported: due ten days before today. */
const OVERDUE: Entry = {
  kind: 'educational',
  topics: ['procurement_training'],
  title: 'Сатып алу қызметкерлерін оқыту: жеткізушілерді тексеру',
  audience: 'procurement_staff',
  monthDay: '',
  responsible: 'hr_officer',
  checkForm: 'questionnaire',
};

/** A day of the plan kept out of the fortnight ahead: moved to the day after it, or to yesterday at the year's end. */
function clearOfTheFortnight(day: string, today: string): string {
  const fortnight = addCalendarDays(today, ACTIVITY_DUE_SOON_DAYS);
  if (day < today || day > fortnight) return day;
  const after = addCalendarDays(fortnight, 1);
  return after.slice(0, 4) === day.slice(0, 4) ? after : addCalendarDays(today, -1);
}

/**
 * The year's plan as a compliance officer would draw it up (§35.1), in Kazakh: every recurring
 * event the methodology asks for in its period, and one test on the conflict-of-interest course.
 */
function entries(conflictCourseId: string | null): Entry[] {
  const reporterProtection = (monthDay: string, quarter: string): Entry => ({
    kind: 'informational',
    topics: ['reporter_protection'],
    title: `Хабарлаушыларды қорғау, қауіпсіз арна және көтермелеу туралы түсіндіру (${quarter})`,
    monthDay,
    responsible: 'compliance_officer',
    checkForm: 'survey',
  });
  return [
    {
      kind: 'organisational',
      topics: ['consultation_schedule'],
      title: 'Азаматтық қоғаммен консультациялар кестесін бекіту және жариялау',
      monthDay: '01-31',
      responsible: 'compliance_head',
      checkForm: 'none',
      checkNoneReason: 'Ұйымдастыру шарасы: білімді тексеру көзделмеген',
    },
    reporterProtection('03-20', 'I тоқсан'),
    {
      kind: 'educational',
      topics: ['declaration_meeting'],
      title: 'Бірінші басшының декларациялау және деректерді жариялау туралы түсіндіру жиналысы',
      monthDay: '03-31',
      responsible: 'first_head',
      checkForm: 'questionnaire',
    },
    {
      kind: 'educational',
      topics: ['conflict_of_interest_cases'],
      title: 'Мүдделер қақтығысының типтік жағдайлары бойынша оқыту және тест',
      monthDay: '04-15',
      responsible: 'compliance_officer',
      ...(conflictCourseId
        ? { checkForm: 'test', courseId: conflictCourseId }
        : { checkForm: 'questionnaire' }),
    },
    {
      kind: 'educational',
      topics: ['procurement_training'],
      title: 'Сатып алу қызметкерлерін оқыту: сатып алудағы сыбайлас жемқорлық тәуекелдері',
      audience: 'procurement_staff',
      monthDay: '05-25',
      responsible: 'hr_officer',
      checkForm: 'questionnaire',
    },
    reporterProtection('06-20', 'II тоқсан'),
    reporterProtection('09-20', 'III тоқсан'),
    {
      kind: 'educational',
      topics: ['responsible_staff_training'],
      title: 'Сыбайлас жемқорлыққа қарсы іс-қимылға жауапты қызметкерлердің біліктілігін арттыру',
      audience: 'role',
      role: 'compliance_officer',
      monthDay: '09-30',
      responsible: 'compliance_head',
      checkForm: 'test',
      ...(conflictCourseId ? { courseId: conflictCourseId } : { checkForm: 'questionnaire' }),
    },
    {
      kind: 'educational',
      topics: ['conflict_of_interest_cases', 'hr_practice'],
      title: 'Орта буын басшыларына арналған семинар: мүдделер қақтығысы және әділ бағалау',
      audience: 'managers',
      monthDay: '10-20',
      responsible: 'compliance_officer',
      checkForm: 'questionnaire',
    },
    OVERDUE,
    reporterProtection('12-15', 'IV тоқсан'),
  ];
}

/**
 * The parent company's culture plans (§35): the running year's, approved by the first head and
 * carried out up to today — each activity due before today reported done the day before its deadline
 * — with one procurement training that HR let pass ten days ago unreported, so that its owner is
 * reminded; and the next year's, copied from it and waiting for the first head's approval. No other
 * activity falls within the fortnight ahead, so what waits for each demo login is the same on any day
 * of the year (an entry that would is moved just past it, or before today). The running year is the
 * one ten days ago, so that in the first days of January the overdue training is last year's.
 * Made through the use cases, so they are on the audit trail. Nothing happens when the company
 * already has a plan.
 */
export async function seedCulturePlanDemo(
  em: EntityManager,
  holding: IOrganization,
  now: Date,
): Promise<void> {
  if ((await em.count(CulturePlan, { organization: holding.id })) > 0) return;
  const actors: Record<Entry['responsible'], Actor> = {
    compliance_officer: await demoActor(em, holding, 'compliance_officer'),
    compliance_head: await demoActor(em, holding, 'compliance_head'),
    first_head: await demoActor(em, holding, 'first_head'),
    hr_officer: await demoActor(em, holding, 'hr_officer'),
  };
  const officer = actors.compliance_officer;
  const today = kazakhstanDay(now);
  const overdueOn = addCalendarDays(today, -10);
  const year = Number(overdueOn.slice(0, 4));
  const course = await em.findOne(Course, { organization: holding.id, topic: 'conflict_of_interest' });

  // §35.3: the target is a number of the company's own people — four in five of its headcount —
  // so that the figure, the share and the target on the plan page agree.
  const headcount = await em.count(Person, { organization: holding.id, active: true });
  const plan = await createCulturePlan(em, officer, year, null, now);
  await updateCulturePlan(
    em,
    officer,
    plan.id,
    {
      riskBasis: `${year - 1} жылғы сыбайлас жемқорлық тәуекелдерін ішкі талдау нәтижелері`,
      targetPassed: Math.ceil(headcount * 0.8),
    },
    now,
  );
  const ids: { id: string; deadline: string; entry: Entry }[] = [];
  for (const entry of entries(course?.id ?? null)) {
    const { monthDay, responsible, audience, ...input } = entry;
    const deadline = entry === OVERDUE ? overdueOn : clearOfTheFortnight(`${year}-${monthDay}`, today);
    const activity = await addCultureActivity(
      em,
      officer,
      plan.id,
      {
        ...input,
        audience: audience ?? 'whole_org',
        deadline,
        responsibleIds: [actors[responsible].personId],
      },
      now,
    );
    ids.push({ id: activity.id, deadline, entry });
  }
  await submitCulturePlan(em, officer, plan.id, now);
  await approveCulturePlan(em, actors.first_head, plan.id, now);

  for (const { id, deadline, entry } of ids) {
    const heldOn = addCalendarDays(deadline, -1);
    if (deadline >= today || entry === OVERDUE) continue;
    const reporter = actors[entry.responsible];
    await reportCultureActivity(
      em,
      reporter,
      id,
      { status: 'done', heldOn, actualParticipants: entry.courseId ? null : 25, note: null },
      now,
    );
    await addCultureEvidence(
      em,
      reporter,
      id,
      {
        kind: 'link',
        title: 'Корпоративтік порталдағы хабарлама',
        url: 'https://portal.example.kz/news/anti-corruption',
      },
      now,
    );
  }

  const next = await createCulturePlan(em, officer, year + 1, plan.id, now);
  await submitCulturePlan(em, officer, next.id, now);
}

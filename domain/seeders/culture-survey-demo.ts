import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../src/audit/record-audit.js';
import { answerCultureSurvey, checkedSurveyAnswers } from '../src/culture/surveys/answer-survey.js';
import { closeCultureSurvey, openCultureSurvey } from '../src/culture/surveys/open-close-survey.js';
import { saveCultureSurvey } from '../src/culture/surveys/save-survey.js';
import type { SaveSurveyInput } from '../src/culture/surveys/survey-input.js';
import { cultureSurveyTemplate } from '../src/culture/surveys/survey-template.js';
import {
  CultureSurveyParticipation,
  CultureSurveyResponse,
  type ICultureSurvey,
  type SurveyQuestion,
} from '../src/culture/surveys/survey.entity.js';
import type { Actor } from '../src/kernel/actor.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { demoActor } from './demo-actor.js';
import { DEMO_LOGINS } from './demo-logins.js';
import { SeededRandom } from './random.js';

/** What the staff wrote in the free question, in the language each wrote in. */
const FREE_TEXTS = [
  'Сенім телефонының нөмірі әр қабатта ілулі тұрса екен.',
  'Хотелось бы больше примеров из нашей практики на обучении.',
  'Басшылар өз мысалымен көрсетсе, бәрі түсінікті болар еді.',
  'Нужна короткая памятка о подарках от поставщиков.',
  'Хабарлама берген адамның қалай қорғалатынын түсіндіріңіз.',
  'Сложно понять, кому сообщать о конфликте интересов в филиале.',
];

/** A day of the demo, as a moment at 10:00 in Kazakhstan `days` from today. */
function dayOf(today: Date, days: number): { day: string; at: Date } {
  const day = addCalendarDays(kazakhstanDay(today), days);
  return { day, at: new Date(startOfKazakhstanDay(day).getTime() + 10 * 3_600_000) };
}

function surveyInput(year: number, opensOn: string, closesOn: string, extra: Partial<SaveSurveyInput> = {}) {
  const template = cultureSurveyTemplate(year);
  return {
    title: template.title,
    intro: template.intro,
    questions: template.questions,
    audience: 'all_employees',
    opensOn,
    closesOn,
    ...extra,
  } satisfies SaveSurveyInput;
}

/** A staff member's answers: most agree, trust that a report will not harm them lags behind (§68). */
function answersOf(random: SeededRandom, questions: readonly SurveyQuestion[]) {
  return questions.map((question, index) => {
    if (question.kind === 'text') {
      return { questionId: question.id, text: random.chance(0.35) ? random.pick(FREE_TEXTS) : '' };
    }
    const low = index === 1 ? 1 : 2;
    return {
      questionId: question.id,
      likert: Math.min(5, random.int(low, 5) + (random.chance(0.3) ? 1 : 0)),
    };
  });
}

async function answerAll(
  em: EntityManager,
  survey: ICultureSurvey,
  people: readonly { id: string }[],
  organizationId: string,
  random: SeededRandom,
  at: Date,
): Promise<void> {
  for (const person of people) {
    const actor: Actor = { personId: person.id, organizationId, roles: ['employee'] };
    await answerCultureSurvey(em, actor, survey.id, answersOf(random, survey.questions), at);
  }
}

/**
 * The closed survey's past answers, as answering writes them (the participation marked answered,
 * a response with the person's unit and nothing of the person, the audit event naming the person
 * and the survey) but a few statements for all of them rather than a locked turn each: nobody
 * answers at once while the demo is seeded.
 */
async function answeredBefore(
  em: EntityManager,
  survey: ICultureSurvey,
  people: readonly { id: string; orgUnit: { id: string } }[],
  organizationId: string,
  random: SeededRandom,
): Promise<void> {
  for (const person of people) {
    em.create(CultureSurveyResponse, {
      organization: organizationId,
      survey: survey.id,
      orgUnit: person.orgUnit.id,
      answers: checkedSurveyAnswers(survey.questions, answersOf(random, survey.questions)),
    });
  }
  await em.flush();
  await em.nativeUpdate(
    CultureSurveyParticipation,
    { survey: survey.id, person: { $in: people.map((p) => p.id) } },
    { answered: true },
  );
  for (const person of people) {
    await recordAudit(
      em,
      { personId: person.id, organizationId, roles: ['employee'] },
      { organizationId, action: 'culture.survey.answered', entityType: 'CultureSurvey', entityId: survey.id },
    );
  }
}

/**
 * §68: the demo's culture surveys in the holding: the yearly one, closed with most of the staff's
 * answers (results by unit to read); a pulse survey open for everyone, with a few staff answered and
 * no demo login yet (each has it to answer); the procurement department's short one, which asks no
 * demo login; and a draft for the next round.
 */
export async function seedCultureSurveyDemo(
  em: EntityManager,
  organization: IOrganization,
  today: Date,
): Promise<void> {
  if (!DEMO_LOGINS.some((login) => login.role === 'compliance_officer')) return;
  // Every answer's lock flushes first: with the rest of the demo no longer in the identity map,
  // each flush has only this seeder's few entities to look over.
  await em.flush();
  em.clear();
  const officer = await demoActor(em, organization, 'compliance_officer');
  const random = new SeededRandom(68);
  const year = Number(kazakhstanDay(today).slice(0, 4));
  const logins = DEMO_LOGINS.map((login) => login.email);
  const staff = await em.find(
    Person,
    { organization: organization.id, active: true },
    { orderBy: { email: 'asc' }, fields: ['id', 'email', 'orgUnit'] as const },
  );

  const opened = dayOf(today, -60);
  const yearly = await saveCultureSurvey(
    em,
    officer,
    surveyInput(Number(opened.day.slice(0, 4)), opened.day, dayOf(today, -40).day),
    opened.at,
  );
  await openCultureSurvey(em, officer, yearly.id, opened.at);
  const respondents = staff.filter(() => random.chance(0.85));
  await answeredBefore(em, yearly, respondents, organization.id, random);
  await closeCultureSurvey(em, officer, yearly.id, dayOf(today, -39).at);

  const started = dayOf(today, -7);
  const current = await saveCultureSurvey(
    em,
    officer,
    surveyInput(year, started.day, dayOf(today, 14).day, {
      title: {
        kk: 'Жедел сауалнама: бұзушылық туралы айту',
        ru: 'Короткий опрос: сообщать о нарушениях',
        en: 'Pulse survey: speaking up',
      },
    }),
    started.at,
  );
  await openCultureSurvey(em, officer, current.id, started.at);
  const early = staff.filter((person) => !logins.includes(person.email)).slice(0, 8);
  await answerAll(em, current, early, organization.id, random, dayOf(today, -3).at);

  const procurement = await em.findOne(OrgUnit, { organization: organization.id, code: 'PRC' });
  if (procurement) {
    const template = cultureSurveyTemplate(year);
    const pulse = await saveCultureSurvey(
      em,
      officer,
      surveyInput(year, started.day, dayOf(today, 7).day, {
        title: {
          kk: 'Сатып алудағы адалдық: қысқа сауалнама',
          ru: 'Честность в закупках: короткий опрос',
          en: 'Integrity in procurement: a short survey',
        },
        questions: [template.questions[2]!, template.questions[4]!, template.questions[7]!],
        audience: 'org_units',
        orgUnitIds: [procurement.id],
      }),
      started.at,
    );
    await openCultureSurvey(em, officer, pulse.id, started.at);
  }

  await saveCultureSurvey(
    em,
    officer,
    surveyInput(year, dayOf(today, 30).day, dayOf(today, 44).day, {
      title: {
        kk: 'Қайталама сауалнама: хабарлаушыларды қорғау',
        ru: 'Повторный опрос: защита сообщающих',
        en: 'Follow-up survey: protection of those who report',
      },
    }),
    today,
  );
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow, lockRows } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import {
  formatCalendarDay,
  kazakhstanDay,
  startOfKazakhstanDay,
  startOfKazakhstanDaySql,
} from '../../kernel/kazakhstan-time.js';
import type { Locale, LocalizedText } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { addCalendarDays, toDay } from '../../kernel/working-days.js';
import { bindNamed } from '../../training/assignments/enrolment-status.js';
import { findSurvey } from './find-survey.js';
import { requireAnswering } from './survey-phase.js';
import { SURVEY_RUNNERS } from './survey-roles.js';
import { CultureSurvey, CultureSurveyParticipation } from './survey.entity.js';

/** Those who have not answered are reminded once when the closing day is this many days away or nearer. */
export const SURVEY_REMINDER_DAYS = 3;

export interface SurveyReminder {
  participationId: string;
  surveyId: string;
  organizationId: string;
  email: string;
  fullName: string;
  locale: Locale;
  title: LocalizedText;
  closesOn: string;
}

interface Row {
  id: string;
  survey_id: string;
  organization_id: string;
  email: string;
  full_name: string;
  locale: Locale;
  title: LocalizedText;
  closes_on: string | Date;
}

/** Those asked who have not answered a survey that takes answers today. */
const NOT_ANSWERED_SQL = `select s.id, s.survey_id, s.organization_id, p.email, p.full_name, p.locale, c.title, c.closes_on
  from culture_survey_participation s
  join culture_survey c on c.id = s.survey_id and c.status = 'open'
   and c.opens_on <= cast(:today as date) and c.closes_on >= cast(:today as date)
  join person p on p.id = s.person_id and p.active
 where not s.answered`;

function reminder(row: Row): SurveyReminder {
  return {
    participationId: row.id,
    surveyId: row.survey_id,
    organizationId: row.organization_id,
    email: row.email,
    fullName: row.full_name,
    locale: row.locale,
    title: row.title,
    closesOn: toDay(row.closes_on),
  };
}

/**
 * The reminders the morning job sends in an organisation: to each person who has not answered, once
 * the closing day is SURVEY_REMINDER_DAYS away or nearer, unless reminded since then (by hand).
 */
export async function dueSurveyReminders(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<SurveyReminder[]> {
  const today = kazakhstanDay(now);
  const { sql, params } = bindNamed(
    `${NOT_ANSWERED_SQL} and s.organization_id = cast(:organization as uuid)
       and c.closes_on <= cast(:soon as date)
       and (s.last_reminded_at is null
            or s.last_reminded_at < ${startOfKazakhstanDaySql(`c.closes_on - ${SURVEY_REMINDER_DAYS}`)})
     order by p.email`,
    { organization: organizationId, today, soon: addCalendarDays(today, SURVEY_REMINDER_DAYS) },
  );
  return (await em.execute<Row[]>(sql, params)).map(reminder);
}

/**
 * Takes the reminders that may still go, their participation rows locked until the transaction
 * ends, and records them as sent: the morning job and a reminder by hand take turns on a person,
 * and the second finds the first's and leaves them out, so nobody gets two mails on one day
 * (Kazakhstan's). One who answered in the meantime is left out too.
 */
export async function claimSurveyReminders(
  em: EntityManager,
  candidates: readonly SurveyReminder[],
  now: Date,
): Promise<SurveyReminder[]> {
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.participationId);
  await lockRows(em, CultureSurveyParticipation, ids);
  const fresh = await em.execute<{ id: string }[]>(
    `select id from culture_survey_participation where id = any(cast(? as uuid[])) and not answered
        and (last_reminded_at is null or last_reminded_at < cast(? as timestamptz))`,
    [`{${ids.join(',')}}`, startOfKazakhstanDay(kazakhstanDay(now))],
  );
  const still = new Set(fresh.map((row) => row.id));
  const claimed = candidates.filter((c) => still.has(c.participationId));
  if (claimed.length > 0) {
    await em.execute(
      `update culture_survey_participation set last_reminded_at = ?, reminder_count = reminder_count + 1
        where id = any(cast(? as uuid[]))`,
      [now, `{${claimed.map((c) => c.participationId).join(',')}}`],
    );
  }
  return claimed;
}

/**
 * §68: "remind now": everyone asked who has not answered a survey that takes answers, except those
 * reminded today. Answers the reminders to mail once the transaction has committed.
 */
export async function remindCultureSurvey(
  em: EntityManager,
  actor: Actor,
  surveyId: string,
  now: Date = new Date(),
): Promise<SurveyReminder[]> {
  requireAnyRole(actor, SURVEY_RUNNERS, 'remind those asked by a culture survey');
  const found = await findSurvey(em, actor, surveyId);
  // A closing waits for the reminders under way, and a reminder after it reads the survey closed.
  await lockRow(em, CultureSurvey, found.id, 'share');
  const survey = await em.findOneOrFail(CultureSurvey, { id: found.id }, { refresh: true });
  const today = kazakhstanDay(now);
  requireAnswering(survey, today);
  const { sql, params } = bindNamed(
    `${NOT_ANSWERED_SQL} and s.survey_id = cast(:survey as uuid) order by p.email`,
    {
      survey: survey.id,
      today,
    },
  );
  const claimed = await claimSurveyReminders(em, (await em.execute<Row[]>(sql, params)).map(reminder), now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture.survey.reminded',
    entityType: 'CultureSurvey',
    entityId: survey.id,
    data: { reminded: claimed.length },
  });
  return claimed;
}

const WORDING: Record<Locale, (title: string, date: string) => { subject: string; body: string }> = {
  kk: (title, date) => ({
    subject: `Жасырын сауалнамаға ${date} дейін жауап беріңіз: «${title}»`,
    body:
      `Басшылық атынан сізді «${title}» сауалнамасына ${date} дейін жауап беруге шақырамыз. ` +
      'Сауалнама жасырын: жауаптарыңыз сізбен байланыстырылмайды, тек жауап бергеніңіз туралы белгі сақталады.',
  }),
  ru: (title, date) => ({
    subject: `Ответьте на анонимный опрос до ${date}: «${title}»`,
    body:
      `От имени руководства приглашаем вас ответить на опрос «${title}» до ${date}. ` +
      'Опрос анонимный: ваши ответы не связываются с вами, хранится только отметка о том, что вы ответили.',
  }),
  en: (title, date) => ({
    subject: `Answer the anonymous survey by ${date}: “${title}”`,
    body:
      `On behalf of the management, we invite you to answer the survey “${title}” by ${date}. ` +
      'It is anonymous: your answers are not linked to you; only the fact that you have answered is kept.',
  }),
};

const GREETING: Record<Locale, (name: string) => string> = {
  kk: (name) => `Құрметті ${name}!`,
  ru: (name) => `Уважаемый(ая) ${name}!`,
  en: (name) => `Dear ${name},`,
};

const LINK: Record<Locale, string> = { kk: 'Сауалнама', ru: 'Опрос', en: 'The survey' };

/** §68: the reminder in the person's language — on behalf of the management — linking to the survey. */
export function surveyReminderMail(reminder: SurveyReminder, appUrl: string): PlainMail {
  const title = reminder.title[reminder.locale] || reminder.title.ru;
  const { subject, body } = WORDING[reminder.locale](title, formatCalendarDay(reminder.closesOn));
  const link = `${appUrl.replace(/\/+$/, '')}/culture/surveys/${reminder.surveyId}`;
  return {
    to: reminder.email,
    subject,
    text: `${GREETING[reminder.locale](reminder.fullName)}\n\n${body}\n\n${LINK[reminder.locale]}: ${link}\n`,
  };
}

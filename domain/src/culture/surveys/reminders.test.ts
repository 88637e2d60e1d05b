import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import { NOW, answerAs, createSurveyWorld, openSurvey, type SurveyWorld } from './survey-fixtures.js';
import { SURVEY_PARTICIPATION_KPI } from './kpis.js';
import { closeCultureSurvey } from './open-close-survey.js';
import {
  claimSurveyReminders,
  dueSurveyReminders,
  remindCultureSurvey,
  surveyReminderMail,
} from './survey-reminders.js';
import type { ICultureSurvey } from './survey.entity.js';
import { SURVEY_WORK } from './work-items.js';

/** Treasury is asked, from 8 to 20 June; two of its five answer. */
let w: SurveyWorld;
let survey: ICultureSurvey;

const at = (day: string, hour = 4) => new Date(`${day}T0${hour}:00:00Z`);

beforeAll(async () => {
  w = await createSurveyWorld();
  survey = await openSurvey(w, { audience: 'org_units', orgUnitIds: [w.treasury.id] });
  for (const person of w.treasuryStaff.slice(0, 2)) await answerAs(w, w.employee(person), survey);
});

afterAll(async () => {
  await w?.db.drop();
});

const notAnswered = () =>
  w.treasuryStaff
    .slice(2)
    .map((p) => p.email)
    .sort();

async function morningJob(now: Date): Promise<string[]> {
  const reminders = await w
    .em()
    .transactional(async (em) =>
      claimSurveyReminders(em, await dueSurveyReminders(em, w.org.organization.id, now), now),
    );
  return reminders.map((r) => r.email).sort();
}

describe('reminding those who have not answered (§68)', () => {
  it('the morning job reminds them once the closing day is 3 days away, each once', async () => {
    expect(await morningJob(at('2026-06-16'))).toEqual([]);
    expect(await morningJob(at('2026-06-17'))).toEqual(notAnswered());
    expect(await morningJob(at('2026-06-17', 8))).toEqual([]);
    expect(await morningJob(at('2026-06-18'))).toEqual([]);
  });

  it('"remind now" reaches them again on another day, never twice on one day, and is on the trail', async () => {
    const remind = (now: Date) =>
      w.em().transactional((em) => remindCultureSurvey(em, w.officer, survey.id, now));
    expect((await remind(at('2026-06-17', 9))).map((r) => r.email)).toEqual([]);
    expect((await remind(at('2026-06-19'))).map((r) => r.email).sort()).toEqual(notAnswered());
    expect(await w.em().count(AuditEvent, { entityId: survey.id, action: 'culture.survey.reminded' })).toBe(
      2,
    );
  });

  it('writes the mail in the person’s language, on behalf of the management, with the link', () => {
    const mail = surveyReminderMail(
      {
        participationId: 'p',
        surveyId: survey.id,
        organizationId: w.org.organization.id,
        email: 'a@test.adal.kz',
        fullName: 'Айгүл',
        locale: 'ru',
        title: survey.title,
        closesOn: '2026-06-20',
      },
      'https://adal.example/',
    );
    expect(mail.subject).toBe(
      'Ответьте на анонимный опрос до 20.06.2026: «Опрос об антикоррупционной культуре, 2026»',
    );
    expect(mail.text).toContain('От имени руководства');
    expect(mail.text).toContain(`https://adal.example/culture/surveys/${survey.id}`);
  });

  it('reminds nobody once the survey is closed', async () => {
    const other = await openSurvey(w, { audience: 'org_units', orgUnitIds: [w.sales.id] });
    await w.em().transactional((em) => closeCultureSurvey(em, w.officer, other.id, NOW));
    await expect(
      w.em().transactional((em) => remindCultureSurvey(em, w.officer, other.id, at('2026-06-17'))),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'culture.survey.closed' });
  });
});

describe('My work', () => {
  it('offers the survey to each one who has not answered, due its closing day', async () => {
    const waiting = await SURVEY_WORK.items(w.em(), w.employee(w.treasuryStaff[3]!), NOW);
    expect(waiting).toEqual([
      expect.objectContaining({
        plugin: 'culture',
        kind: 'culture_survey_to_answer',
        subject: survey.title,
        dueOn: '2026-06-20',
        urgency: 'upcoming',
        path: `/culture/surveys/${survey.id}`,
      }),
    ]);
    expect(await SURVEY_WORK.items(w.em(), w.employee(w.treasuryStaff[3]!), at('2026-06-18'))).toEqual([
      expect.objectContaining({ urgency: 'due_soon' }),
    ]);
    expect(await SURVEY_WORK.items(w.em(), w.employee(w.treasuryStaff[0]!), NOW)).toEqual([]);
    expect(await SURVEY_WORK.items(w.em(), w.employee(w.treasuryStaff[3]!), at('2026-06-21'))).toEqual([]);
  });
});

describe('survey participation KPI (§68)', () => {
  it('is the share of those asked who answered, by the closing day, withheld for a unit under 5', async () => {
    const period = {
      periodFrom: new Date('2026-06-01T00:00:00Z'),
      periodTo: new Date('2026-06-30T00:00:00Z'),
    };
    const [whole] = await computeKpiValues(w.em(), w.firstHead, [SURVEY_PARTICIPATION_KPI.code], period);
    // Treasury's survey (2 of 5) and the closed Sales survey (0 of 3).
    expect(whole).toMatchObject({ numerator: 2, denominator: 8, value: 25 });
    const [treasury] = await computeKpiValues(w.em(), w.firstHead, [SURVEY_PARTICIPATION_KPI.code], {
      ...period,
      orgUnitId: w.treasury.id,
    });
    expect(treasury).toMatchObject({ numerator: 2, denominator: 5, value: 40 });
    const [sales] = await computeKpiValues(w.em(), w.firstHead, [SURVEY_PARTICIPATION_KPI.code], {
      ...period,
      orgUnitId: w.sales.id,
    });
    expect(sales).toMatchObject({ suppressed: true, value: null });
    const [july] = await computeKpiValues(w.em(), w.firstHead, [SURVEY_PARTICIPATION_KPI.code], {
      periodFrom: new Date('2026-07-01T00:00:00Z'),
      periodTo: new Date('2026-07-31T00:00:00Z'),
    });
    expect(july).toMatchObject({ value: null, denominator: 0 });
    await expect(
      computeKpiValues(w.em(), w.employee(w.salesStaff[0]!), [SURVEY_PARTICIPATION_KPI.code], period),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

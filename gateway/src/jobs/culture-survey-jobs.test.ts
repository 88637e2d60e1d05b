import { cultureSurveyTemplate, openCultureSurvey, saveCultureSurvey, type Actor } from '@adal/domain';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../mail/mailer.js';
import { queueSurveyReminders } from './culture-survey-jobs.js';

// §68: the morning job reminds those who have not answered a survey closing within 3 days, in the
// transaction that records the reminders; run again the same day, it sends nothing.

const OPENED = new Date('2026-06-08T05:00:00Z');
const MORNING = new Date('2026-06-17T03:15:00Z');

let db: TestDatabase;
let officer: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const { organization, root } = await buildOrganization(em);
  const person = buildPerson(em, organization, root, { email: 'officer@test.adal.kz' });
  grantRoles(em, person, ['employee', 'compliance_officer']);
  buildPerson(em, organization, root, { email: 'aigul@test.adal.kz', fullName: 'Айгүл Серікова' });
  await em.flush();
  officer = actorOf(person, ['employee', 'compliance_officer']);
  const template = cultureSurveyTemplate(2026);
  await db.orm.em.fork().transactional(async (tx) => {
    const survey = await saveCultureSurvey(
      tx,
      officer,
      { ...template, audience: 'all_employees', opensOn: '2026-06-08', closesOn: '2026-06-20' },
      OPENED,
    );
    await openCultureSurvey(tx, officer, survey.id, OPENED);
  });
});

afterAll(async () => {
  await db?.drop();
});

describe('culture.survey-reminders', () => {
  it('mails each person who has not answered once, with the link to the survey', async () => {
    const queued: OutgoingMail[] = [];
    const enqueue = async (_em: unknown, mails: readonly OutgoingMail[]) => void queued.push(...mails);
    expect(await queueSurveyReminders(db.orm, MORNING, 'https://adal.test.kz', enqueue)).toBe(3);
    expect(queued.map((mail) => mail.to).sort()).toEqual([
      expect.stringMatching(/^admin\d+@test\.adal\.kz$/),
      'aigul@test.adal.kz',
      'officer@test.adal.kz',
    ]);
    expect(queued[0]?.text).toContain('https://adal.test.kz/culture/surveys/');
    expect(await queueSurveyReminders(db.orm, MORNING, 'https://adal.test.kz', enqueue)).toBe(0);
  });
});

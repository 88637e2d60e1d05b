import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError } from '../../kernel/errors.js';
import { concurrently, outcomes } from '../../testing/index.js';
import { answerCultureSurvey } from './answer-survey.js';
import { NOW, answersOf, createSurveyWorld, openSurvey, type SurveyWorld } from './survey-fixtures.js';
import { claimSurveyReminders, dueSurveyReminders, remindCultureSurvey } from './survey-reminders.js';
import { CultureSurveyParticipation, CultureSurveyResponse } from './survey.entity.js';

// Answers and reminders fired at once on the real PostgreSQL: one person's answer is recorded once
// however many submissions race, and nobody gets two reminders on one day.

const N = 6;

let w: SurveyWorld;

beforeAll(async () => {
  w = await createSurveyWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

describe('concurrent answers', () => {
  it('records exactly one response of a person submitting several at once; the others are a conflict', async () => {
    const survey = await openSurvey(w);
    const person = w.employee(w.salesStaff[0]!);
    const { fulfilled, rejected } = outcomes(
      await concurrently(w.db.orm, N, (em, i) =>
        answerCultureSurvey(em, person, survey.id, answersOf(survey, (i % 5) + 1), NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(N - 1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    expect(await w.em().count(CultureSurveyResponse, { survey: survey.id })).toBe(1);
    expect(await w.em().count(AuditEvent, { entityId: survey.id, action: 'culture.survey.answered' })).toBe(
      1,
    );
  });

  it('takes every answer of different people at once', async () => {
    const survey = await openSurvey(w);
    const people = w.treasuryStaff.map((p) => w.employee(p));
    const { fulfilled } = outcomes(
      await concurrently(w.db.orm, people.length, (em, i) =>
        answerCultureSurvey(em, people[i]!, survey.id, answersOf(survey, 3), NOW),
      ),
    );
    expect(fulfilled).toHaveLength(people.length);
    expect(await w.em().count(CultureSurveyResponse, { survey: survey.id })).toBe(people.length);
    expect(await w.em().count(CultureSurveyParticipation, { survey: survey.id, answered: true })).toBe(
      people.length,
    );
  });
});

describe('concurrent reminders', () => {
  it('of the morning job and "remind now" at once, each person gets one', async () => {
    const survey = await openSurvey(w, { audience: 'org_units', orgUnitIds: [w.finance.id] });
    const morning = new Date('2026-06-18T03:00:00Z');
    const settled = await concurrently(w.db.orm, N, async (em, i) =>
      i % 2 === 0
        ? claimSurveyReminders(em, await dueSurveyReminders(em, w.org.organization.id, morning), morning)
        : remindCultureSurvey(em, w.officer, survey.id, morning),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    // The job reminds of the other surveys open in the organisation too: this one's are counted.
    const mailed = fulfilled
      .flat()
      .filter((r) => r.surveyId === survey.id)
      .map((r) => r.email)
      .sort();
    expect(mailed).toEqual([...w.financeStaff, ...w.treasuryStaff].map((p) => p.email).sort());
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { actorOf, buildOrganization, buildPerson } from '../../testing/index.js';
import { answerCultureSurvey } from './answer-survey.js';
import { closeCultureSurvey } from './open-close-survey.js';
import {
  AFTER_CLOSING,
  NOW,
  answerAs,
  answersOf,
  createSurveyWorld,
  openSurvey,
  saveDraft,
  type SurveyWorld,
} from './survey-fixtures.js';
import { getCultureSurvey } from './survey-views.js';
import {
  CultureSurveyParticipation,
  CultureSurveyResponse,
  type ICultureSurvey,
  type SurveyAnswers,
} from './survey.entity.js';

let w: SurveyWorld;

beforeAll(async () => {
  w = await createSurveyWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

async function responsesOf(survey: ICultureSurvey) {
  return w.em().find(CultureSurveyResponse, { survey: survey.id });
}

/** The answers in the order of the survey's questions. */
function inOrder(survey: ICultureSurvey, answers: SurveyAnswers): (number | string | undefined)[] {
  return survey.questions.map((q) => answers[q.id]);
}

async function columnsOf(table: string): Promise<string[]> {
  const rows = await w
    .em()
    .execute<{ column_name: string }[]>(
      'select column_name from information_schema.columns where table_name = ? order by column_name',
      [table],
    );
  return rows.map((row) => row.column_name);
}

describe('answering without the answer being linked to the person (§68)', () => {
  it('keeps the response in a table with no person and no time, only the unit and the answers', async () => {
    expect(await columnsOf('culture_survey_response')).toEqual([
      'answers',
      'id',
      'org_unit_id',
      'organization_id',
      'survey_id',
    ]);
    const survey = await openSurvey(w);
    const [person] = w.treasuryStaff;
    await answerAs(w, w.employee(person!), survey, answersOf(survey, 5, 'Clearer rules on gifts'));
    const [response] = await responsesOf(survey);
    expect(response?.orgUnit?.id).toBe(w.treasury.id);
    expect(inOrder(survey, response!.answers)).toEqual([5, 5, 5, 5, 5, 5, 5, 'Clearer rules on gifts']);
    // A random (version 4) UUID: nothing in the id orders responses by when they came.
    expect(response!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const participation = await w
      .em()
      .findOneOrFail(CultureSurveyParticipation, { survey: survey.id, person: person!.id });
    expect(participation.answered).toBe(true);
  });

  it('names the person and the survey on the audit trail, never the response', async () => {
    const survey = await openSurvey(w);
    const [person] = w.salesStaff;
    await answerAs(w, w.employee(person!), survey);
    const [response] = await responsesOf(survey);
    const events = await w.em().find(AuditEvent, { action: 'culture.survey.answered', entityId: survey.id });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ actorPersonId: person!.id, entityType: 'CultureSurvey', data: {} });
    expect(JSON.stringify(event)).not.toContain(response!.id);
    // Nothing else on the trail names the response either.
    expect(await w.em().count(AuditEvent, { entityId: response!.id })).toBe(0);
  });

  it('tells the person they answered, and nothing more', async () => {
    const survey = await openSurvey(w);
    const person = w.financeStaff[0]!;
    await answerAs(w, w.employee(person), survey);
    expect(await getCultureSurvey(w.em(), w.employee(person), survey.id, NOW)).toMatchObject({
      asked: true,
      answered: true,
    });
  });
});

describe('one answer per person', () => {
  it('refuses a second answer with a typed conflict and changes nothing', async () => {
    const survey = await openSurvey(w);
    const actor = w.employee(w.financeStaff[1]!);
    await answerAs(w, actor, survey, answersOf(survey, 2));
    const error = await answerAs(w, actor, survey, answersOf(survey, 5)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ messageKey: 'culture.survey.alreadyAnswered' });
    const responses = await responsesOf(survey);
    expect(responses).toHaveLength(1);
    expect(inOrder(survey, responses[0]!.answers)).toEqual([2, 2, 2, 2, 2, 2, 2, 'More training']);
    expect(await w.em().count(AuditEvent, { action: 'culture.survey.answered', entityId: survey.id })).toBe(
      1,
    );
  });
});

describe('who may answer, and when', () => {
  it('answers NOT_FOUND to someone outside the audience, and to another organisation', async () => {
    const survey = await openSurvey(w, { audience: 'org_units', orgUnitIds: [w.sales.id] });
    await expect(answerAs(w, w.employee(w.financeStaff[0]!), survey)).rejects.toBeInstanceOf(NotFoundError);
    const em = w.em();
    const other = await buildOrganization(em);
    const stranger = buildPerson(em, other.organization, other.root);
    await em.flush();
    await expect(answerAs(w, actorOf(stranger, ['employee']), survey)).rejects.toBeInstanceOf(NotFoundError);
    expect(await responsesOf(survey)).toEqual([]);
  });

  it('refuses with a conflict before the opening day, after the closing day, and once closed', async () => {
    const upcoming = await openSurvey(w, { opensOn: '2026-06-15', closesOn: '2026-06-30' });
    const actor = w.employee(w.salesStaff[1]!);
    await expect(answerAs(w, actor, upcoming)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'culture.survey.notYetOpen',
      params: { opensOn: '2026-06-15' },
    });
    const survey = await openSurvey(w);
    await expect(answerAs(w, actor, survey, answersOf(survey, 3), AFTER_CLOSING)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'culture.survey.closed',
      params: { closedOn: '2026-06-20' },
    });
    await w.em().transactional((em) => closeCultureSurvey(em, w.officer, survey.id, NOW));
    await expect(answerAs(w, actor, survey)).rejects.toMatchObject({
      code: 'CONFLICT',
      params: { closedOn: '2026-06-10' },
    });
    expect(await responsesOf(survey)).toEqual([]);
    expect(await responsesOf(upcoming)).toEqual([]);
  });

  it('asks nobody before a draft opens', async () => {
    const draft = await saveDraft(w);
    await expect(answerAs(w, w.employee(w.salesStaff[0]!), draft)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('checking the answers', () => {
  it('names a required question left unanswered', async () => {
    const survey = await openSurvey(w);
    const answers = answersOf(survey, 3).filter((a) => a.questionId !== survey.questions[1]!.id);
    const error = await answerAs(w, w.employee(w.salesStaff[2]!), survey, answers).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      messageKey: 'culture.survey.answerRequired',
      params: { number: 2 },
      details: { field: `answers.${survey.questions[1]!.id}` },
    });
  });

  it.each([0, 6, 2.5])('refuses %s on the scale of 1 to 5, naming the question', async (point) => {
    const survey = await openSurvey(w);
    const answers = answersOf(survey, 3).map((a) =>
      a.questionId === survey.questions[4]!.id ? { ...a, likert: point } : a,
    );
    await expect(answerAs(w, w.employee(w.salesStaff[2]!), survey, answers)).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'culture.survey.likertRange',
      params: { number: 5 },
    });
    const participation = await w
      .em()
      .findOneOrFail(CultureSurveyParticipation, { survey: survey.id, person: w.salesStaff[2]!.id });
    expect(participation.answered).toBe(false);
    expect(await responsesOf(survey)).toEqual([]);
  });

  it('leaves out an optional free text left blank', async () => {
    const survey = await openSurvey(w);
    await answerAs(w, w.employee(w.salesStaff[2]!), survey, answersOf(survey, 1, '   '));
    const [response] = await responsesOf(survey);
    expect(Object.keys(response!.answers).sort()).toEqual(
      survey.questions
        .slice(0, 7)
        .map((q) => q.id)
        .sort(),
    );
  });

  it('refuses a question the survey does not ask', async () => {
    const survey = await openSurvey(w);
    await expect(
      w
        .em()
        .transactional((em) =>
          answerCultureSurvey(
            em,
            w.employee(w.salesStaff[0]!),
            survey.id,
            [...answersOf(survey, 3), { questionId: 'elsewhere', likert: 3 }],
            NOW,
          ),
        ),
    ).rejects.toMatchObject({ code: 'VALIDATION', messageKey: 'culture.survey.unknownQuestion' });
  });
});

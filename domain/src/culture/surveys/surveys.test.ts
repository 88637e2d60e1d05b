import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { Person } from '../../org/person.entity.js';
import { buildPerson } from '../../testing/index.js';
import { closeCultureSurvey, openCultureSurvey } from './open-close-survey.js';
import { saveCultureSurvey } from './save-survey.js';
import {
  CLOSES_ON,
  NOW,
  createSurveyWorld,
  openSurvey,
  saveDraft,
  templateInput,
  type SurveyWorld,
} from './survey-fixtures.js';
import { cultureSurveyTemplate } from './survey-template.js';
import { getCultureSurvey, listCultureSurveys, myCultureSurveys } from './survey-views.js';
import { CultureSurvey, CultureSurveyParticipation } from './survey.entity.js';

let w: SurveyWorld;

beforeAll(async () => {
  w = await createSurveyWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

async function participants(surveyId: string): Promise<string[]> {
  const rows = await w.em().find(CultureSurveyParticipation, { survey: surveyId });
  return rows.map((row) => row.person.id).sort();
}

describe('the §68 template', () => {
  it('asks seven statements on a scale of 1 to 5 and one free question, each in kk, ru and en', () => {
    const template = cultureSurveyTemplate(2026);
    expect(template.questions.map((q) => q.kind)).toEqual([...Array(7).fill('likert'), 'text']);
    expect(template.questions[0]?.statement.en).toBe('I know how to report corruption safely');
    for (const question of template.questions) {
      expect(question.statement.kk).not.toBe(question.statement.en);
      expect(question.statement.ru).not.toBe(question.statement.en);
    }
    expect(template.title.ru).toBe('Опрос об антикоррупционной культуре, 2026');
  });
});

describe('drafting a survey', () => {
  it('saves a draft from the template with its questions in order, on the audit trail', async () => {
    const draft = await saveDraft(w);
    expect(draft.status).toBe('draft');
    expect(draft.questions).toHaveLength(8);
    expect(draft.questions.map((q) => q.statement.en)).toEqual(
      cultureSurveyTemplate(2026).questions.map((q) => q.statement.en),
    );
    expect(new Set(draft.questions.map((q) => q.id)).size).toBe(8);
    expect(await w.em().count(AuditEvent, { entityId: draft.id, action: 'culture.survey.saved' })).toBe(1);
  });

  it('is for the compliance staff only', async () => {
    await expect(
      w.em().transactional((em) => saveCultureSurvey(em, w.firstHead, templateInput(), NOW)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each([
    ['a title', { title: { kk: '', ru: 'Опрос' } }, 'culture.survey.titleRequired', 'title'],
    ['a question', { questions: [] }, 'culture.survey.questionsRequired', 'questions'],
    [
      'a closing day after the opening day',
      { opensOn: '2026-06-20', closesOn: '2026-06-19' },
      'culture.survey.closesBeforeOpens',
      'closesOn',
    ],
    [
      'a unit for a survey of units',
      { audience: 'org_units', orgUnitIds: [] },
      'culture.survey.audienceUnitsRequired',
      'orgUnitIds',
    ],
    [
      'a unit of the organisation',
      { audience: 'org_units', orgUnitIds: ['00000000-0000-4000-8000-000000000000'] },
      'org.unknownOrgUnit',
      'orgUnitIds',
    ],
  ])('needs %s', async (_what, overrides, key, field) => {
    const before = await w.em().count(CultureSurvey, {});
    const error = await w
      .em()
      .transactional((em) => saveCultureSurvey(em, w.officer, templateInput(overrides), NOW))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ messageKey: key, details: { field } });
    expect(await w.em().count(CultureSurvey, {})).toBe(before);
  });

  it('names the question a statement is missing from', async () => {
    const questions = [...templateInput().questions];
    questions[2] = { kind: 'likert', statement: { kk: 'Сұрақ', ru: '' }, required: true };
    await expect(
      w.em().transactional((em) => saveCultureSurvey(em, w.officer, templateInput({ questions }), NOW)),
    ).rejects.toMatchObject({
      messageKey: 'culture.survey.statementRequired',
      params: { number: 3 },
      details: { field: 'questions.2.statement' },
    });
  });

  it('changes a draft, its questions kept by id', async () => {
    const draft = await saveDraft(w);
    const questions = draft.questions.slice(0, 3).reverse();
    const saved = await w
      .em()
      .transactional((em) =>
        saveCultureSurvey(
          em,
          w.officer,
          templateInput({ id: draft.id, questions, closesOn: '2026-06-25' }),
          NOW,
        ),
      );
    expect(saved.id).toBe(draft.id);
    expect(saved.questions.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    expect(saved.closesOn).toBe('2026-06-25');
  });
});

describe('opening and closing', () => {
  it('asks every active person of the organisation once, and freezes the questions', async () => {
    const leaver = buildPerson(w.em(), w.org.organization, w.org.root, { active: false });
    await w.em().persist(leaver).flush();
    const survey = await openSurvey(w);
    expect(survey.status).toBe('open');
    const active = await w.em().find(Person, { organization: w.org.organization.id, active: true });
    expect(await participants(survey.id)).toEqual(active.map((p) => p.id).sort());
    expect(await participants(survey.id)).not.toContain(leaver.id);

    const error = await w
      .em()
      .transactional((em) =>
        saveCultureSurvey(
          em,
          w.officer,
          templateInput({ id: survey.id, questions: survey.questions.slice(0, 1) }),
          NOW,
        ),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ messageKey: 'culture.survey.frozen' });
    const stored = await w.em().findOneOrFail(CultureSurvey, survey.id);
    expect(stored.questions).toEqual(survey.questions);
  });

  it("asks only the people of the chosen units' subtrees", async () => {
    const survey = await openSurvey(w, { audience: 'org_units', orgUnitIds: [w.finance.id] });
    expect(await participants(survey.id)).toEqual(
      [...w.financeStaff, ...w.treasuryStaff].map((p) => p.id).sort(),
    );
  });

  it('refuses to open twice, or a survey whose closing day has passed', async () => {
    const survey = await openSurvey(w);
    await expect(
      w.em().transactional((em) => openCultureSurvey(em, w.officer, survey.id, NOW)),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'culture.survey.alreadyOpened' });
    const late = await saveDraft(w, { opensOn: '2026-06-01', closesOn: '2026-06-09' });
    await expect(
      w.em().transactional((em) => openCultureSurvey(em, w.officer, late.id, NOW)),
    ).rejects.toMatchObject({ code: 'VALIDATION', messageKey: 'culture.survey.closesInPast' });
    expect(await participants(late.id)).toEqual([]);
  });

  it('closes an open survey once; a draft cannot be closed', async () => {
    const survey = await openSurvey(w);
    const closed = await w.em().transactional((em) => closeCultureSurvey(em, w.officer, survey.id, NOW));
    expect(closed.status).toBe('closed');
    await expect(
      w.em().transactional((em) => closeCultureSurvey(em, w.officer, survey.id, NOW)),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'culture.survey.alreadyClosed' });
    const draft = await saveDraft(w);
    await expect(
      w.em().transactional((em) => closeCultureSurvey(em, w.officer, draft.id, NOW)),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'culture.survey.notOpened' });
  });
});

describe('who sees a survey', () => {
  it('shows an audience member the questions and whether they answered; others outside it find nothing', async () => {
    const survey = await openSurvey(w, { audience: 'org_units', orgUnitIds: [w.sales.id] });
    const [seller] = w.salesStaff;
    const view = await getCultureSurvey(w.em(), w.employee(seller!), survey.id, NOW);
    expect(view).toMatchObject({
      asked: true,
      answered: false,
      readsResults: false,
      phase: 'open',
      counts: null,
    });
    expect(view.survey.questions).toHaveLength(8);
    await expect(
      getCultureSurvey(w.em(), w.employee(w.financeStaff[0]!), survey.id, NOW),
    ).rejects.toBeInstanceOf(NotFoundError);
    // The first head reads results whatever the audience.
    expect(await getCultureSurvey(w.em(), w.firstHead, survey.id, NOW)).toMatchObject({
      asked: false,
      readsResults: true,
      counts: { asked: 3, answered: 0 },
    });
  });

  it('keeps drafts to the compliance staff', async () => {
    const draft = await saveDraft(w);
    await expect(getCultureSurvey(w.em(), w.firstHead, draft.id, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCultureSurveys(w.em(), w.firstHead, NOW)).map((v) => v.survey.id)).not.toContain(
      draft.id,
    );
    expect((await listCultureSurveys(w.em(), w.officer, NOW)).map((v) => v.survey.id)).toContain(draft.id);
    await expect(listCultureSurveys(w.em(), w.employee(w.salesStaff[0]!), NOW)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("lists a person's surveys that take answers, nearest closing first", async () => {
    const later = await openSurvey(w, {
      audience: 'org_units',
      orgUnitIds: [w.treasury.id],
      closesOn: '2026-06-30',
    });
    const sooner = await openSurvey(w, { audience: 'org_units', orgUnitIds: [w.treasury.id] });
    const mine = await myCultureSurveys(w.em(), w.employee(w.treasuryStaff[0]!), NOW);
    const ids = mine.map((v) => v.survey.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(mine.every((v) => v.asked && v.survey.closesOn >= CLOSES_ON)).toBe(true);
  });
});

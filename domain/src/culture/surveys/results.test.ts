import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import {
  AFTER_CLOSING,
  NOW,
  answerAs,
  answersOf,
  createSurveyWorld,
  openSurvey,
  type SurveyWorld,
} from './survey-fixtures.js';
import { cultureSurveyParticipation } from './survey-participation.js';
import { cultureSurveyResults } from './survey-results.js';
import { getCultureSurvey } from './survey-views.js';
import type { ICultureSurvey } from './survey.entity.js';

let w: SurveyWorld;
/** Everyone asked; 10 answered: Treasury's 5, Sales' 3, and 2 at the root. Finance's own 4 did not. */
let survey: ICultureSurvey;
/** Everyone asked; 7 answered: Treasury's 5 and 2 of Finance's own, who alone wrote a text. */
let lopsided: ICultureSurvey;

const TEXTS = [
  'Clearer rules',
  'More examples',
  'A hotline poster',
  'Shorter courses',
  'Talk by the head',
  'None',
];

beforeAll(async () => {
  w = await createSurveyWorld();
  survey = await openSurvey(w);
  lopsided = await openSurvey(w);
  // Treasury answers 1 to 5 on every statement, and each gives a text.
  for (const [i, person] of w.treasuryStaff.entries()) {
    await answerAs(w, w.employee(person), survey, answersOf(survey, i + 1, TEXTS[i]));
    await answerAs(w, w.employee(person), lopsided, answersOf(lopsided, 4, ''));
  }
  for (const person of w.salesStaff) await answerAs(w, w.employee(person), survey, answersOf(survey, 2, ''));
  await answerAs(w, w.officer, survey, answersOf(survey, 5, TEXTS[5]));
  await answerAs(w, w.firstHead, survey, answersOf(survey, 5, ''));
  for (const person of w.financeStaff.slice(0, 2)) {
    await answerAs(w, w.employee(person), lopsided, answersOf(lopsided, 1));
  }
});

afterAll(async () => {
  await w?.db.drop();
});

function results(actor: Actor, of: ICultureSurvey, orgUnitId: string | null = null, now = AFTER_CLOSING) {
  return cultureSurveyResults(w.em(), actor, of.id, orgUnitId, now);
}

describe('results by group (§68: at least 5 answers)', () => {
  it('waits until the survey no longer takes answers', async () => {
    await expect(results(w.officer, survey, null, NOW)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'culture.survey.resultsAfterAnswering',
    });
  });

  it('counts, averages and distributes each statement over the whole survey', async () => {
    const whole = await results(w.firstHead, survey);
    expect(whole.responses).toBe(10);
    const [first] = whole.questions;
    // Treasury 1+2+3+4+5, Sales 2+2+2, the root 5+5: 31 over 10.
    expect(first).toMatchObject({
      answered: 10,
      withheld: false,
      average: 3.1,
      distribution: [1, 4, 1, 1, 3],
    });
  });

  it('shows a unit holding at least 5 answers, its subtree counted', async () => {
    const treasury = await results(w.auditor, survey, w.treasury.id);
    expect(treasury.responses).toBe(5);
    expect(treasury.questions[0]).toMatchObject({ average: 3, distribution: [1, 1, 1, 1, 1] });
    const finance = await results(w.auditor, survey, w.finance.id);
    expect(finance.responses).toBe(5);
  });

  it('refuses a group under 5 answers with a typed error', async () => {
    const error = await results(w.officer, survey, w.sales.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      messageKey: 'culture.survey.groupTooSmall',
      details: { field: 'orgUnitId' },
    });
  });

  it('refuses a group whose wider group would keep fewer than 5 answers besides it', async () => {
    // The whole survey (7) minus Treasury (5) would be the answers of Finance's two.
    await expect(results(w.officer, lopsided, w.treasury.id)).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'culture.survey.groupRemainderTooSmall',
    });
    expect((await results(w.officer, lopsided, w.finance.id)).responses).toBe(7);
  });

  it('withholds a question fewer than 5 answered in the group', async () => {
    const treasury = await results(w.officer, survey, w.treasury.id);
    expect(treasury.questions.at(-1)).toMatchObject({ answered: 5, withheld: false });
    const whole = await results(w.officer, lopsided);
    expect(whole.questions[0]).toMatchObject({ answered: 7, withheld: false });
    expect(whole.questions.at(-1)).toMatchObject({ answered: 2, withheld: true, distribution: null });
  });

  it('is not for employees', async () => {
    await expect(results(w.employee(w.salesStaff[0]!), survey)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('free texts', () => {
  it('go to the compliance staff, for the whole survey, in random order', async () => {
    const whole = await results(w.officer, survey);
    expect(whole.freeTexts).toHaveLength(1);
    expect([...whole.freeTexts![0]!.texts].sort()).toEqual([...TEXTS].sort());
    const orders = new Set<string>();
    for (let i = 0; i < 20; i += 1) orders.add(JSON.stringify((await results(w.officer, survey)).freeTexts));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never to the first head, auditors or the board, and never by unit', async () => {
    expect((await results(w.firstHead, survey)).freeTexts).toBeNull();
    expect((await results(w.auditor, survey)).freeTexts).toBeNull();
    expect((await results({ ...w.auditor, roles: ['board_member'] }, survey)).freeTexts).toBeNull();
    expect((await results(w.officer, survey, w.treasury.id)).freeTexts).toBeNull();
  });
});

describe('participation by unit', () => {
  it('counts those asked and those who answered, never who, withholding units of 1 to 4 people', async () => {
    const view = await getCultureSurvey(w.em(), w.firstHead, survey.id, NOW);
    const top = await cultureSurveyParticipation(w.em(), w.firstHead, view);
    // The root, the administrator and three role holders, Finance's 4, Treasury's 5, Sales' 3.
    expect(top?.totals).toMatchObject({
      asked: 16,
      answered: 10,
      share: 62.5,
      withheld: false,
      results: 'shown',
    });
    expect(top?.units.map((u) => u.orgUnitId)).toEqual([w.org.root.id]);
    const below = await cultureSurveyParticipation(w.em(), w.firstHead, view, w.org.root.id);
    expect(below?.units).toEqual([
      expect.objectContaining({
        orgUnitId: w.finance.id,
        asked: 9,
        answered: 5,
        share: 55.6,
        hasChildren: true,
        results: 'shown',
      }),
      expect.objectContaining({
        orgUnitId: w.sales.id,
        asked: null,
        answered: null,
        share: null,
        withheld: true,
        results: 'too_few',
      }),
    ]);
  });

  it('says which groups of the lopsided survey may be shown', async () => {
    const view = await getCultureSurvey(w.em(), w.officer, lopsided.id, NOW);
    const finance = await cultureSurveyParticipation(w.em(), w.officer, view, w.finance.id);
    expect(finance?.totals.results).toBe('shown');
    expect(finance?.units).toEqual([
      expect.objectContaining({ orgUnitId: w.treasury.id, answered: 5, results: 'remainder_too_few' }),
    ]);
  });

  it('is nothing to an audience member', async () => {
    const person = w.employee(w.salesStaff[0]!);
    const view = await getCultureSurvey(w.em(), person, survey.id, NOW);
    expect(await cultureSurveyParticipation(w.em(), person, view)).toBeNull();
  });
});

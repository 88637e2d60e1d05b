import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cultureSurveyParticipation } from '../src/culture/surveys/survey-participation.js';
import { cultureSurveyResults } from '../src/culture/surveys/survey-results.js';
import { listCultureSurveys, myCultureSurveys } from '../src/culture/surveys/survey-views.js';
import { createDemoDatabase } from '../src/testing/demo-database.js';
import type { TestDatabase } from '../src/testing/index.js';
import { demoActor } from './demo-actor.js';
import { Organization } from '../src/org/organization.entity.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createDemoDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('the demo culture surveys (§68)', () => {
  it('has a closed yearly survey with results by unit, an open one for everyone, one for procurement and a draft', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    const officer = await demoActor(em, holding, 'compliance_officer');
    const surveys = await listCultureSurveys(em, officer);
    expect(surveys.map((v) => [v.survey.status, v.survey.audience]).sort()).toEqual([
      ['closed', 'all_employees'],
      ['draft', 'all_employees'],
      ['open', 'all_employees'],
      ['open', 'org_units'],
    ]);
    const yearly = surveys.find((v) => v.survey.status === 'closed')!;
    const results = await cultureSurveyResults(em, officer, yearly.survey.id);
    expect(results.responses).toBeGreaterThanOrEqual(40);
    expect(results.freeTexts?.[0]?.texts.length).toBeGreaterThan(5);
    const top = await cultureSurveyParticipation(em, officer, yearly);
    const [root] = top!.units;
    const byUnit = await cultureSurveyParticipation(em, officer, yearly, root!.orgUnitId);
    expect(byUnit!.units.filter((u) => u.results === 'shown').length).toBeGreaterThan(2);
    expect(byUnit!.units.filter((u) => u.results === 'too_few').length).toBeGreaterThan(0);

    // Every demo login has the pulse survey to answer; none has the procurement one.
    const employee = await demoActor(em, holding, 'employee');
    const mine = await myCultureSurveys(em, employee);
    expect(mine.map((v) => [v.survey.audience, v.answered])).toEqual([['all_employees', false]]);
  });
});

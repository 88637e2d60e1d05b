import { addCalendarDays, kazakhstanDay, type IPerson, type RoleCode } from '@adal/domain';
import { buildOrganization, buildOrgUnit, buildPerson, grantRoles } from '@adal/domain/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../files/xlsx-download.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { devLoginToken } from '../../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// The survey API as clients call it (§68): who sees what, one answer each, results only for groups
// of at least 5 and free texts only to the compliance staff — on screen and in the workbook.

let gateway: TestGateway;
const tokens = {} as Record<'officer' | 'firstHead' | 'outsider' | 'seller', string>;
/** Sales' seven people answer; Legal's two are asked too and answer. */
const sellers: string[] = [];
const lawyers: string[] = [];
let salesId: string;
let legalId: string;
let surveyId: string;
let questions: { id: string; kind: string }[];

const today = kazakhstanDay(new Date());

const SURVEY = `id status phase asked answered askedCount answeredCount
  questions { id kind required statement { en } }`;
const ANSWER =
  'mutation($id: ID!, $answers: [CultureSurveyAnswerInput!]!) { answerCultureSurvey(id: $id, answers: $answers) { answered } }';
const RESULTS =
  'query($id: ID!, $unit: ID) { cultureSurveyResults(id: $id, orgUnitId: $unit) { responses questions { average distribution withheld } freeTexts { texts } } }';

function answers(point: number, text: string) {
  return questions.map((q) =>
    q.kind === 'likert' ? { questionId: q.id, likert: point } : { questionId: q.id, text },
  );
}

beforeAll(async () => {
  gateway = await createTestGateway();
  const em = gateway.orm.em.fork();
  const { organization, root } = await buildOrganization(em);
  const sales = buildOrgUnit(em, organization, root, 'Sales');
  const legal = buildOrgUnit(em, organization, root, 'Legal');
  const other = buildOrgUnit(em, organization, root, 'Warehouse');
  const person = (unit: typeof root, roles: readonly RoleCode[] = []): IPerson => {
    const built = buildPerson(em, organization, unit);
    grantRoles(em, built, ['employee', ...roles]);
    return built;
  };
  const officer = person(root, ['compliance_officer']);
  const firstHead = person(root, ['first_head']);
  const outsider = person(other);
  const salesPeople = Array.from({ length: 7 }, () => person(sales));
  const legalPeople = Array.from({ length: 2 }, () => person(legal));
  await em.flush();
  salesId = sales.id;
  legalId = legal.id;
  tokens.officer = await devLoginToken(gateway.yoga, officer.email);
  tokens.firstHead = await devLoginToken(gateway.yoga, firstHead.email);
  tokens.outsider = await devLoginToken(gateway.yoga, outsider.email);
  for (const p of salesPeople) sellers.push(await devLoginToken(gateway.yoga, p.email));
  for (const p of legalPeople) lawyers.push(await devLoginToken(gateway.yoga, p.email));
  tokens.seller = sellers[0]!;

  const { data: template } = await staff<{ cultureSurveyTemplate: Record<string, unknown> }>(
    gateway.yoga,
    tokens.officer,
    '{ cultureSurveyTemplate { title { kk ru en } intro { kk ru en } questions { kind required statement { kk ru en } } } }',
  );
  const { data: saved, error } = await staff<{ saveCultureSurvey: { id: string } }>(
    gateway.yoga,
    tokens.officer,
    'mutation($input: SaveCultureSurveyInput!) { saveCultureSurvey(input: $input) { id } }',
    {
      input: {
        ...template!.cultureSurveyTemplate,
        audience: 'org_units',
        orgUnitIds: [sales.id, legal.id],
        opensOn: today,
        closesOn: addCalendarDays(today, 5),
      },
    },
  );
  if (!saved) throw new Error(JSON.stringify(error));
  surveyId = saved.saveCultureSurvey.id;
  const { data: opened } = await staff<{ openCultureSurvey: { questions: { id: string; kind: string }[] } }>(
    gateway.yoga,
    tokens.officer,
    `mutation($id: ID!) { openCultureSurvey(id: $id) { ${SURVEY} } }`,
    { id: surveyId },
  );
  questions = opened!.openCultureSurvey.questions;
});

afterAll(async () => {
  await gateway?.drop();
});

describe('answering (§68)', () => {
  it('shows an audience member the questions and that they have not answered, without participation', async () => {
    const { data } = await staff<{ cultureSurvey: Record<string, unknown> }>(
      gateway.yoga,
      tokens.seller,
      `query($id: ID!) { cultureSurvey(id: $id) { ${SURVEY} participation { totals { asked } } } }`,
      { id: surveyId },
    );
    expect(data?.cultureSurvey).toMatchObject({
      phase: 'open',
      asked: true,
      answered: false,
      askedCount: null,
      participation: null,
    });
  });

  it('is NOT_FOUND to someone outside the audience, for reading and for answering', async () => {
    const read = await staff(
      gateway.yoga,
      tokens.outsider,
      'query($id: ID!) { cultureSurvey(id: $id) { id } }',
      {
        id: surveyId,
      },
    );
    expect(read.error?.extensions?.code).toBe('NOT_FOUND');
    const answer = await staff(gateway.yoga, tokens.outsider, ANSWER, {
      id: surveyId,
      answers: answers(3, ''),
    });
    expect(answer.error?.extensions?.code).toBe('NOT_FOUND');
  });

  it('names the question of a point outside 1 to 5, and records nothing', async () => {
    const { error } = await staff(gateway.yoga, sellers[1]!, ANSWER, {
      id: surveyId,
      answers: answers(7, ''),
    });
    expect(error?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'culture.survey.likertRange',
      field: `answers.${questions[0]!.id}`,
      params: { number: 1 },
    });
  });

  it('takes one answer from each; a second is a CONFLICT', async () => {
    for (const [i, token] of [...sellers, ...lawyers].entries()) {
      const { error } = await staff(gateway.yoga, token, ANSWER, {
        id: surveyId,
        answers: answers((i % 5) + 1, i < 3 ? `Idea ${i}` : ''),
      });
      expect(error).toBeNull();
    }
    const again = await staff(gateway.yoga, tokens.seller, ANSWER, { id: surveyId, answers: answers(5, '') });
    expect(again.error?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'culture.survey.alreadyAnswered',
    });
  });

  it('shows the participation by unit to those who read results, withholding Legal (2 asked)', async () => {
    const { data } = await staff<{
      cultureSurvey: { answeredCount: number; participation: { units: unknown[] } };
    }>(
      gateway.yoga,
      tokens.firstHead,
      `query($id: ID!, $unit: ID) { cultureSurvey(id: $id) { answeredCount
        participation(orgUnitId: $unit) { units { orgUnitId figures { asked answered share withheld results } } } } }`,
      { id: surveyId, unit: (await rootOf()) ?? null },
    );
    expect(data?.cultureSurvey.answeredCount).toBe(9);
    expect(data?.cultureSurvey.participation.units).toEqual([
      {
        orgUnitId: legalId,
        figures: { asked: null, answered: null, share: null, withheld: true, results: 'too_few' },
      },
      {
        // Sales' results would give Legal's two away: the whole survey's less Sales'.
        orgUnitId: salesId,
        figures: { asked: 7, answered: 7, share: 100, withheld: false, results: 'remainder_too_few' },
      },
    ]);
  });
});

/** The root unit, the level the survey's units sit under. */
async function rootOf(): Promise<string | undefined> {
  const { data } = await staff<{ cultureSurvey: { participation: { units: { orgUnitId: string }[] } } }>(
    gateway.yoga,
    tokens.officer,
    'query($id: ID!) { cultureSurvey(id: $id) { participation { units { orgUnitId } } } }',
    { id: surveyId },
  );
  return data?.cultureSurvey.participation.units[0]?.orgUnitId;
}

describe('results (§68)', () => {
  it('wait until the survey stops taking answers', async () => {
    const { error } = await staff(gateway.yoga, tokens.firstHead, RESULTS, { id: surveyId });
    expect(error?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'culture.survey.resultsAfterAnswering',
    });
  });

  it('give the free texts to the compliance staff only; a group under 5 is refused; employees are refused', async () => {
    const { error: closing } = await staff(
      gateway.yoga,
      tokens.officer,
      'mutation($id: ID!) { closeCultureSurvey(id: $id) { status } }',
      {
        id: surveyId,
      },
    );
    expect(closing).toBeNull();
    type Results = { cultureSurveyResults: { responses: number; freeTexts: { texts: string[] }[] | null } };
    const officer = await staff<Results>(gateway.yoga, tokens.officer, RESULTS, { id: surveyId });
    expect(officer.data?.cultureSurveyResults.responses).toBe(9);
    expect([...officer.data!.cultureSurveyResults.freeTexts![0]!.texts].sort()).toEqual([
      'Idea 0',
      'Idea 1',
      'Idea 2',
    ]);
    const firstHead = await staff<Results>(gateway.yoga, tokens.firstHead, RESULTS, { id: surveyId });
    expect(firstHead.data?.cultureSurveyResults).toMatchObject({ responses: 9, freeTexts: null });
    const legal = await staff(gateway.yoga, tokens.firstHead, RESULTS, { id: surveyId, unit: legalId });
    expect(legal.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'culture.survey.groupTooSmall',
      field: 'orgUnitId',
    });
    // Sales (7) beside Legal (2) in the whole survey (9): Sales alone would give Legal's two away.
    const sales = await staff(gateway.yoga, tokens.firstHead, RESULTS, { id: surveyId, unit: salesId });
    expect(sales.error?.extensions).toMatchObject({ messageKey: 'culture.survey.groupRemainderTooSmall' });
    const seller = await staff(gateway.yoga, tokens.seller, RESULTS, { id: surveyId });
    expect(seller.error?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('GET /culture/surveys/:id/results.xlsx', () => {
  const get = (token: string | null, query = '') =>
    gateway.yoga.fetch(`http://gateway.test/culture/surveys/${surveyId}/results.xlsx${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  }

  const column = (sheet: ExcelJS.Worksheet | undefined, n: number) =>
    (sheet?.getColumn(n).values ?? []).filter((v) => v !== undefined && v !== null);

  it('gives the compliance staff a sheet per question, the free texts included', async () => {
    const response = await get(tokens.officer, '?lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Survey',
      'Participation',
      ...questions.map((_, i) => `Question ${i + 1}`),
    ]);
    const first = workbook.getWorksheet('Question 1');
    // Points 1 to 5 chosen by 2, 2, 2, 2 and 1 of the 9; the average (2+4+6+8+5)/9.
    expect(column(first, 2)).toEqual(['Answered', 2, 2, 2, 2, 1, 9, 2.8]);
    const free = workbook.getWorksheet(`Question ${questions.length}`);
    expect(column(free, 1).slice(2).sort()).toEqual(['Idea 0', 'Idea 1', 'Idea 2']);
  });

  it('leaves the free texts out for the first head, refuses employees and a group under 5', async () => {
    const workbook = await workbookOf(await get(tokens.firstHead, '?lang=en'));
    const free = workbook.getWorksheet(`Question ${questions.length}`);
    expect(column(free, 1)).toEqual([
      expect.any(String),
      'All answers',
      'Free texts are shown to the compliance staff only, for the whole survey',
    ]);
    expect((await get(tokens.seller)).status).toBe(403);
    expect((await get(tokens.firstHead, `?orgUnitId=${legalId}`)).status).toBe(400);
    expect((await get(null)).status).toBe(401);
  });
});

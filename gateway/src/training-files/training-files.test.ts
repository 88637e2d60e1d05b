import { createAssignment, type Actor, type MikroORM } from '@adal/domain';
import {
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '@adal/domain/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
import { answersFor, buildTrainingCourse, type TrainingCourse } from '../testing/training-course.js';
import { createGatewayYoga, type GatewayYoga } from '../yoga.js';

let database: TestDatabase;
let orm: MikroORM;
let yoga: GatewayYoga;
let managerToken: string;
let employeeToken: string;
let course: TrainingCourse;
let financeId: string;
let code: string;

const get = (path: string, headers: Record<string, string> = {}) =>
  yoga.fetch(`http://gateway.test${path}`, { headers });

beforeAll(async () => {
  database = await createTestDatabase();
  orm = database.orm;
  const em = orm.em.fork();
  const built = await buildOrganization(em, { name: 'Самұрық Тест АҚ' });
  const finance = buildOrgUnit(em, built.organization, built.root, 'Қаржы бөлімі');
  const employee = buildPerson(em, built.organization, finance, { fullName: 'Әсел Құрманғазықызы' });
  buildPerson(em, built.organization, finance, { fullName: 'Бауыржан Өтепов' });
  grantRoles(em, employee, ['employee']);
  grantRoles(em, built.adminPerson, ['training_admin']);
  await em.flush();
  financeId = finance.id;
  const manager: Actor = { ...built.admin, roles: ['employee', 'training_admin'] };
  course = await buildTrainingCourse(orm, manager, { questions: 5, title: 'Мүдделер қақтығысы' });
  await orm.em.fork().transactional((tx) =>
    createAssignment(tx, manager, {
      courseId: course.courseId,
      audience: 'org_units',
      orgUnitIds: [financeId],
      dueOn: '2099-12-31',
      recurrence: 'once',
    }),
  );
  yoga = await createGatewayYoga({ orm, devLogin: true });
  managerToken = await devLoginToken(yoga, built.adminPerson.email);
  employeeToken = await devLoginToken(yoga, employee.email);

  const started = await graphqlRequest<{ startAttempt: { id: string; questions: { id: string }[] } }>(yoga, {
    query: 'mutation($t: ID!) { startAttempt(testId: $t) { id questions { id } } }',
    variables: { t: course.testId },
    token: employeeToken,
  });
  const attempt = started.body.data?.startAttempt;
  if (!attempt) throw new Error(JSON.stringify(started.body.errors));
  const answers = await answersFor(
    orm,
    attempt.questions.map((q) => q.id),
    4,
  );
  for (const [questionId, answer] of answers) {
    await graphqlRequest(yoga, {
      query: 'mutation($a: ID!, $x: AnswerInput!) { saveAnswer(attemptId: $a, answer: $x) { id } }',
      variables: { a: attempt.id, x: { questionId, ...answer } },
      token: employeeToken,
    });
  }
  const submitted = await graphqlRequest<{ submitAttempt: { certificateCode: string } }>(yoga, {
    query: 'mutation($a: ID!) { submitAttempt(attemptId: $a) { certificateCode } }',
    variables: { a: attempt.id },
    token: employeeToken,
  });
  code = submitted.body.data?.submitAttempt.certificateCode ?? '';
});

afterAll(async () => {
  await database?.drop();
});

describe('certificate PDF', () => {
  it('is a PDF carrying the verification code, for anyone holding the code', async () => {
    const response = await get(`/training/certificates/${code}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(code);
    // The font is embedded, so the Kazakh letters of the name and title can be drawn.
    expect(bytes.toString('latin1')).toMatch(/DejaVuSans/);
  });

  it('is not found for an unknown code', async () => {
    expect((await get('/training/certificates/ZZZZ-ZZZZ-ZZZZ.pdf')).status).toBe(404);
  });
});

describe('verification page', () => {
  it('says in Kazakh by default that the certificate is valid and whose it is', async () => {
    const response = await get(`/training/verify/${code}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('Сертификат жарамды');
    expect(html).toContain('Әсел Құрманғазықызы');
    expect(html).toContain('Мүдделер қақтығысы');
  });

  it('speaks the language asked for and says when a code is unknown', async () => {
    const ru = await get('/training/verify/ZZZZ-ZZZZ-ZZZZ', { 'accept-language': 'ru-RU,ru;q=0.9' });
    expect(ru.status).toBe(404);
    const html = await ru.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Сертификат с таким кодом не найден');
    const en = await get(`/training/verify/${code}?lang=en`);
    expect(await en.text()).toContain('The certificate is valid');
  });
});

describe('completion exports', () => {
  const query = () => `courseId=${course.courseId}&orgUnitId=${financeId}`;

  it('exports the figures and the named people as XLSX', async () => {
    const response = await get(`/training/completion.xlsx?${query()}&lang=ru`, {
      authorization: `Bearer ${managerToken}`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const [figures, people] = workbook.worksheets;
    expect(figures?.getRow(1).values).toEqual(
      expect.arrayContaining(['Подразделение', 'Назначено', 'Сдали']),
    );
    // Unit, assigned, not started, started (not passed), passed, overdue, then the percentages:
    // each person in exactly one column.
    expect((figures?.getRow(2).values as unknown[]).slice(1, 8)).toEqual([
      'Қаржы бөлімі (всего)',
      2,
      1,
      0,
      1,
      0,
      50,
    ]);
    const rows = [2, 3].map((n) => [people?.getRow(n).getCell(1).value, people?.getRow(n).getCell(5).value]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Әсел Құрманғазықызы', 'Пройден'],
        ['Бауыржан Өтепов', 'Не начат'],
      ]),
    );
  });

  it('exports the figures as CSV in UTF-8 with a byte-order mark', async () => {
    const response = await get(`/training/completion.csv?${query()}`, {
      authorization: `Bearer ${managerToken}`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Бөлімше,Тағайындалды,Бастамады,Бастады,Өтті,Мерзімі өтті,"Бастамады, %","Бастады, %","Өтті, %","Мерзімі өтті, %"',
    );
    expect(lines[1]).toBe('Қаржы бөлімі (барлығы),2,1,0,1,0,50,0,50,0');
  });

  it('requires a token (401) and a role that reads completion (403)', async () => {
    expect((await get(`/training/completion.csv?${query()}`)).status).toBe(401);
    expect((await get('/training/completion.xlsx', { authorization: 'Bearer not-a-token' })).status).toBe(
      401,
    );
    const employee = await get('/training/completion.xlsx', { authorization: `Bearer ${employeeToken}` });
    expect(employee.status).toBe(403);
  });

  it('answers a course of no one as not found', async () => {
    const response = await get('/training/completion.csv?courseId=00000000-0000-4000-8000-000000000000', {
      authorization: `Bearer ${managerToken}`,
    });
    expect(response.status).toBe(404);
  });
});

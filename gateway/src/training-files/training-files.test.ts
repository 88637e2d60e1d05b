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
import { decodePdfQr } from '../testing/pdf-qr.js';
import { answersFor, buildTrainingCourse, type TrainingCourse } from '../testing/training-course.js';
import { createGatewayYoga, type GatewayYoga } from '../yoga.js';
import { certificateStatement } from './certificate-pdf.js';

let database: TestDatabase;
let orm: MikroORM;
let yoga: GatewayYoga;
let managerToken: string;
let employeeToken: string;
let course: TrainingCourse;
let financeId: string;
let code: string;
let employeeId: string;

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
  employeeId = employee.id;
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

  it('is printed in the language asked for, by default the holder’s, on one page', async () => {
    const pdfText = async (query: string) =>
      Buffer.from(await (await get(`/training/certificates/${code}.pdf${query}`)).arrayBuffer()).toString(
        'latin1',
      );
    // The holder's interface language is Kazakh.
    expect(await pdfText('')).toContain('/Lang (kk)');
    const english = await pdfText('?lang=en');
    expect(english).toContain('/Lang (en)');
    expect(english).toMatch(/\/Type \/Pages\s+\/Count 1\b/);
    expect(await pdfText('?lang=ru')).toContain('/Lang (ru)');
  });

  it('refuses a language it does not print', async () => {
    const response = await get(`/training/certificates/${code}.pdf?lang=de`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('kk, ru or en');
  });

  it('carries a QR code that opens the verification URL printed on it', async () => {
    const bytes = Buffer.from(await (await get(`/training/certificates/${code}.pdf`)).arrayBuffer());
    const url = `http://gateway.test/training/verify/${code}`;
    expect(decodePdfQr(bytes)).toBe(url);
  });
});

describe('certificate statement', () => {
  const print = {
    verificationCode: 'ABCD-EFGH-JKMN',
    personName: 'Әсел Құрманғазықызы',
    organizationName: 'Самұрық',
    organizationNames: { kk: 'Самұрық', ru: 'Самрук', en: 'Samruk' },
    courseTitle: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest' },
    scorePercent: 100,
    issuedAt: new Date('2026-12-04T06:00:00Z'),
    issuedOn: '2026-12-04',
    validUntil: null,
    standing: 'valid' as const,
  };
  const sentence = (locale: 'kk' | 'ru' | 'en') =>
    certificateStatement({ ...print, locale })
      .map((line) => line.map((run) => run.text).join(''))
      .join(' ');

  it('follows Kazakh word order: the course first, the holder, the verb last', () => {
    expect(sentence('kk')).toBe(
      '«Мүдделер қақтығысы» курсы бойынша Әсел Құрманғазықызы тестілеуден сәтті өтті',
    );
    const [first, name] = certificateStatement({ ...print, locale: 'kk' });
    expect(first?.[0]).toEqual({ text: '«Мүдделер қақтығысы»', emphasis: 'course' });
    expect(name).toEqual([{ text: 'Әсел Құрманғазықызы', emphasis: 'name' }]);
  });

  it('puts the holder first and the course last in Russian and English, each with its quotes', () => {
    expect(sentence('ru')).toBe(
      'Әсел Құрманғазықызы успешно прошёл(-ла) тестирование по курсу «Конфликт интересов»',
    );
    expect(sentence('en')).toBe(
      'Әсел Құрманғазықызы has successfully passed the test of the course “Conflict of interest”',
    );
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

  it('says that a certificate of a one-off course does not expire', async () => {
    const html = await (await get(`/training/verify/${code}?lang=ru`)).text();
    expect(html).toContain('<dt>Действителен до</dt><dd>Бессрочно</dd>');
  });

  it('says until when a recurring course’s certificate is valid, and that it expired after that day', async () => {
    const setValidUntil = (day: string | null) =>
      orm.em
        .fork()
        .execute('update certificate set valid_until = ? where verification_code = ?', [day, code]);
    try {
      await setValidUntil('2099-06-30');
      const valid = await (await get(`/training/verify/${code}?lang=en`)).text();
      expect(valid).toContain('The certificate is valid');
      expect(valid).toContain('<dt>Valid until</dt><dd>June 30, 2099</dd>');

      await setValidUntil('2026-06-30');
      const expired = await get(`/training/verify/${code}`);
      expect(expired.status).toBe(200);
      const html = await expired.text();
      expect(html).toContain('class="expired"');
      expect(html).toContain('Сертификаттың жарамдылық мерзімі өтті');
      const graphql = await graphqlRequest<{ verifyCertificate: Record<string, unknown> }>(yoga, {
        query: 'query($c: String!) { verifyCertificate(code: $c) { valid validUntil standing } }',
        variables: { c: code },
      });
      expect(graphql.body.data?.verifyCertificate).toEqual({
        valid: true,
        validUntil: '2026-06-30',
        standing: 'expired',
      });
    } finally {
      await setValidUntil(null);
    }
  });
});

describe('certificate lists', () => {
  const FIELDS = 'code courseTitle { kk } issuedOn scorePercent validUntil standing';

  it('shows HR a person’s certificates with course, date, score, expiry and standing', async () => {
    const { body } = await graphqlRequest<{
      personCertificates: { fullName: string; certificates: Record<string, unknown>[] };
    }>(yoga, {
      query: `query($p: ID!) { personCertificates(personId: $p) { fullName certificates { ${FIELDS} } } }`,
      variables: { p: employeeId },
      token: managerToken,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.personCertificates.fullName).toBe('Әсел Құрманғазықызы');
    expect(body.data?.personCertificates.certificates).toEqual([
      {
        code,
        courseTitle: { kk: 'Мүдделер қақтығысы' },
        issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
        scorePercent: 80,
        validUntil: null,
        standing: 'valid',
      },
    ]);
  });

  it('refuses a person’s certificates to an employee, who reads their own', async () => {
    const refused = await graphqlRequest(yoga, {
      query: 'query($p: ID!) { personCertificates(personId: $p) { fullName } }',
      variables: { p: employeeId },
      token: employeeToken,
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await graphqlRequest<{ myCertificates: { code: string }[] }>(yoga, {
      query: `{ myCertificates { ${FIELDS} } }`,
      token: employeeToken,
    });
    expect(own.body.data?.myCertificates.map((c) => c.code)).toEqual([code]);
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

describe('knowledge gaps (§33)', () => {
  const period = 'periodFrom=2020-01-01&periodTo=2099-12-31';

  it('answers the GraphQL query with the question missed first and the small unit withheld', async () => {
    const response = await graphqlRequest<{
      trainingKnowledgeGaps: {
        attempts: number;
        total: { asked: number; wrong: number };
        questions: { figures: { asked: number; wrong: number; wrongPercent: number } }[];
        topics: { topic: string; figures: { wrongPercent: number } }[];
        units: { orgUnit: { id: string }; suppressed: boolean; people: number | null; figures: null }[];
      };
    }>(yoga, {
      query: `query($c: ID!) { trainingKnowledgeGaps(courseId: $c, periodFrom: "2020-01-01", periodTo: "2099-12-31") {
        attempts total { asked wrong } questions { figures { asked wrong wrongPercent } }
        topics { topic figures { wrongPercent } } units { orgUnit { id } suppressed people figures { asked } } } }`,
      variables: { c: course.courseId },
      token: managerToken,
    });
    const gaps = response.body.data?.trainingKnowledgeGaps;
    // One attempt, 4 of 5 right: the one question missed comes first.
    expect(gaps?.attempts).toBe(1);
    expect(gaps?.total).toEqual({ asked: 5, wrong: 1 });
    expect(gaps?.questions.map((q) => q.figures)).toEqual([
      { asked: 1, wrong: 1, wrongPercent: 100 },
      ...Array.from({ length: 4 }, () => ({ asked: 1, wrong: 0, wrongPercent: 0 })),
    ]);
    expect(gaps?.topics).toEqual([{ topic: 'general', figures: { wrongPercent: 20 } }]);
    expect(gaps?.units).toEqual([
      { orgUnit: { id: financeId }, suppressed: true, people: null, figures: null },
    ]);

    const employee = await graphqlRequest(yoga, {
      query: `query($c: ID!) { trainingKnowledgeGaps(courseId: $c, periodFrom: "2020-01-01", periodTo: "2099-12-31") { attempts } }`,
      variables: { c: course.courseId },
      token: employeeToken,
    });
    expect(employee.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('exports the questions, topics and units as XLSX in the language asked for', async () => {
    const response = await get(
      `/training/knowledge-gaps.xlsx?courseId=${course.courseId}&${period}&lang=ru`,
      {
        authorization: `Bearer ${managerToken}`,
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      'knowledge-gaps-2020-01-01-2099-12-31.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Вопросы', 'Темы', 'Подразделения']);
    const [questions, topics, units] = workbook.worksheets;
    expect((questions?.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Вопрос',
      'Тема',
      'Банк вопросов',
      'Задан',
      'Неверных ответов',
      'Неверных ответов, %',
    ]);
    expect((questions?.getRow(2).values as unknown[]).slice(4)).toEqual([1, 1, 100]);
    expect((topics?.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Основы противодействия коррупции',
      5,
      5,
      1,
      20,
    ]);
    expect(units?.getRow(3).getCell(1).value).toBe('Қаржы бөлімі');
    expect(units?.getRow(3).getCell(2).value).toBe('скрыто (меньше 5 человек)');
  });

  it('exports the questions as CSV, refuses a bad period (400) and those who do not read training statistics', async () => {
    const response = await get(`/training/knowledge-gaps.csv?courseId=${course.courseId}&${period}`, {
      authorization: `Bearer ${managerToken}`,
    });
    expect(response.status).toBe(200);
    const text = new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).subarray(3));
    expect(text.split('\r\n')[0]).toBe(
      'Сұрақ,Тақырып,Сұрақтар банкі,Қойылды,Қате жауаптар,"Қате жауаптар, %"',
    );
    const reversed = await get(
      `/training/knowledge-gaps.csv?courseId=${course.courseId}&periodFrom=2026-02-01&periodTo=2026-01-01`,
      { authorization: `Bearer ${managerToken}` },
    );
    expect(reversed.status).toBe(400);
    expect((await get(`/training/knowledge-gaps.csv?courseId=${course.courseId}&${period}`)).status).toBe(
      401,
    );
    const employee = await get(`/training/knowledge-gaps.xlsx?courseId=${course.courseId}&${period}`, {
      authorization: `Bearer ${employeeToken}`,
    });
    expect(employee.status).toBe(403);
  });
});

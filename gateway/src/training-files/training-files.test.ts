import { createAssignment, type Actor, type MikroORM } from '@adal/domain';
import {
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '@adal/domain/testing';
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
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
    expect(decodeQr(bytes)).toBe(url);
  });
});

/**
 * Reads the QR code back from the PDF: the colour image pdfkit embedded (its pixels deflated, as
 * /DeviceRGB), decoded with jsQR as a phone's camera would.
 */
function decodeQr(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const image = /<<\s*\/Type \/XObject\s*\/Subtype \/Image([^]*?)>>\s*stream\n/g;
  for (const match of text.matchAll(image)) {
    const dictionary = match[1] ?? '';
    if (!dictionary.includes('/ColorSpace /DeviceRGB')) continue;
    const number = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dictionary)?.[1]);
    const [width, height, length] = [number('Width'), number('Height'), number('Length')];
    const start = (match.index ?? 0) + match[0].length;
    const rgb = inflateSync(pdf.subarray(start, start + length));
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i += 1) {
      rgba.set([rgb[i * 3] ?? 0, rgb[i * 3 + 1] ?? 0, rgb[i * 3 + 2] ?? 0, 255], i * 4);
    }
    return jsQR(rgba, width, height)?.data ?? null;
  }
  return null;
}

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
    // Unit, assigned, started, passed, failed, overdue, then the percentages.
    expect((figures?.getRow(2).values as unknown[]).slice(1, 8)).toEqual([
      'Қаржы бөлімі (всего)',
      2,
      1,
      1,
      0,
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
      'Бөлімше,Тағайындалды,Бастады,Өтті,Өтпеді,Мерзімі өтті,"Бастады, %","Өтті, %","Өтпеді, %","Мерзімі өтті, %"',
    );
    expect(lines[1]).toBe('Қаржы бөлімі (барлығы),2,1,1,0,0,50,50,0,0');
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

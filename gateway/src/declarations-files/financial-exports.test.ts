import { iinProblem, kazakhstanDay, type IPerson, type RoleCode } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { XLSX_TYPE } from '../files/xlsx-download.js';

// HR's files of §24 and §30.3 as the gateway serves them: who must declare as a workbook in the
// reader's language, and the request to the tax authority as the CSV sent — each to its readers.

let gateway: TestGateway;
let rootUnitId: string;
const tokens = {} as Record<'hr' | 'firstHead' | 'official', string>;
let requestId: string;

/** Typed by a person and stored as typed: a spreadsheet must show it, never run it. */
const FORMULA_NAME = '=HYPERLINK("http://evil.example","Ерлан")';

let serial = 0;
/** A valid IIN of someone born on 15 May 1985: the serial varies, the check digit fits. */
function validIin(): string {
  for (;;) {
    serial += 1;
    const first11 = `8505153${String(serial).padStart(4, '0')}`;
    for (let check = 0; check <= 9; check += 1) {
      if (iinProblem(`${first11}${check}`) === null) return `${first11}${check}`;
    }
  }
}

async function must<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const { body } = await graphqlRequest<T>(gateway.yoga, { query, variables, token });
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  gateway = await createTestGateway();
  const em = gateway.orm.em.fork();
  const { organization, root, adminPerson } = await buildOrganization(em);
  rootUnitId = root.id;
  // §30.3 lists every employee's IIN: the request is refused while one lacks it.
  adminPerson.iin = validIin();
  const person = (fullName: string, roles: readonly RoleCode[]): IPerson => {
    const built = buildPerson(em, organization, root, { fullName, iin: validIin() });
    grantRoles(em, built, ['employee', ...roles]);
    return built;
  };
  const hr = person('Сәуле Кадрова', ['hr_officer']);
  const firstHead = person('Серік Басшы', ['first_head']);
  const official = person(FORMULA_NAME, []);
  const candidate = person('Дана Үміткер', []);
  await em.flush();
  for (const [key, p] of [
    ['hr', hr],
    ['firstHead', firstHead],
    ['official', official],
  ] as const) {
    tokens[key] = await devLoginToken(gateway.yoga, p.email);
  }

  // 2025: the official's yearly form 270.00, past its deadline without a proof; nothing from the
  // candidate, who took part only in 2024.
  const register = (personId: string, category: string) =>
    must(tokens.hr, 'mutation($i: RegisterDeclarantInput!) { registerDeclarant(input: $i) { personId } }', {
      i: { personId, category, obligedFrom: '2024-03-01' },
    });
  await register(official.id, 'official');
  await register(candidate.id, 'candidate');
  await must(
    tokens.hr,
    'mutation { setDeclarationDeadline(form: "270.00", year: 2025, dueOn: "2025-05-31") }',
    {},
  );

  // §30.1: the first head's order names HR, who prepares the year's request.
  await must(
    tokens.firstHead,
    'mutation($m: [ID!]!) { recordForeignAccountAccessOrder(orderNumber: "8-Ө", orderDate: "2026-01-15", memberIds: $m) }',
    { m: [hr.id] },
  );
  const prepared = await must<{ prepareTaxAuthorityRequest: { id: string } }>(
    tokens.hr,
    'mutation { prepareTaxAuthorityRequest(year: 2025) { id } }',
    {},
  );
  requestId = prepared.prepareTaxAuthorityRequest.id;
});

afterAll(async () => {
  await gateway?.drop();
});

const get = (path: string, token?: string) =>
  gateway.yoga.fetch(
    `http://gateway.test${path}`,
    token ? { headers: { authorization: `Bearer ${token}` } } : {},
  );

/** The first sheet's rows, each as its cells' values from the first column. */
async function sheetRows(response: Response): Promise<{ name: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  // An empty cell reads as missing: as the empty text it was written from.
  sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (value) => value ?? '')));
  return { name: sheet.name, rows };
}

describe('GET /declarations/financial/status.xlsx (§24)', () => {
  const status = (query: string) =>
    `/declarations/financial/status.xlsx?year=2025&orgUnitId=${rootUnitId}${query}`;

  it('lists who must declare in the unit for the year, statuses in words and days as people write them', async () => {
    const response = await get(status('&lang=ru'), tokens.hr);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(response.headers.get('content-disposition')).toContain(
      `financial-declarations-2025-${kazakhstanDay(new Date())}.xlsx`,
    );
    const { name, rows } = await sheetRows(response);
    expect(name).toBe('Декларанты 2025');
    expect(rows[0]?.slice(0, 6)).toEqual(['ФИО', 'Категория', 'Форма', 'Срок', 'Подача', 'Дата подачи']);
    // Sorted by name; the official's name that looks like a formula is written as text.
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      [`'${FORMULA_NAME}`, 'Должностное лицо', '270.00', '31.05.2025', 'Просрочена'],
      ['Дана Үміткер', 'Кандидат', '', '', 'Не требуется'],
    ]);
    expect(rows[1]?.[9]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  });

  it("speaks the reader's language and keeps to the page's filter and search", async () => {
    const kk = await sheetRows(await get(status('&lang=kk&filing=overdue'), tokens.firstHead));
    expect(kk.name).toBe('Декларанттар 2025');
    expect(kk.rows.map((row) => row[4])).toEqual(['Тапсыру', 'Мерзімі өтті']);
    const en = await sheetRows(await get(status('&lang=en&search=%20дана%20'), tokens.hr));
    expect(en.rows.map((row) => [row[0], row[1], row[4]])).toEqual([
      ['Full name', 'Category', 'Filing'],
      ['Дана Үміткер', 'Candidate', 'Nothing due'],
    ]);
  });

  it('is refused to those who may not read it and to the signed-out; a bad year or filter is a 400', async () => {
    expect((await get(status(''), tokens.official)).status).toBe(403);
    expect((await get(status(''))).status).toBe(401);
    expect((await get(`/declarations/financial/status.xlsx?orgUnitId=${rootUnitId}`, tokens.hr)).status).toBe(
      400,
    );
    expect((await get(status('&filing=late'), tokens.hr)).status).toBe(400);
  });
});

describe('GET /declarations/foreign-accounts/tax-requests/:id.csv (§30.3)', () => {
  const file = (query = '') => `/declarations/foreign-accounts/tax-requests/${requestId}.csv${query}`;

  it('is the list the request named: UTF-8 with a byte-order mark, CRLF lines, IIN and full name', async () => {
    const response = await get(file('?lang=ru'), tokens.hr);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('tax-request-2025.csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines[0]).toBe('ИИН,ФИО');
    // Everyone on the staff: the administrator, HR, the first head, the two declarants.
    expect(lines).toHaveLength(6);
    expect(lines.slice(1).every((line) => /^\d{12},/.test(line))).toBe(true);
    // Quoted for its quotes and comma, and behind an apostrophe so that no spreadsheet runs it.
    expect(lines).toContainEqual(
      expect.stringMatching(/^\d{12},"'=HYPERLINK\(""http:\/\/evil\.example"",""Ерлан""\)"$/),
    );
  });

  it("heads its columns in the reader's language", async () => {
    const text = await (await get(file('?lang=kk'), tokens.hr)).text();
    expect(text.split('\r\n')[0]).toBe('ЖСН,Аты-жөні');
  });

  it('is refused to anyone the §30.1 order does not name, whatever their role, and to the signed-out', async () => {
    expect((await get(file(), tokens.firstHead)).status).toBe(403);
    expect((await get(file(), tokens.official)).status).toBe(403);
    expect((await get(file())).status).toBe(401);
    const unknown = '/declarations/foreign-accounts/tax-requests/00000000-0000-4000-8000-000000000000.csv';
    expect((await get(unknown, tokens.hr)).status).toBe(404);
  });
});

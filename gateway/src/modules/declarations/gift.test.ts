import { formatCalendarDay, kazakhstanDay } from '@adal/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { XLSX_TYPE } from '../../files/xlsx-download.js';

// The gift API as a client calls it: bad input gets its typed error with the field and writes
// nothing; a decision is taken once, however many officers send it at the same moment.

let gateway: TestGateway;
let org: HotlineOrganization;
let employee: string;
let head: string;

const DECLARE =
  'mutation($input: DeclareGiftInput!) { declareGift(input: $input) { id actionDueOn valueMci status } }';
const DECIDE =
  'mutation($id: ID!, $input: DecideGiftInput!) { decideGift(id: $id, input: $input) { id decision decidedInTime } }';
const today = kazakhstanDay(new Date());
const GIFT = {
  kind: 'gift',
  event: 'received',
  giver: 'Supplier LLP',
  occasion: 'Nauryz',
  occurredOn: today,
  valueAmount: 43_250,
  currency: 'KZT',
};

type Declared = { declareGift: { id: string; actionDueOn: string; valueMci: number | null; status: string } };

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
  head = await devLoginToken(gateway.yoga, org.head.email);
});

afterAll(async () => {
  await gateway?.drop();
});

/** The employee's declarations, as "My declarations" lists them. */
async function count(): Promise<number> {
  const { data } = await staff<{ myGifts: unknown[] }>(gateway.yoga, employee, '{ myGifts { id } }');
  return data?.myGifts.length ?? -1;
}

describe('declareGift and decideGift', () => {
  it('declares a received gift with its hand-over day and its value in MCI', async () => {
    const { data, error } = await staff<Declared>(gateway.yoga, employee, DECLARE, { input: GIFT });
    expect(error).toBeNull();
    expect(data?.declareGift.status).toBe('awaiting_decision');
    expect(data!.declareGift.actionDueOn >= today).toBe(true);
  });

  it('says what each viewer may do with it: the person hands it over, the compliance head also decides', async () => {
    const { data } = await staff<Declared>(gateway.yoga, employee, DECLARE, { input: GIFT });
    const READ = 'query($id: ID!) { giftDeclaration(id: $id) { actions } }';
    const as = async (token: string) =>
      (
        await staff<{ giftDeclaration: { actions: string[] } }>(gateway.yoga, token, READ, {
          id: data!.declareGift.id,
        })
      ).data?.giftDeclaration.actions;
    expect(await as(employee)).toEqual(['hand_over']);
    expect(await as(head)).toEqual(['hand_over', 'decide']);
  });

  it.each([
    ['a negative value', { valueAmount: -100 }, 'valueAmount'],
    ['an unknown currency', { currency: 'ZZZ' }, 'currency'],
  ])('refuses %s with VALIDATION naming the field, and writes nothing', async (_what, change, field) => {
    const before = await count();
    const { error } = await staff(gateway.yoga, employee, DECLARE, { input: { ...GIFT, ...change } });
    expect(error?.extensions).toMatchObject({ code: 'VALIDATION', field });
    expect(await count()).toBe(before);
  });

  it('two decisions sent at once: exactly one wins, the other is a CONFLICT', async () => {
    const { data } = await staff<Declared>(gateway.yoga, employee, DECLARE, { input: GIFT });
    const id = data!.declareGift.id;
    const other = await devLoginToken(gateway.yoga, org.head.email);
    const answers = await Promise.all([
      staff<{ decideGift: { decision: string } }>(gateway.yoga, head, DECIDE, {
        id,
        input: { decision: 'hand_over' },
      }),
      staff<{ decideGift: { decision: string } }>(gateway.yoga, other, DECIDE, {
        id,
        input: { decision: 'refuse' },
      }),
    ]);
    expect(answers.filter((a) => a.data?.decideGift).length).toBe(1);
    expect(answers.filter((a) => a.error?.extensions?.code === 'CONFLICT').length).toBe(1);
    const again = await staff(gateway.yoga, head, DECIDE, { id, input: { decision: 'pay_back' } });
    expect(again.error?.extensions?.code).toBe('CONFLICT');
  });

  it('an employee may not decide', async () => {
    const { data } = await staff<Declared>(gateway.yoga, employee, DECLARE, { input: GIFT });
    const { error } = await staff(gateway.yoga, employee, DECIDE, {
      id: data!.declareGift.id,
      input: { decision: 'refuse' },
    });
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('GET /declarations/gifts/register.xlsx', () => {
  // A giver typed as a formula, and an occasion no other test's gift has, to find it by.
  const TYPED = { ...GIFT, giver: '=HYPERLINK("http://evil.example")', occasion: 'Workbook check' };
  let declaredId: string;

  beforeAll(async () => {
    const { data } = await staff<Declared>(gateway.yoga, employee, DECLARE, { input: TYPED });
    declaredId = data!.declareGift.id;
  });

  const get = (query: string, token?: string) =>
    gateway.yoga.fetch(
      `http://gateway.test/declarations/gifts/register.xlsx${query}`,
      token ? { headers: { authorization: `Bearer ${token}` } } : {},
    );

  async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook.worksheets[0]!;
  }

  it("exports the register under the page's filter, in the reader's language", async () => {
    const response = await get('?search=workbook%20check&status=awaiting_decision&lang=ru', head);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(response.headers.get('content-disposition')).toContain(`gift-register-${today}.xlsx`);
    const sheet = await sheetOf(response);
    expect(sheet.name).toBe('Подарки');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual([
      'Работник',
      'Получивший член семьи',
      'Вид',
      'Что произошло',
      'Даритель',
      'Повод',
    ]);
    expect(sheet.rowCount).toBe(2);
    const gift = sheet.getRow(2).values as unknown[];
    expect([gift[1], gift[3], gift[4], gift[6], gift[7], gift[8]]).toEqual([
      org.employee.fullName,
      'Подарок',
      'Получено',
      'Workbook check',
      formatCalendarDay(today),
      43_250,
    ]);
    // What the declarant typed is shown, never run.
    expect(gift[5]).toBe(`'${TYPED.giver}`);
  });

  it('leaves out what the filter leaves out, and speaks English when asked', async () => {
    const decision = await staff(gateway.yoga, head, DECIDE, {
      id: declaredId,
      input: { decision: 'hand_over' },
    });
    expect(decision.error).toBeNull();
    const awaiting = await sheetOf(await get('?search=workbook%20check&status=awaiting_decision', head));
    expect(awaiting.rowCount).toBe(1);
    const decided = await sheetOf(await get('?search=workbook%20check&status=decided&lang=en', head));
    expect(decided.name).toBe('Gifts');
    expect((decided.getRow(1).values as unknown[])[1]).toBe('Employee');
    expect((decided.getRow(2).values as unknown[])[14]).toBe('Hand over');
  });

  it('is refused to an employee and to the signed-out; an unknown status is a 400, not the whole register', async () => {
    expect((await get('?lang=en', employee)).status).toBe(403);
    expect((await get('?lang=en')).status).toBe(401);
    expect((await get('?status=pending', head)).status).toBe(400);
  });
});

import { kazakhstanDay } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

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

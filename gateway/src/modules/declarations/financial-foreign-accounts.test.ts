import type { RoleCode } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// §30.1: the first head's order naming who has access to the foreign-account data, as the page
// reads it — the first head, HR and the people it names, whatever their role; nobody else.

let gateway: TestGateway;
const people = {} as Record<
  'hr' | 'firstHead' | 'member' | 'officer' | 'employee',
  { id: string; fullName: string; token: string }
>;

const ORDER =
  '{ foreignAccountAccessOrder { orderNumber orderDate approvedBy { fullName } members { id fullName } } }';
const RECORD =
  'mutation($n: String!, $d: String!, $m: [ID!]!) { recordForeignAccountAccessOrder(orderNumber: $n, orderDate: $d, memberIds: $m) }';

async function read(token: string) {
  const { body } = await graphqlRequest<{ foreignAccountAccessOrder: unknown }>(gateway.yoga, {
    query: ORDER,
    token,
  });
  // A refused nullable field answers null beside its error: the error is what counts.
  return body.errors
    ? { refused: body.errors[0]?.extensions?.['code'] }
    : { order: body.data?.foreignAccountAccessOrder };
}

beforeAll(async () => {
  gateway = await createTestGateway();
  const em = gateway.orm.em.fork();
  const { organization, root } = await buildOrganization(em);
  const person = (fullName: string, roles: readonly RoleCode[]) => {
    const built = buildPerson(em, organization, root, { fullName });
    grantRoles(em, built, ['employee', ...roles]);
    return built;
  };
  const built = {
    hr: person('Сәуле Кадрова', ['hr_officer']),
    firstHead: person('Серік Басшы', ['first_head']),
    // §30.1: the ethics commissioner may be on the list; this one is.
    member: person('Әсел Әдепова', ['ethics_commissioner']),
    officer: person('Нұрлан Комплаенсов', ['compliance_officer']),
    employee: person('Айжан Бекова', []),
  };
  await em.flush();
  for (const [key, p] of Object.entries(built)) {
    people[key as keyof typeof people] = {
      id: p.id,
      fullName: p.fullName,
      token: await devLoginToken(gateway.yoga, p.email),
    };
  }
});

afterAll(async () => {
  await gateway?.drop();
});

describe('foreignAccountAccessOrder', () => {
  it('answers null to the first head and HR until the first head records an order', async () => {
    expect(await read(people.firstHead.token)).toEqual({ order: null });
    expect(await read(people.hr.token)).toEqual({ order: null });
  });

  it('names the people of the order in force for the first head, HR and those it names', async () => {
    const { body } = await graphqlRequest(gateway.yoga, {
      query: RECORD,
      variables: { n: '7-Ө', d: '2026-01-05', m: [people.hr.id, people.member.id] },
      token: people.firstHead.token,
    });
    expect(body.errors).toBeUndefined();
    for (const reader of [people.firstHead, people.hr, people.member]) {
      expect(await read(reader.token)).toEqual({
        order: {
          orderNumber: '7-Ө',
          orderDate: '2026-01-05',
          approvedBy: { fullName: people.firstHead.fullName },
          members: [
            { id: people.hr.id, fullName: people.hr.fullName },
            { id: people.member.id, fullName: people.member.fullName },
          ],
        },
      });
    }
  });

  it('refuses a compliance officer the order does not name, an employee and an anonymous caller', async () => {
    expect(await read(people.officer.token)).toEqual({ refused: 'FORBIDDEN' });
    expect(await read(people.employee.token)).toEqual({ refused: 'FORBIDDEN' });
    const { body } = await graphqlRequest(gateway.yoga, { query: ORDER });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('follows the order in force: one that no longer names a person shuts them out', async () => {
    await graphqlRequest(gateway.yoga, {
      query: RECORD,
      variables: { n: '9-Ө', d: '2026-02-02', m: [people.hr.id] },
      token: people.firstHead.token,
    });
    expect(await read(people.member.token)).toEqual({ refused: 'FORBIDDEN' });
    expect(await read(people.hr.token)).toMatchObject({ order: { orderNumber: '9-Ө' } });
  });
});

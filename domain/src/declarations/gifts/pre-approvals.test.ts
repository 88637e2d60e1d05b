import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import {
  decideGiftPreApproval,
  giftPreApprovals,
  myGiftPreApprovals,
  requestGiftPreApproval,
} from './pre-approvals.js';

let db: TestDatabase;
let employee: Actor;
let officer: Actor;
const NOW = new Date('2026-06-10T06:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const a = buildPerson(em, org.organization, org.root);
  const b = buildPerson(em, org.organization, org.root);
  await em.flush();
  employee = actorOf(a, ['employee']);
  officer = actorOf(b, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

describe('asking before accepting an invitation (§17.8)', () => {
  it('the employee asks, the officer approves, and the employee sees the answer', async () => {
    const request = await inTx((em) =>
      requestGiftPreApproval(em, employee, {
        kind: 'trip',
        inviter: 'Kazakh Bar Association',
        occasion: 'Annual compliance forum',
        eventOn: '2026-09-15',
        tripException: 'professional_event',
      }),
    );
    expect(request.status).toBe('requested');
    expect(
      (await giftPreApprovals(db.orm.em.fork(), officer, { status: 'requested' })).map((r) => r.id),
    ).toContain(request.id);
    await inTx((em) =>
      decideGiftPreApproval(em, officer, request.id, { approve: true, note: 'Exception (d)' }, NOW),
    );
    const [mine] = await myGiftPreApprovals(db.orm.em.fork(), employee);
    expect(mine).toMatchObject({
      status: 'approved',
      decisionNote: 'Exception (d)',
      decidedBy: { id: officer.personId },
    });
  });

  it('refuses a negative value, an unknown currency, and a decision by the person who asked', async () => {
    const ask = (extra: object) =>
      inTx((em) =>
        requestGiftPreApproval(em, officer, {
          kind: 'hospitality',
          inviter: 'X',
          occasion: 'Dinner',
          eventOn: '2026-06-20',
          ...extra,
        }),
      );
    await expect(ask({ valueAmount: -5 })).rejects.toBeInstanceOf(ValidationError);
    await expect(ask({ valueAmount: 5, currency: 'ABC' })).rejects.toBeInstanceOf(ValidationError);
    const own = await ask({});
    await expect(
      inTx((em) => decideGiftPreApproval(em, officer, own.id, { approve: true }, NOW)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(giftPreApprovals(db.orm.em.fork(), employee, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError } from '../../kernel/errors.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  outcomes,
  type TestDatabase,
} from '../../testing/index.js';
import { GiftDeclaration } from './gift-declaration.entity.js';
import { declareGift, decideGift, recordGiftHandOver } from './gifts.js';
import { decideGiftPreApproval, requestGiftPreApproval } from './pre-approvals.js';

// Decisions on one gift fired at once on the real PostgreSQL: exactly one wins, the others get a
// typed conflict, and the trail holds one decision.

const N = 6;
const NOW = new Date('2026-06-10T06:00:00Z');

let db: TestDatabase;
let employee: Actor;
let officers: Actor[];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const person = buildPerson(em, org.organization, org.root);
  const deciders = Array.from({ length: N }, () => buildPerson(em, org.organization, org.root));
  await em.flush();
  employee = actorOf(person, ['employee']);
  officers = deciders.map((p) => actorOf(p, ['employee', 'compliance_officer']));
});

afterAll(async () => {
  await db?.drop();
});

async function gift(): Promise<string> {
  const view = await db.orm.em.fork().transactional((em) =>
    declareGift(
      em,
      employee,
      {
        kind: 'gift',
        event: 'received',
        giver: 'Supplier',
        occasion: 'New year',
        occurredOn: '2026-06-05',
        valueAmount: 10_000,
        currency: 'KZT',
      },
      NOW,
    ),
  );
  return view.id;
}

describe('concurrent gift decisions', () => {
  it('of two or more decisions on one gift, exactly one wins', async () => {
    const id = await gift();
    const decisions = ['hand_over', 'refuse', 'keep_as_official', 'buy_back', 'pay_back', 'hand_over'];
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        decideGift(em, officers[i]!, id, { decision: decisions[i]! }, NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(N - 1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    const stored = await db.orm.em.fork().findOneOrFail(GiftDeclaration, id);
    expect(stored.decision).toBe(fulfilled[0]!.decision);
    expect(await db.orm.em.fork().count(AuditEvent, { entityId: id, action: 'gift.decided' })).toBe(1);
  });

  it('a hand-over is recorded once however many record it at once', async () => {
    const id = await gift();
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        recordGiftHandOver(
          em,
          officers[i]!,
          id,
          { handedOverOn: '2026-06-08', handedOverTo: `Body ${i}` },
          NOW,
        ),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
  });

  it('a pre-approval request is decided once', async () => {
    const request = await db.orm.em.fork().transactional((em) =>
      requestGiftPreApproval(em, employee, {
        kind: 'trip',
        inviter: 'Partner',
        occasion: 'Conference',
        eventOn: '2026-07-01',
      }),
    );
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        decideGiftPreApproval(em, officers[i]!, request.id, { approve: i % 2 === 0 }, NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
  });
});

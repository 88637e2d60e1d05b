import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  grantRoles,
  outcomes,
  type TestDatabase,
} from '../../testing/index.js';
import { declareGift, recordGiftHandOver } from './gifts.js';
import { claimGiftHandOverNotices, giftHandOverMails } from './hand-over-notices.js';

// §17.5 on the real PostgreSQL: the last day is reminded once, its passing told once, and two runs
// of the morning job at the same moment send each notice once between them.

let db: TestDatabase;
let organizationId: string;
let employee: Actor;

const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);
/** A morning in Kazakhstan (UTC+5) of the given day. */
const morning = (day: string) => new Date(`${day}T03:00:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  organizationId = org.organization.id;
  const person = buildPerson(em, org.organization, org.root);
  const officer = buildPerson(em, org.organization, org.root);
  grantRoles(em, person, ['employee']);
  grantRoles(em, officer, ['employee', 'compliance_officer']);
  await em.flush();
  employee = actorOf(person, ['employee']);
});

afterAll(async () => {
  await db?.drop();
});

/** A gift received on Monday 1 June 2026: it is to be handed over by Monday 8 June. */
async function received(giver: string): Promise<string> {
  const gift = await inTx((em) =>
    declareGift(
      em,
      employee,
      {
        kind: 'gift',
        event: 'received',
        giver,
        occasion: 'Nauryz',
        occurredOn: '2026-06-01',
        valueAmount: 50_000,
        currency: 'KZT',
      },
      morning('2026-06-02'),
    ),
  );
  expect(gift.actionDueOn).toBe('2026-06-08');
  return gift.id;
}

const claim = (day: string) => inTx((em) => claimGiftHandOverNotices(em, organizationId, morning(day)));

describe('gift hand-over notices (§17.5)', () => {
  it('remind the person on the last day and tell them and the compliance service the day after, once each', async () => {
    const id = await received('Supplier A');
    expect(await claim('2026-06-07')).toEqual([]);

    const onTheDay = (await claim('2026-06-08')).filter((n) => n.giftId === id);
    expect(onTheDay.map((n) => [n.kind, n.recipients.length])).toEqual([['reminder', 1]]);
    const [mail] = giftHandOverMails(onTheDay[0]!, 'https://adal.example');
    expect(mail!.text).toContain('08.06.2026');
    expect(mail!.text).toContain(`https://adal.example/declarations/gifts/${id}`);
    expect((await claim('2026-06-08')).filter((n) => n.giftId === id)).toEqual([]);

    const after = (await claim('2026-06-09')).filter((n) => n.giftId === id);
    expect(after.map((n) => [n.kind, n.recipients.length])).toEqual([['escalation', 2]]);
    expect((await claim('2026-06-10')).filter((n) => n.giftId === id)).toEqual([]);
  });

  it('say nothing of a gift handed over in time', async () => {
    const id = await received('Supplier B');
    await inTx((em) =>
      recordGiftHandOver(
        em,
        employee,
        id,
        { handedOverOn: '2026-06-05', handedOverTo: 'Compliance service' },
        morning('2026-06-05'),
      ),
    );
    const notices = [...(await claim('2026-06-08')), ...(await claim('2026-06-09'))];
    expect(notices.filter((n) => n.giftId === id)).toEqual([]);
  });

  it('are claimed once when two runs start at the same moment', async () => {
    const id = await received('Supplier C');
    const runs = outcomes(
      await concurrently(db.orm, 4, (em) =>
        claimGiftHandOverNotices(em, organizationId, morning('2026-06-08')),
      ),
    );
    expect(runs.rejected).toEqual([]);
    const mine = runs.fulfilled.flat().filter((n) => n.giftId === id);
    expect(mine.map((n) => n.kind)).toEqual(['reminder']);
    const events = await db.orm.em
      .fork()
      .count(AuditEvent, { action: 'gift.hand_over_reminder_sent', entityId: id });
    expect(events).toBe(1);
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { addHoliday } from '../../kernel/public-holidays.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { GiftDeclaration } from './gift-declaration.entity.js';
import { giftRegister, giftRegisterRows, myGifts } from './gift-register.js';
import {
  declareGift,
  decideGift,
  giftDeclaration,
  recordGiftHandOver,
  type DeclareGiftInput,
} from './gifts.js';
import type { GiftView } from './gift-view.js';
import { mciOn } from './mci.js';
import { saveRelatedPerson } from '../relatives/related-persons.js';
import { GIFT_WORK } from './work-items.js';

let db: TestDatabase;
let org: BuiltOrganization;
let employee: Actor;
let officer: Actor;
let secondOfficer: Actor;
let auditor: Actor;
let outsider: Actor;

const NOW = new Date('2026-07-01T06:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

const VASE: DeclareGiftInput = {
  kind: 'gift',
  event: 'received',
  giver: 'Асқар Нұрланов',
  giverOrganization: 'ТОО «Жеткізуші»',
  occasion: 'Наурыз',
  description: 'A porcelain vase',
  occurredOn: '2026-06-01',
  valueAmount: 43_250,
  currency: 'KZT',
};

function declare(
  input: Partial<DeclareGiftInput> = {},
  actor: Actor = employee,
  now = NOW,
): Promise<GiftView> {
  return inTx((em) => declareGift(em, actor, { ...VASE, ...input }, now));
}

async function giftCount(): Promise<number> {
  return db.orm.em.fork().count(GiftDeclaration, {});
}

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  const other = await buildOrganization(em);
  const people = ['Employee', 'Officer', 'Second officer', 'Auditor'].map((fullName) =>
    buildPerson(em, org.organization, org.root, { fullName }),
  );
  const stranger = buildPerson(em, other.organization, other.root, { fullName: 'Stranger' });
  await em.flush();
  employee = actorOf(people[0]!, ['employee']);
  officer = actorOf(people[1]!, ['employee', 'compliance_officer']);
  secondOfficer = actorOf(people[2]!, ['employee', 'compliance_head']);
  auditor = actorOf(people[3]!, ['employee', 'auditor']);
  outsider = actorOf(stranger, ['employee', 'compliance_officer']);
  // An organisation's own day off (a Tuesday), to move a term that ends on it.
  await inTx((tx) => addHoliday(tx, org.admin, { date: '2026-06-16', name: 'Day of the city' }));
});

afterAll(async () => {
  await db?.drop();
});

describe('the MCI configuration', () => {
  it('reads the official figure in force on the day: 3 692 (2024), 3 932 (2025), 4 325 (2026)', async () => {
    const em = db.orm.em.fork();
    expect(await mciOn(em, '2024-06-30')).toBe(3692);
    expect(await mciOn(em, '2025-01-01')).toBe(3932);
    expect(await mciOn(em, '2026-12-31')).toBe(4325);
    expect(await mciOn(em, '2023-12-31')).toBeNull();
  });
});

describe('declaring a gift (§17)', () => {
  it('keeps the value in tenge and in the MCI of its year, with no value limit applied', async () => {
    const gift = await declare();
    expect(gift).toMatchObject({
      valueTenge: 43_250,
      mciTenge: 4325,
      valueMci: 10,
      status: 'awaiting_decision',
    });
    const big = await declare({
      valueAmount: 1_000_000,
      currency: 'USD',
      exchangeRate: 520.5,
      occurredOn: '2025-03-10',
    });
    expect(big).toMatchObject({ valueTenge: 520_500_000, mciTenge: 3932, valueMci: 132_375.38 });
  });

  it('§17.5: a received gift is handed over within 7 calendar days of its receipt', async () => {
    expect((await declare({ occurredOn: '2026-06-01' })).actionDueOn).toBe('2026-06-08');
  });

  it('§17.5: or of the day the person learned of it (a family member’s gift)', async () => {
    const gift = await declare({
      recipientName: 'Spouse',
      occurredOn: '2026-06-01',
      learnedOn: '2026-06-03',
    });
    expect(gift).toMatchObject({ recipientName: 'Spouse', actionDueOn: '2026-06-10' });
  });

  it('§17.5, §4.8: a declared family member’s gift follows the same rule; a linked person is not a family member', async () => {
    const spouse = await inTx((em) =>
      saveRelatedPerson(em, employee, { relation: 'spouse', fullName: 'Айгүл Жұмабаева' }),
    );
    const gift = await declare({
      relatedPersonId: spouse.id,
      occurredOn: '2026-06-01',
      learnedOn: '2026-06-02',
    });
    expect(gift).toMatchObject({
      relatedPersonId: spouse.id,
      recipientName: 'Айгүл Жұмабаева',
      actionDueOn: '2026-06-09',
    });
    const friend = await inTx((em) =>
      saveRelatedPerson(em, employee, { relation: 'friend', fullName: 'Серік Әлиев' }),
    );
    const error = await declare({ relatedPersonId: friend.id }).catch((e: unknown) => e);
    expect((error as ValidationError).messageKey).toBe('declarations.gift.notFamilyMember');
    await expect(declare({ relatedPersonId: spouse.id }, officer)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('Civil Code art. 173: a term ending on a Saturday ends on Monday', async () => {
    expect((await declare({ occurredOn: '2026-06-06' })).actionDueOn).toBe('2026-06-15');
  });

  it('Civil Code art. 173: a term ending on the organisation’s day off ends the next working day', async () => {
    expect((await declare({ occurredOn: '2026-06-09' })).actionDueOn).toBe('2026-06-17');
  });

  it('§17.3: money received without consent goes back within 2 weeks of its discovery', async () => {
    // 2 June + 14 days is the organisation's day off of 16 June: the term ends on the 17th.
    const money = await declare({
      kind: 'money',
      withoutConsent: true,
      occurredOn: '2026-06-01',
      learnedOn: '2026-06-02',
    });
    expect(money.actionDueOn).toBe('2026-06-17');
  });

  it('an offer refused has nothing to hand over', async () => {
    expect((await declare({ event: 'refused' })).actionDueOn).toBeNull();
  });

  it('§18: hospitality without the host counts as a gift; with the host it is for the record', async () => {
    const without = await declare({ kind: 'hospitality', hostPresent: false });
    const withHost = await declare({ kind: 'hospitality', hostPresent: true });
    expect(without).toMatchObject({ countsAsGift: true, actionDueOn: '2026-06-08' });
    expect(withHost).toMatchObject({ countsAsGift: false, actionDueOn: null });
  });

  it('§17.8: a trip under none of the four exceptions is flagged as banned', async () => {
    expect((await declare({ kind: 'trip' })).tripBanned).toBe(true);
    expect((await declare({ kind: 'trip', tripException: 'professional_event' })).tripBanned).toBe(false);
  });

  it('records the declaration in the audit trail', async () => {
    const gift = await declare();
    const events = await db.orm.em.fork().find(AuditEvent, { entityId: gift.id });
    expect(events.map((e) => e.action)).toEqual(['gift.declared']);
  });
});

describe('bad input changes nothing', () => {
  it.each([
    ['a negative value', { valueAmount: -1 }, 'declarations.gift.valueNegative'],
    ['an unknown currency', { currency: 'XYZ' }, 'declarations.gift.currencyUnknown'],
    ['a foreign currency without its rate', { currency: 'USD' }, 'declarations.gift.exchangeRateRequired'],
    ['an unknown kind', { kind: 'bribe' }, 'declarations.gift.kind'],
    ['no giver', { giver: '  ' }, 'declarations.gift.giverRequired'],
    ['a day in the future', { occurredOn: '2026-07-05' }, 'kernel.dayInFuture'],
    [
      'learning of it before receiving it',
      { learnedOn: '2026-05-01' },
      'declarations.gift.learnedBeforeOccurred',
    ],
    [
      'hospitality without saying whether the host came',
      { kind: 'hospitality' },
      'declarations.gift.hostPresenceRequired',
    ],
    [
      'a trip exception on a vase',
      { tripException: 'family_invitation' },
      'declarations.gift.tripExceptionNotTrip',
    ],
  ] as const)('refuses %s', async (_what, input, key) => {
    const before = await giftCount();
    const error = await declare(input as Partial<DeclareGiftInput>).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).messageKey).toBe(key);
    expect(await giftCount()).toBe(before);
  });
});

describe('hand-over and decision', () => {
  it('a gift received, handed over on day 6, decided within the deadline', async () => {
    const gift = await declare({ occurredOn: '2026-06-01' });
    const handed = await inTx((em) =>
      recordGiftHandOver(
        em,
        employee,
        gift.id,
        { handedOverOn: '2026-06-07', handedOverTo: 'State property committee' },
        NOW,
      ),
    );
    expect(handed).toMatchObject({ handedOverOn: '2026-06-07', handOverOverdue: false });
    const decided = await inTx((em) =>
      decideGift(em, officer, gift.id, { decision: 'hand_over', decidedOn: '2026-06-08' }, NOW),
    );
    expect(decided).toMatchObject({ status: 'decided', decision: 'hand_over', decidedInTime: true });
    expect(decided.decidedBy?.id).toBe(officer.personId);
  });

  it('§17.6: a buy-back is priced at the gift’s value unless the valuation says otherwise', async () => {
    const gift = await declare();
    const decided = await inTx((em) => decideGift(em, officer, gift.id, { decision: 'buy_back' }, NOW));
    expect(decided).toMatchObject({
      buyBackPriceTenge: 43_250,
      decidedOn: '2026-07-01',
      decidedInTime: false,
    });
  });

  it('a decision on an already decided gift is a conflict, and the first decision stands', async () => {
    const gift = await declare();
    await inTx((em) => decideGift(em, officer, gift.id, { decision: 'keep_as_official' }, NOW));
    const error = await inTx((em) =>
      decideGift(em, secondOfficer, gift.id, { decision: 'refuse' }, NOW),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).messageKey).toBe('declarations.gift.decided');
    const stored = await db.orm.em.fork().findOneOrFail(GiftDeclaration, gift.id);
    expect(stored.decision).toBe('keep_as_official');
  });

  it('refuses an unknown decision, an employee deciding, and an officer deciding their own gift', async () => {
    const gift = await declare();
    await expect(
      inTx((em) => decideGift(em, officer, gift.id, { decision: 'sell' }, NOW)),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      inTx((em) => decideGift(em, employee, gift.id, { decision: 'refuse' }, NOW)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const own = await declare({}, officer);
    await expect(
      inTx((em) => decideGift(em, officer, own.id, { decision: 'refuse' }, NOW)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      inTx((em) => decideGift(em, outsider, gift.id, { decision: 'refuse' }, NOW)),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.orm.em.fork().findOneOrFail(GiftDeclaration, gift.id)).decision).toBeNull();
  });

  it('a hand-over is recorded once, and only for what was received', async () => {
    const gift = await declare();
    const handOver = (actor: Actor) =>
      inTx((em) =>
        recordGiftHandOver(
          em,
          actor,
          gift.id,
          { handedOverOn: '2026-06-05', handedOverTo: 'Committee' },
          NOW,
        ),
      );
    await expect(handOver(auditor)).rejects.toBeInstanceOf(ForbiddenError);
    await handOver(employee);
    await expect(handOver(officer)).rejects.toBeInstanceOf(ConflictError);
    const refused = await declare({ event: 'refused' });
    await expect(
      inTx((em) =>
        recordGiftHandOver(em, employee, refused.id, { handedOverOn: '2026-06-05', handedOverTo: 'x' }, NOW),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('a gift not handed over past its day is overdue', async () => {
    const gift = await declare({ occurredOn: '2026-06-01' });
    expect(gift.handOverOverdue).toBe(true);
  });
});

describe('the register and my declarations', () => {
  it('lists, searches, filters and pages for officers and auditors, never for employees', async () => {
    const unique = await declare({ giver: 'Zhanibek Unique-Giver' });
    const em = db.orm.em.fork();
    const found = await giftRegister(em, auditor, { search: 'unique-giver' }, {}, NOW);
    expect(found.items.map((g) => g.id)).toEqual([unique.id]);
    const page = await giftRegister(em, officer, { status: 'awaiting_decision' }, { limit: 2 }, NOW);
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    const overdue = await giftRegister(em, officer, { overdue: true }, { limit: 100 }, NOW);
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((g) => g.handOverOverdue)).toBe(true);
    await expect(giftRegister(em, employee, {}, {}, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const none = await giftRegister(em, outsider, {}, {}, NOW);
    expect(none.total).toBe(0);
  });

  it('gives its export the whole filtered register, for officers and auditors, never for employees', async () => {
    const em = db.orm.em.fork();
    const hospitality = await giftRegisterRows(em, auditor, { kind: 'hospitality' }, NOW);
    expect(hospitality.length).toBeGreaterThan(0);
    expect(hospitality.every((g) => g.kind === 'hospitality')).toBe(true);
    const all = await giftRegisterRows(em, officer, {}, NOW);
    expect(all.length).toBeGreaterThan(hospitality.length);
    await expect(giftRegisterRows(em, employee, {}, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('shows the employee their own declarations; another person’s is not found', async () => {
    const em = db.orm.em.fork();
    const mine = await myGifts(em, officer, NOW);
    expect(mine.every((g) => g.person.id === officer.personId)).toBe(true);
    const theirs = (await myGifts(em, employee, NOW))[0]!;
    await expect(giftDeclaration(em, secondOfficer, theirs.id, NOW)).resolves.toMatchObject({
      id: theirs.id,
    });
    await expect(giftDeclaration(em, officer, theirs.id, NOW)).resolves.toBeDefined();
    const other = await myGifts(em, secondOfficer, NOW);
    expect(other).toEqual([]);
  });
});

describe('my work', () => {
  it('shows the employee what to hand over and the officers what awaits a decision', async () => {
    const items = await GIFT_WORK.items(db.orm.em.fork(), employee, NOW);
    expect(items.some((i) => i.kind === 'gift_hand_over_due' && i.urgency === 'overdue')).toBe(true);
    const officerItems = await GIFT_WORK.items(db.orm.em.fork(), secondOfficer, NOW);
    expect(officerItems.find((i) => i.kind === 'gifts_to_decide')?.count).toBeGreaterThan(0);
    expect((await GIFT_WORK.items(db.orm.em.fork(), auditor, NOW)).length).toBe(0);
  });
});

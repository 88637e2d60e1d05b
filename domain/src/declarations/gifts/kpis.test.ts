import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { declareGift, decideGift } from './gifts.js';
import './kpis.js';

const CODES = ['declarations.gifts_declared', 'declarations.gifts_decided_in_time'];
// The share is read as of today (the database's clock): the fixed days below are past, today's gift is not.
const NOW = new Date();

let db: TestDatabase;
let employee: Actor;
let officer: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const a = buildPerson(em, org.organization, org.root);
  const b = buildPerson(em, org.organization, org.root);
  await em.flush();
  employee = actorOf(a, ['employee']);
  officer = actorOf(b, ['employee', 'compliance_officer']);
  const declare = (occurredOn: string, event = 'received') =>
    em.fork().transactional((tx) =>
      declareGift(
        tx,
        employee,
        {
          kind: 'gift',
          event,
          giver: 'Supplier',
          occasion: 'Holiday',
          occurredOn,
          valueAmount: 5000,
          currency: 'KZT',
        },
        NOW,
      ),
    );
  const decide = (id: string, decidedOn: string) =>
    em.fork().transactional((tx) => decideGift(tx, officer, id, { decision: 'hand_over', decidedOn }, NOW));
  // Due 8 June, decided on the 8th: in time. Due 8 June, decided on the 10th: late.
  await decide((await declare('2026-06-01')).id, '2026-06-08');
  await decide((await declare('2026-06-01')).id, '2026-06-10');
  // Due 9 June, undecided and past its day: late. Received today: not yet counted.
  await declare('2026-06-02');
  await declare(kazakhstanDay(NOW));
  // Refused: nothing to hand over, not counted in the share.
  await declare('2026-06-01', 'refused');
});

afterAll(async () => {
  await db?.drop();
});

describe('gift KPIs (§17)', () => {
  it('counts the gifts declared and the share decided by their hand-over day', async () => {
    const values = await computeKpiValues(db.orm.em.fork(), officer, CODES, {});
    const byCode = Object.fromEntries(values.map((v) => [v.code, v]));
    expect(byCode['declarations.gifts_declared']).toMatchObject({ value: 5 });
    expect(byCode['declarations.gifts_decided_in_time']).toMatchObject({
      numerator: 1,
      denominator: 3,
      value: 33.3,
    });
  });

  it('is not for employees', async () => {
    await expect(computeKpiValues(db.orm.em.fork(), employee, CODES, {})).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

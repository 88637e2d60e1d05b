import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  buildPublishedCourse,
  createTestDatabase,
  takeTest,
  type TestDatabase,
} from '../../testing/index.js';
import { assignToEveryone } from '../../training/training-fixtures.js';
import { createCulturePlan, updateCulturePlan } from './plans.js';
import { cultureTargetIndicator } from './target-indicator.js';

// §35.3: the number who passed with at least 60 % in the plan's year, against the plan's target,
// with the share of headcount, for the organisation and each unit below it.

let db: TestDatabase;
let officer: Actor;
let financeId: string;
let legalId: string;
const NOW = new Date('2026-12-06T06:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  const legal = buildOrgUnit(em, org.organization, org.root, 'Legal');
  const inFinance = Array.from({ length: 5 }, () => buildPerson(em, org.organization, finance));
  const inLegal = Array.from({ length: 2 }, () => buildPerson(em, org.organization, legal));
  // With the organisation's administrator, ten people on the staff.
  const o = buildPerson(em, org.organization, org.root);
  const t = buildPerson(em, org.organization, org.root);
  await em.flush();
  financeId = finance.id;
  legalId = legal.id;
  officer = actorOf(o, ['employee', 'compliance_officer']);
  const trainer = actorOf(t, ['employee', 'training_admin']);
  const { course, test } = await buildPublishedCourse(db.orm, trainer, { questions: 5 });
  await assignToEveryone(db.orm, trainer, course.id);
  // Finance: three pass with 80 %, one fails with 40 %; Legal: one passes.
  for (const person of inFinance.slice(0, 3))
    await takeTest(db.orm, actorOf(person, ['employee']), test.id, 4, NOW);
  await takeTest(db.orm, actorOf(inFinance[3]!, ['employee']), test.id, 2, NOW);
  await takeTest(db.orm, actorOf(inLegal[0]!, ['employee']), test.id, 4, NOW);
  const plan = await db.orm.em.fork().transactional((tx) => createCulturePlan(tx, officer, 2026, null, NOW));
  await db.orm.em
    .fork()
    .transactional((tx) => updateCulturePlan(tx, officer, plan.id, { targetPassed: 6 }, NOW));
});

afterAll(async () => {
  await db?.drop();
});

describe('the §35.3 target indicator', () => {
  it('counts who passed with at least 60 % first, against the target, with the share, by unit', async () => {
    const indicator = await cultureTargetIndicator(db.orm.em.fork(), officer, 2026, null, NOW);
    expect(indicator).toMatchObject({ year: 2026, target: 6, passed: 4, headcount: 10, suppressed: false });
    expect(indicator.byUnit.map((u) => [u.orgUnitId, u.passed, u.headcount, u.share, u.suppressed])).toEqual([
      [financeId, 3, 5, 60, false],
      // Two people: whether one of them passed is not told.
      [legalId, null, null, null, true],
    ]);
  });

  it('counts nothing in a year without passes', async () => {
    const indicator = await cultureTargetIndicator(db.orm.em.fork(), officer, 2025, null, NOW);
    expect(indicator).toMatchObject({ target: null, passed: 0, headcount: 10 });
  });

  it('is for the plan’s readers only', async () => {
    await expect(
      cultureTargetIndicator(db.orm.em.fork(), { ...officer, roles: ['employee'] }, 2026, null, NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

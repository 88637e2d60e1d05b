import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { addCultureActivity, type ActivityInput } from './activities.js';
import { CultureActivity } from './culture-activity.entity.js';
import { CulturePlan, CulturePlanVersion } from './culture-plan.entity.js';
import { approveCulturePlan, createCulturePlan, submitCulturePlan } from './plans.js';

// The plan's rules fired at once on the real PostgreSQL: one plan a year, one approval of a
// version, and an approved version that never gains an activity after the first head saw it.

const N = 6;
const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officers: Actor[];
let firstHeads: Actor[];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const people = Array.from({ length: 2 * N }, () => buildPerson(em, org.organization, org.root));
  await em.flush();
  officers = people.slice(0, N).map((p) => actorOf(p, ['employee', 'compliance_officer']));
  firstHeads = people.slice(N).map((p) => actorOf(p, ['employee', 'first_head']));
});

afterAll(async () => {
  await db?.drop();
});

const activity = (officer: Actor, i: number): ActivityInput => ({
  kind: 'informational',
  title: `Memo ${i}`,
  audience: 'whole_org',
  deadline: '2027-03-01',
  responsibleIds: [officer.personId],
  checkForm: 'survey',
});

describe('the culture plan under concurrent requests', () => {
  it('of several plans made for one year at once, exactly one is made', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) => createCulturePlan(em, officers[i]!, 2027, null, NOW)),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    expect(await db.orm.em.fork().count(CulturePlan, { year: 2027 })).toBe(1);
  });

  it('adds racing the submission land in the submitted plan or are refused, and it is approved once', async () => {
    const plan = await db.orm.em.fork().findOneOrFail(CulturePlan, { year: 2027 });
    await db.orm.em
      .fork()
      .transactional((em) => addCultureActivity(em, officers[0]!, plan.id, activity(officers[0]!, 0), NOW));
    const race = outcomes(
      await concurrently<unknown>(db.orm, N, (em, i) =>
        i === 0
          ? submitCulturePlan(em, officers[0]!, plan.id, NOW)
          : addCultureActivity(em, officers[i]!, plan.id, activity(officers[i]!, i), NOW),
      ),
    );
    for (const error of race.rejected) expect(error).toBeInstanceOf(ConflictError);
    const approvals = outcomes(
      await concurrently(db.orm, N, (em, i) => approveCulturePlan(em, firstHeads[i]!, plan.id, NOW)),
    );
    expect(approvals.fulfilled).toHaveLength(1);
    for (const error of approvals.rejected) expect(error).toBeInstanceOf(ConflictError);
    const versions = await db.orm.em.fork().find(CulturePlanVersion, { plan: plan.id });
    expect(versions).toHaveLength(1);
    // What the first head approved is exactly what the plan holds: nothing slipped in after the submission.
    const held = await db.orm.em.fork().find(CultureActivity, { plan: plan.id });
    expect(versions[0]!.activities.map((a) => a.id).sort()).toEqual(held.map((a) => a.id).sort());
    expect(held.length).toBe(1 + race.fulfilled.length - 1);
  });
});

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
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { IRisk } from '../risks/risk.entity.js';
import { buildRisk } from './mitigation-fixtures.js';
import { addMitigationMeasure } from './measures.js';
import { MitigationMeasure, MitigationPlan } from './mitigation.entity.js';
import { approveMitigationPlan, createMitigationPlan } from './plans.js';

// The plan's rules fired at once on the real PostgreSQL: one plan a year, one approval, and an
// approved plan that never gains a measure after the first head approved it.

const N = 6;
const NOW = new Date('2026-06-15T06:00:00Z');
let db: TestDatabase;
let officers: Actor[];
let heads: Actor[];
let risk: IRisk;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em, { kind: 'state_body' });
  const people = Array.from({ length: 2 * N }, () => buildPerson(em, org.organization, org.root));
  risk = buildRisk(em, org.organization, people[0]!, 1);
  await em.flush();
  officers = people.slice(0, N).map((p) => actorOf(p, ['employee', 'compliance_officer']));
  heads = people.slice(N).map((p) => actorOf(p, ['employee', 'first_head']));
});

afterAll(async () => {
  await db?.drop();
});

const measure = (officer: Actor, i: number) => ({
  riskId: risk.id,
  measure: `Measure ${i}`,
  executorId: officer.personId,
  deadline: '2026-10-01',
  completionForm: 'Report',
});

async function approvalEvents(planId: string): Promise<number> {
  return db.orm.em
    .fork()
    .count(AuditEvent, { entityId: planId, action: 'compliance_mitigation_plan.approved' });
}

describe('the mitigation plan under concurrent requests', () => {
  it('of several plans made for one year at once, exactly one is made', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) => createMitigationPlan(em, officers[i]!, 2026, NOW)),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    expect(await db.orm.em.fork().count(MitigationPlan, { year: 2026 })).toBe(1);
  });

  it('measures racing the approval land before it or are refused; two approvals at once make one', async () => {
    const plan = await db.orm.em.fork().findOneOrFail(MitigationPlan, { year: 2026 });
    await db.orm.em
      .fork()
      .transactional((em) => addMitigationMeasure(em, officers[0]!, plan.id, measure(officers[0]!, 0), NOW));
    const race = outcomes(
      await concurrently<unknown>(db.orm, N, (em, i) =>
        i < 2
          ? approveMitigationPlan(em, heads[i]!, plan.id, NOW)
          : addMitigationMeasure(em, officers[i]!, plan.id, measure(officers[i]!, i), NOW),
      ),
    );
    for (const error of race.rejected) expect(error).toBeInstanceOf(ConflictError);
    expect(await approvalEvents(plan.id)).toBe(1);
    // What the first head approved is exactly what the plan holds: the approval event counts them.
    const approval = await db.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { entityId: plan.id, action: 'compliance_mitigation_plan.approved' });
    expect(await db.orm.em.fork().count(MitigationMeasure, { plan: plan.id })).toBe(
      approval.data['measures'],
    );
    expect((await db.orm.em.fork().findOneOrFail(MitigationPlan, plan.id)).status).toBe('approved');
  });
});

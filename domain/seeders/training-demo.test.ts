import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import {
  Assignment,
  computeKpiValues,
  Course,
  Organization,
  Question,
  completionReport,
  type Actor,
} from '../src/index.js';
import { seedDemo } from './seed-demo.js';

let db: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.orm);
  const holding = await db.orm.em.fork().findOneOrFail(Organization, { bin: '050140000017' });
  admin = { personId: '', organizationId: holding.id, roles: ['training_admin'] };
});

afterAll(async () => {
  await db?.drop();
});

describe('training demo', () => {
  it('publishes three courses, each with a bank of at least 20 questions in Kazakh and Russian', async () => {
    const em = db.orm.em.fork();
    const courses = await em.find(Course, { organization: admin.organizationId });
    expect(courses.map((c) => c.topic).sort()).toEqual(['conflict_of_interest', 'general', 'procurement']);
    const questions = await em.find(Question, { organization: admin.organizationId }, { populate: ['pool'] });
    for (const topic of ['general', 'conflict_of_interest', 'procurement']) {
      const bank = questions.filter((q) => q.pool.topic === topic);
      expect(bank.length).toBeGreaterThanOrEqual(20);
      expect(bank.every((q) => q.text.kk && q.text.ru && q.text.en)).toBe(true);
    }
  });

  it('assigns the yearly mandatory course to everyone and induction to new hires within 90 days', async () => {
    const assignments = await db.orm.em.fork().find(Assignment, { organization: admin.organizationId });
    expect(assignments.map((a) => [a.audience, a.recurrence]).sort()).toEqual([
      ['managers', 'half_yearly'],
      ['new_hires', 'once'],
      ['risk_exposed_positions', 'half_yearly'],
      ['whole_org', 'yearly'],
    ]);
    expect(assignments.find((a) => a.audience === 'new_hires')?.newHireMonths).toBe(3);
  });

  it('has non-trivial completion figures and KPIs', async () => {
    const em = db.orm.em.fork();
    const general = await em.findOneOrFail(Course, { organization: admin.organizationId, topic: 'general' });
    const completion = await completionReport(em, admin, { courseId: general.id });
    expect(completion.total.assigned).toBeGreaterThan(50);
    expect(completion.total.passed).toBeGreaterThan(0);
    expect(completion.total.failed + completion.total.notStarted).toBeGreaterThan(0);
    // Without a unit the report covers the root unit, split by its departments for the drill-down.
    expect(completion.rows.length).toBeGreaterThan(1);
    const department = completion.rows[0];
    const drilled = await completionReport(em, admin, {
      courseId: general.id,
      orgUnitId: department?.orgUnitId ?? null,
    });
    expect(drilled.total.assigned).toBe(department?.figures.assigned);
    const [coverage] = await computeKpiValues(em, admin, ['training.coverage'], {});
    expect(coverage?.value).toBeGreaterThan(0);
  });
});

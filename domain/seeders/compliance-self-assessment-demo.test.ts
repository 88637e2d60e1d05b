import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../src/testing/demo-database.js';
import type { TestDatabase } from '../src/testing/index.js';
import { complianceProcesses } from '../src/compliance/self-assessment/processes.js';
import { currentQuarter, shiftQuarter } from '../src/kernel/quarters.js';
import { selfAssessment } from '../src/compliance/self-assessment/self-assessment-view.js';
import { Organization } from '../src/org/organization.entity.js';
import { demoActor } from './demo-actor.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createDemoDatabase();
}, 60_000);

afterAll(async () => {
  await db?.drop();
});

describe('the self-assessment demo (§73)', () => {
  it('has a catalogue, last quarter drawn with a finding and an overdue item, and this quarter to draw', async () => {
    const em = db.orm.em.fork();
    const [holding] = await em.find(Organization, { parent: null }, { orderBy: { name: 'asc' } });
    const auditor = await demoActor(em, holding!, 'auditor');
    const now = new Date();
    expect(await complianceProcesses(em, auditor)).toHaveLength(10);
    const last = await selfAssessment(em, auditor, shiftQuarter(currentQuarter(now), -1), now);
    expect(last.drawn).toBe(true);
    expect([3, 4]).toContain(last.processes.length);
    // Two processes internal audit covered and one begun this quarter are left out of 10.
    expect(last.eligibleCount).toBe(7);
    const items = last.processes.flatMap((p) => p.findings).flatMap((f) => f.items);
    expect(items.map((i) => [i.status, i.overdue])).toEqual(
      expect.arrayContaining([
        ['done', false],
        ['open', true],
      ]),
    );
    const current = await selfAssessment(em, auditor, currentQuarter(now), now);
    expect(current).toMatchObject({ drawn: false, drawable: true, eligibleCount: 7 });
  });
});

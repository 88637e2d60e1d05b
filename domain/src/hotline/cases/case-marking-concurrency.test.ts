import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { concurrently, outcomes } from '../../testing/index.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { bulkLabelHotlineCases } from './bulk-case-actions.js';
import { HotlineReport } from './hotline-report.entity.js';

// Labelling reads a case's labels and then writes them: fired at once on the real PostgreSQL,
// each change sees the one before it (the case is locked), so no label is lost.

const N = 6;
let w: HotlineWorld;

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

it('keeps every label added at once to the same cases', async () => {
  const first = (await w.report()).reportId;
  const second = (await w.report()).reportId;
  // One call lists the cases the other way round: the locks are still taken in one order.
  const settled = await concurrently(w.db.orm, N, (em, index) =>
    bulkLabelHotlineCases(em, w.head, index % 2 ? [first, second] : [second, first], [`label ${index}`]),
  );
  const { fulfilled, rejected } = outcomes(settled);
  expect(rejected).toEqual([]);
  expect(fulfilled.flat().every((r) => r.done)).toBe(true);
  const em = w.db.orm.em.fork();
  for (const id of [first, second]) {
    const report = await em.findOneOrFail(HotlineReport, { id });
    expect([...report.labels].sort()).toEqual(Array.from({ length: N }, (_, i) => `label ${i}`).sort());
    expect(await em.count(AuditEvent, { entityId: id, action: 'hotline.labels_changed' })).toBe(N);
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { HotlineQuarterlyReport } from './quarterly-report.entity.js';
import { generateQuarterlyReport, scheduledQuarterDue } from './quarterly-reports.js';
import './kpis.js';

let w: HotlineWorld;
const at = (local: string) => new Date(`${local}+05:00`);

beforeAll(async () => {
  w = await createHotlineWorld();
  await w.report({}, at('2026-02-10T10:00:00'));
});

afterAll(async () => {
  await w?.db.drop();
});

/** One run of the schedule as the job makes it: the quarter owed, generated in the same transaction. */
function scheduledRun(now: Date): Promise<string | null> {
  return w.inTx(async (em) => {
    const quarter = await scheduledQuarterDue(em, w.org.organization.id, now);
    if (quarter) await generateQuarterlyReport(em, null, w.org.organization.id, quarter, now);
    return quarter;
  });
}

describe('the scheduled quarterly report', () => {
  it('is owed in the first week of a quarter only', async () => {
    const em = w.db.orm.em.fork();
    const due = (local: string) =>
      em.transactional((tx) => scheduledQuarterDue(tx, w.org.organization.id, at(local)));
    expect(await due('2026-04-01T08:00:00')).toBe('2026-Q1');
    expect(await due('2026-04-07T23:00:00')).toBe('2026-Q1');
    expect(await due('2026-04-08T08:00:00')).toBeNull();
    expect(await due('2026-05-01T08:00:00')).toBeNull();
    expect(await due('2027-01-03T08:00:00')).toBe('2026-Q4');
  });

  it('is made once when two runs meet, as the organisation is locked while one checks and makes it', async () => {
    const now = at('2026-04-01T08:00:00');
    const runs = await Promise.all([scheduledRun(now), scheduledRun(now), scheduledRun(now)]);
    expect(runs.filter((quarter) => quarter !== null)).toEqual(['2026-Q1']);
    const kept = await w.db.orm.em
      .fork()
      .find(HotlineQuarterlyReport, { organization: w.org.organization.id });
    expect(kept.map((r) => [r.quarter, r.generatedBy])).toEqual([['2026-Q1', null]]);
  });

  it('is made by the schedule even when a person made one of the quarter first', async () => {
    await w.inTx((em) =>
      generateQuarterlyReport(em, w.head, w.org.organization.id, '2026-Q2', at('2026-07-01T07:00:00')),
    );
    expect(await scheduledRun(at('2026-07-01T08:00:00'))).toBe('2026-Q2');
  });
});

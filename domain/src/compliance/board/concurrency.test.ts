import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { concurrently, createTestDatabase, outcomes, type TestDatabase } from '../../testing/index.js';
import { complianceOfficers } from '../compliance-fixtures.js';
import { BoardReport, ManagementPlan } from './board.entity.js';
import { createBoardReport, submitBoardReport, updateBoardReport } from './board-reports.js';
import { createManagementPlan } from './management-plan.js';

// The writes fired at once on the real PostgreSQL: one report per period, one submission of it
// (its figures taken once), one management plan per year.

const N = 6;
const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officers: Actor[];

beforeAll(async () => {
  db = await createTestDatabase();
  officers = await complianceOfficers(db, N);
});

afterAll(async () => {
  await db?.drop();
});

describe('the reports to the board under concurrent requests', () => {
  it('drafts of one period racing make one report; the others are CONFLICT', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        createBoardReport(em, officers[i]!, { year: 2026, period: 'year' }, NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.map((e) => (e as { code: string }).code)).toEqual(Array(N - 1).fill('CONFLICT'));
    expect(await db.orm.em.fork().count(BoardReport, {})).toBe(1);
  });

  it('two submits at once: one submits, the other is a CONFLICT', async () => {
    const report = await db.orm.em.fork().findOneOrFail(BoardReport, { year: 2026 });
    await db.orm.em
      .fork()
      .transactional((em) =>
        updateBoardReport(
          em,
          officers[0]!,
          { id: report.id, statusAndPlans: 'Жоспар орындалуда', resourceAssessment: 'sufficient' },
          NOW,
        ),
      );
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, 2, (em, i) => submitBoardReport(em, officers[i]!, report.id, NOW)),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.map((e) => (e as { code: string }).code)).toEqual(['CONFLICT']);
  });

  it('management plans of one year racing make one', async () => {
    const { fulfilled } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        createManagementPlan(em, officers[i]!, { year: 2026, memberIds: [officers[i]!.personId] }, NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(await db.orm.em.fork().count(ManagementPlan, {})).toBe(1);
  });
});

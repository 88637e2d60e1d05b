import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError } from '../../kernel/errors.js';
import { concurrently, createTestDatabase, outcomes, type TestDatabase } from '../../testing/index.js';
import { complianceOfficers } from '../compliance-fixtures.js';
import { completeRiskRemapping, recordRiskTrigger } from './remapping.js';
import { Risk, RiskScore } from './risk.entity.js';
import { upsertRisk } from './risks.js';
import { riskInput } from './risks-fixtures.js';

// The register's rules fired at once on the real PostgreSQL: numbers handed out once each, edits of
// one risk that never lose a write, and a re-mapping task closed once.

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

describe('the risk register under concurrent requests', () => {
  it('gives risks created at once distinct consecutive numbers', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        upsertRisk(em, officers[i]!, riskInput({ processOrDocument: `Process ${i}` }), NOW),
      ),
    );
    expect(rejected).toEqual([]);
    expect(fulfilled.map((r) => r.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('of edits made on one version at once, one lands and the rest are told the risk changed', async () => {
    const risk = await db.orm.em.fork().findOneOrFail(Risk, { number: 1 });
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        upsertRisk(
          em,
          officers[i]!,
          {
            ...riskInput({ impact: 1 + (i % 5) }),
            id: risk.id,
            version: risk.version,
            reason: `Re-score ${i}`,
          },
          NOW,
        ),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    const stored = await db.orm.em.fork().findOneOrFail(Risk, risk.id);
    expect(stored.version).toBe(2);
    expect(stored.impact).toBe(fulfilled[0]!.impact);
    // The history holds the first score and exactly the re-score that landed.
    expect(await db.orm.em.fork().count(RiskScore, { risk: risk.id })).toBe(
      fulfilled[0]!.impact === 4 ? 1 : 2,
    );
  });

  it('closes a re-mapping task once when several officers mark it done at once', async () => {
    const trigger = await db.orm.em
      .fork()
      .transactional((em) =>
        recordRiskTrigger(
          em,
          officers[0]!,
          { kind: 'structure_change', note: 'Reorganisation', occurredOn: '2026-12-01' },
          NOW,
        ),
      );
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        completeRiskRemapping(em, officers[i]!, trigger.id, null, NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError } from '../../kernel/errors.js';
import { concurrently, createTestDatabase, outcomes, type TestDatabase } from '../../testing/index.js';
import { complianceOfficers } from '../compliance-fixtures.js';
import { drawSelfAssessment } from './draw.js';
import { addImprovementItem, completeImprovementItem, recordSelfAssessmentFinding } from './findings.js';
import { saveComplianceProcess } from './processes.js';
import { ImprovementItem, SelfAssessment, SelfAssessmentProcess } from './self-assessment.entity.js';

// §73 under concurrent requests on the real PostgreSQL: a quarter is drawn exactly once, and an
// improvement is marked done once.

const N = 6;
const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let keepers: Actor[];

beforeAll(async () => {
  db = await createTestDatabase();
  keepers = await complianceOfficers(db, N);
  await db.orm.em.fork().transactional(async (tx) => {
    for (let i = 0; i < 8; i += 1) {
      await saveComplianceProcess(tx, keepers[0]!, { name: `Process ${i}`, activeFrom: '2026-01-01' }, NOW);
    }
  });
});

afterAll(async () => {
  await db?.drop();
});

describe('the self-assessment under concurrent requests', () => {
  it('of two draws of one quarter fired at once, exactly one draws and the other is a CONFLICT', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, 2, (em, i) => drawSelfAssessment(em, keepers[i]!, '2026-Q4', NOW)),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toBeInstanceOf(ConflictError);
    const em = db.orm.em.fork();
    const drawn = await em.find(SelfAssessment, { quarter: '2026-Q4' });
    expect(drawn).toHaveLength(1);
    // The processes are those of the one draw, nothing from the refused one.
    expect(await em.count(SelfAssessmentProcess, { assessment: drawn[0]!.id })).toBe(
      fulfilled[0]!.processes.length,
    );
  });

  it('of several draws at once, still one', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) => drawSelfAssessment(em, keepers[i]!, '2026-Q3', NOW)),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    expect(await db.orm.em.fork().count(SelfAssessment, { quarter: '2026-Q3' })).toBe(1);
  });

  it('an improvement completed by several at once is done once', async () => {
    const view = await db.orm.em.fork().transactional(async (em) => {
      const assessed = await recordSelfAssessmentFinding(
        em,
        keepers[0]!,
        {
          drawnProcessId: (await em.findOneOrFail(SelfAssessmentProcess, { position: 0 })).id,
          text: 'Gap',
          severity: 'high',
        },
        NOW,
      );
      const finding = assessed.processes.flatMap((p) => p.findings)[0]!;
      return addImprovementItem(
        em,
        keepers[0]!,
        { findingId: finding.id, action: 'Fix it', responsibleId: keepers[1]!.personId },
        NOW,
      );
    });
    const item = view.processes.flatMap((p) => p.findings).flatMap((f) => f.items)[0]!;
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        completeImprovementItem(em, keepers[i]!, item.id, `done ${i}`, NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    const stored = await db.orm.em.fork().findOneOrFail(ImprovementItem, { id: item.id });
    expect(stored.status).toBe('done');
  });
});

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
import {
  AssessmentAnswer,
  ComplianceProgramme,
  InitialAssessment,
  ProgrammeItem,
} from './programme.entity.js';
import { addProgrammeItem, createComplianceProgramme, updateProgrammeItem } from './programme.js';
import { ASSESSMENT_ASPECTS } from './aspects.js';
import { completeInitialAssessment, saveAssessmentAnswer, startInitialAssessment } from './assessment.js';

// The programme's rules fired at once on the real PostgreSQL: one programme and one assessment a
// year, no edit of an item lost, and a completed assessment drafting its items exactly once.

const N = 6;
const NOW = new Date('2026-06-15T06:00:00Z');
let db: TestDatabase;
let officers: Actor[];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em, { kind: 'quasi_public' });
  const people = Array.from({ length: N }, () => buildPerson(em, org.organization, org.root));
  await em.flush();
  officers = people.map((p) => actorOf(p, ['employee', 'compliance_officer']));
});

afterAll(async () => {
  await db?.drop();
});

describe('the programme under concurrent requests', () => {
  it('of several programmes made for one year at once, exactly one is made', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) => createComplianceProgramme(em, officers[i]!, 2026, NOW)),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    expect(await db.orm.em.fork().count(ComplianceProgramme, { year: 2026 })).toBe(1);
  });

  it('of several edits of an item made on the same version, one lands and the others are told', async () => {
    const programme = await db.orm.em.fork().findOneOrFail(ComplianceProgramme, { year: 2026 });
    const item = await db.orm.em
      .fork()
      .transactional((em) =>
        addProgrammeItem(
          em,
          officers[0]!,
          programme.id,
          { direction: 'leadership', title: 'Start', ownerId: officers[0]!.personId, dueOn: '2026-10-01' },
          NOW,
        ),
      );
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        updateProgrammeItem(em, officers[i]!, { id: item.id, version: 1, title: `Edit ${i}` }, NOW),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    for (const error of rejected) expect(error).toBeInstanceOf(ConflictError);
    const stored = await db.orm.em.fork().findOneOrFail(ProgrammeItem, item.id);
    expect(stored.version).toBe(2);
    expect(stored.title).toBe(fulfilled[0]!.title);
  });

  it('an assessment begun and completed by several at once is begun once and drafts its items once', async () => {
    const begun = outcomes(
      await concurrently(db.orm, N, (em, i) => startInitialAssessment(em, officers[i]!, 2027, NOW)),
    );
    expect(begun.fulfilled).toHaveLength(1);
    expect(await db.orm.em.fork().count(InitialAssessment, { year: 2027 })).toBe(1);
    const id = begun.fulfilled[0]!.id;
    for (const aspect of ASSESSMENT_ASPECTS) {
      await db.orm.em.fork().transactional((em) =>
        saveAssessmentAnswer(
          em,
          officers[0]!,
          {
            assessmentId: id,
            aspect: aspect.number,
            rating: 'missing',
            finding: `Nothing for ${aspect.key}`,
          },
          NOW,
        ),
      );
    }
    const completed = outcomes(
      await concurrently<unknown>(db.orm, N, (em, i) =>
        i === 0
          ? saveAssessmentAnswer(
              em,
              officers[i]!,
              { assessmentId: id, aspect: 1, rating: 'adequate', finding: 'Late change' },
              NOW,
            )
          : completeInitialAssessment(em, officers[i]!, id, NOW),
      ),
    );
    for (const error of completed.rejected) expect(error).toBeInstanceOf(ConflictError);
    const programme = await db.orm.em.fork().findOneOrFail(ComplianceProgramme, { year: 2027 });
    const drafts = await db.orm.em.fork().count(ProgrammeItem, { programme: programme.id });
    // Each wanting answer drafted once; the late change landed before the completion, or was refused.
    const wanting = await db.orm.em
      .fork()
      .count(AssessmentAnswer, { assessment: id, rating: { $ne: 'adequate' } });
    expect(drafts).toBe(wanting);
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import {
  conflictQuarterlyAnalysis,
  recordIinAccessMemo,
  reviewConflictQuarterlyAnalysis,
} from './conflict-quarterly-analysis.js';
import { conflictMatches } from './conflict-matches.js';
import { RelatedPerson } from '../relatives/related-person.entity.js';

let db: TestDatabase;
let org: BuiltOrganization;
let head: IPerson;
let security: IPerson;
let officer: Actor;

const NOW = new Date('2026-07-03T05:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em, { kind: 'state_body' });
  head = buildPerson(em, org.organization, org.root, { fullName: 'First Head' });
  security = buildPerson(em, org.organization, org.root, { fullName: 'Security Officer' });
  const officerPerson = buildPerson(em, org.organization, org.root, { fullName: 'Officer' });
  grantRoles(em, head, ['employee', 'first_head']);
  grantRoles(em, officerPerson, ['employee', 'compliance_officer']);
  await em.flush();
  officer = actorOf(officerPerson, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

describe('the quarterly analysis of conflicts of interest (§14)', () => {
  it("records a state body's memo with the first head's and the security officer's consent, once", async () => {
    const before = await conflictQuarterlyAnalysis(db.orm.em.fork(), officer, '2026-Q2');
    expect(before).toMatchObject({ iinAccessNeedsMemo: true, memo: null });
    const input = {
      memoNumber: 'СЗ-14',
      memoDate: '2026-07-01',
      firstHeadId: head.id,
      securityOfficerId: security.id,
    };
    const recorded = await inTx((em) => recordIinAccessMemo(em, officer, '2026-Q2', input, NOW));
    expect(recorded.memo).toMatchObject({
      memoNumber: 'СЗ-14',
      firstHead: { id: head.id },
      securityOfficer: { id: security.id },
    });
    await expect(
      inTx((em) => recordIinAccessMemo(em, officer, '2026-Q2', input, NOW)),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses a memo whose first head is not the first head', async () => {
    await expect(
      inTx((em) =>
        recordIinAccessMemo(
          em,
          officer,
          '2026-Q1',
          {
            memoNumber: '1',
            memoDate: '2026-07-01',
            firstHeadId: security.id,
            securityOfficerId: security.id,
          },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('marks the quarter reviewed once', async () => {
    const reviewed = await inTx((em) =>
      reviewConflictQuarterlyAnalysis(
        em,
        officer,
        '2026-Q2',
        { findings: 'Two matches; one case opened', matchesReviewed: 2 },
        NOW,
      ),
    );
    expect(reviewed).toMatchObject({ matchesReviewed: 2, reviewedBy: { fullName: 'Officer' } });
    await expect(
      inTx((em) =>
        reviewConflictQuarterlyAnalysis(
          em,
          officer,
          '2026-Q2',
          { findings: 'Again', matchesReviewed: 0 },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('the matches of the quarterly analysis (§14)', () => {
  it('flags a declared relative who works here in the same reporting line, IINs hidden until the memo', async () => {
    const em = db.orm.em.fork();
    const boss = buildPerson(em, org.organization, org.root, {
      fullName: 'Boss Person',
      iin: '800101300011',
    });
    const sister = buildPerson(em, org.organization, org.root, {
      fullName: 'Aigul Sister',
      iin: '900215400022',
      manager: boss,
    });
    em.create(RelatedPerson, {
      organization: org.organization,
      person: boss,
      relation: 'sibling_full',
      fullName: 'aigul sister',
      birthDate: '1990-02-15',
    });
    await em.flush();
    const before = await conflictMatches(db.orm.em.fork(), officer, '2026-Q3');
    expect(before.iinsShown).toBe(false);
    expect(before.matches).toEqual([
      expect.objectContaining({
        kind: 'same_name_and_birth_date',
        declarant: { id: boss.id, fullName: 'Boss Person' },
        employee: { id: sister.id, fullName: 'Aigul Sister' },
        employeeIin: null,
        sameReportingLine: true,
      }),
    ]);
    // Q2's memo is recorded above: its analysis shows the IINs.
    const after = await conflictMatches(db.orm.em.fork(), officer, '2026-Q2');
    expect(after.matches[0]?.employeeIin).toBe('900215400022');
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import type { IOrgUnit } from '../../org/org-unit.entity.js';
import type { IPerson } from '../../org/person.entity.js';
import { Position } from '../../org/position.entity.js';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { Enrolment } from './assignment.entity.js';
import { createAssignment } from './assignments.js';
import { startAttempt } from '../quiz/attempts.js';
import { completionPeople, completionReport } from '../reports/completion.js';
import { syncEnrolments } from './enrolment-sync.js';
import { myAssignment, myAssignments } from './my-assignments.js';
import {
  buildPublishedCourse,
  createTrainingDatabase,
  takeTest,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];
let finance: IOrgUnit;
let procurement: IOrgUnit;
let legal: IOrgUnit;
let built: BuiltCourse;

const NOW = new Date('2026-06-15T08:00:00Z');

function person(unit: IOrgUnit, overrides: Parameters<typeof buildPerson>[3] = {}): Promise<IPerson> {
  return inTx(async (em) => buildPerson(em, org.organization, unit, { hiredAt: '2020-01-01', ...overrides }));
}

/** Takes the course's test with `right` of its 10 questions correct. */
function take(actor: Actor, right: number, now = NOW): Promise<void> {
  return takeTest(db.orm, actor, built.test.id, right, now);
}

async function enrolledIds(assignmentId: string): Promise<string[]> {
  const enrolments = await db.orm.em.fork().find(Enrolment, { assignment: assignmentId });
  return enrolments.map((e) => e.person.id).sort();
}

beforeAll(async () => {
  ({ db, org, manager, inTx } = await createTrainingDatabase());
  const em = db.orm.em.fork();
  finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  procurement = buildOrgUnit(em, org.organization, finance, 'Procurement');
  legal = buildOrgUnit(em, org.organization, org.root, 'Legal');
  await em.flush();
  built = await buildPublishedCourse(db.orm, manager, { questions: 10, maxAttempts: 5 });
});

afterAll(async () => {
  await db?.drop();
});

describe('assignments', () => {
  it('enrols an org unit with its subtree, and only that', async () => {
    const inFinance = await person(finance);
    const inProcurement = await person(procurement);
    await person(legal);
    const { assignment, enrolled } = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'org_units',
          orgUnitIds: [finance.id],
          dueOn: '2026-12-31',
          recurrence: 'once',
        },
        NOW,
      ),
    );
    expect(enrolled).toBe(2);
    expect(await enrolledIds(assignment.id)).toEqual([inFinance.id, inProcurement.id].sort());
  });

  it('refuses an org unit of another organisation and writes nothing', async () => {
    const other = await buildOrganization(db.orm.em.fork());
    const before = await db.orm.em.fork().count(Enrolment, {});
    await expect(
      inTx((em) =>
        createAssignment(
          em,
          manager,
          {
            courseId: built.course.id,
            audience: 'org_units',
            orgUnitIds: [finance.id, other.root.id],
            dueOn: '2026-12-31',
            recurrence: 'once',
          },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.orm.em.fork().count(Enrolment, {})).toBe(before);
  });

  it('refuses an employee who is not a training manager', async () => {
    const employee = actorOf(await person(legal), ['employee']);
    await expect(
      inTx((em) =>
        createAssignment(em, employee, {
          courseId: built.course.id,
          audience: 'whole_org',
          dueOn: '2026-12-31',
          recurrence: 'once',
        }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('enrols holders of a role, of risk-exposed positions and managers', async () => {
    const officer = await inTx(async (em) => {
      const p = buildPerson(em, org.organization, legal, { hiredAt: '2020-01-01' });
      grantRoles(em, p, ['compliance_officer']);
      return p;
    });
    const risky = await inTx(async (em) => {
      const position = em.create(Position, {
        organization: org.organization.id,
        title: 'Buyer',
        exposedToCorruptionRisk: true,
      });
      const p = buildPerson(em, org.organization, procurement, { hiredAt: '2020-01-01' });
      p.position = position;
      return p;
    });
    const boss = await person(legal);
    await person(legal, { manager: boss });

    const byRole = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'role',
          role: 'compliance_officer',
          dueOn: '2026-12-31',
          recurrence: 'yearly',
        },
        NOW,
      ),
    );
    expect(await enrolledIds(byRole.assignment.id)).toEqual([officer.id]);
    const byRisk = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'risk_exposed_positions',
          dueOn: '2026-12-31',
          recurrence: 'half_yearly',
        },
        NOW,
      ),
    );
    expect(await enrolledIds(byRisk.assignment.id)).toEqual([risky.id]);
    const byManagers = await inTx((em) =>
      createAssignment(
        em,
        manager,
        { courseId: built.course.id, audience: 'managers', dueOn: '2026-12-31', recurrence: 'once' },
        NOW,
      ),
    );
    expect(await enrolledIds(byManagers.assignment.id)).toEqual([boss.id]);
  });

  it('enrols the holders of posts that take part in procurement, every half-year (§52.3)', async () => {
    const postOf = (em: EntityManager, title: string, procurementStaff: boolean) =>
      em.create(Position, { organization: org.organization.id, title, procurementStaff });
    const buyer = await inTx(async (em) => {
      const p = buildPerson(em, org.organization, procurement, { hiredAt: '2020-01-01' });
      p.position = postOf(em, 'Procurement officer', true);
      return p;
    });
    // Working in the procurement unit without such a post, or in a risk-exposed post, is not enough.
    await inTx(async (em) => {
      const p = buildPerson(em, org.organization, procurement, { hiredAt: '2020-01-01' });
      p.position = postOf(em, 'Procurement clerk', false);
    });
    await inTx(async (em) => {
      const p = buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
      p.position = em.create(Position, {
        organization: org.organization.id,
        title: 'Treasurer',
        exposedToCorruptionRisk: true,
      });
    });
    const { assignment } = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'procurement_staff',
          dueOn: '2026-06-30',
          recurrence: 'half_yearly',
        },
        NOW,
      ),
    );
    expect(assignment.audience).toBe('procurement_staff');
    expect(await enrolledIds(assignment.id)).toEqual([buyer.id]);
  });

  it('enrols the holders of posts under the anti-corruption restrictions (§74.3)', async () => {
    const deputy = await inTx(async (em) => {
      const p = buildPerson(em, org.organization, legal, { hiredAt: '2020-01-01' });
      p.position = em.create(Position, {
        organization: org.organization.id,
        title: 'Deputy chairman',
        underRestrictions: true,
      });
      return p;
    });
    // A risk-exposed or procurement post is not a restricted one.
    await inTx(async (em) => {
      const p = buildPerson(em, org.organization, legal, { hiredAt: '2020-01-01' });
      p.position = em.create(Position, {
        organization: org.organization.id,
        title: 'Tender clerk',
        exposedToCorruptionRisk: true,
        procurementStaff: true,
      });
    });
    const { assignment } = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'restricted_positions',
          dueOn: '2026-12-31',
          recurrence: 'yearly',
        },
        NOW,
      ),
    );
    expect(assignment.audience).toBe('restricted_positions');
    expect(await enrolledIds(assignment.id)).toEqual([deputy.id]);
  });

  it('enrols people hired in the last 3 calendar months, each due 3 calendar months after hire (§68)', async () => {
    // Three months after 31 March is 30 June and after 31 May is 31 August: 90 days would be
    // 29 June and 29 August. Hired on 10 March, more than 3 months before 15 June: not a new hire.
    const endOfMarch = await person(legal, { hiredAt: '2026-03-31' });
    const endOfMay = await person(legal, { hiredAt: '2026-05-31' });
    await person(legal, { hiredAt: '2026-03-10' });
    const { assignment } = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'new_hires',
          dueOn: '2026-06-15',
          recurrence: 'once',
        },
        NOW,
      ),
    );
    expect(assignment.newHireMonths).toBe(3);
    const enrolments = await db.orm.em
      .fork()
      .find(Enrolment, { assignment: assignment.id }, { orderBy: { dueOn: 'asc' } });
    expect(enrolments.map((e) => [e.person.id, e.dueOn])).toEqual([
      [endOfMarch.id, '2026-06-30'],
      [endOfMay.id, '2026-08-31'],
    ]);
  });

  it('refuses an induction due more than 12 months after hiring', async () => {
    await expect(
      inTx((em) =>
        createAssignment(em, manager, {
          courseId: built.course.id,
          audience: 'new_hires',
          newHireMonths: 13,
          dueOn: '2026-06-15',
          recurrence: 'once',
        }),
      ),
    ).rejects.toMatchObject({
      messageKey: 'training.assignment.newHireMonths',
      details: { field: 'newHireMonths' },
    });
  });

  it('enrols people who join the audience later, once, when the sync runs', async () => {
    const { assignment } = await inTx((em) =>
      createAssignment(
        em,
        manager,
        { courseId: built.course.id, audience: 'whole_org', dueOn: '2026-12-31', recurrence: 'yearly' },
        NOW,
      ),
    );
    const before = (await enrolledIds(assignment.id)).length;
    const newcomer = await person(legal);
    const synced = await inTx((em) => syncEnrolments(em, org.organization.id, NOW));
    expect(synced).toBeGreaterThanOrEqual(1);
    const after = await enrolledIds(assignment.id);
    expect(after).toHaveLength(before + 1);
    expect(after).toContain(newcomer.id);
    expect(await inTx((em) => syncEnrolments(em, org.organization.id, NOW))).toBe(0);
  });

  it('opens a new cycle of a yearly assignment after its due date (§68)', async () => {
    const member = await person(finance);
    const { assignment } = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'org_units',
          orgUnitIds: [finance.id],
          dueOn: '2026-12-31',
          recurrence: 'yearly',
        },
        NOW,
      ),
    );
    await inTx((em) => syncEnrolments(em, org.organization.id, new Date('2027-01-10T08:00:00Z')));
    const cycles = await db.orm.em
      .fork()
      .find(Enrolment, { assignment: assignment.id, person: member.id }, { orderBy: { dueOn: 'asc' } });
    expect(cycles.map((e) => e.dueOn)).toEqual(['2026-12-31', '2027-12-31']);
    // The cycle counts passes from the start of 1 January in Kazakhstan (UTC+5).
    expect(cycles[1]?.windowStart).toEqual(new Date('2026-12-31T19:00:00Z'));
  });

  it('runs a half-yearly assignment in calendar half-years, each due on its last day (§35.2, §19, §52.3)', async () => {
    const member = await person(finance);
    const { assignment } = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'org_units',
          orgUnitIds: [finance.id],
          dueOn: '2026-06-30',
          recurrence: 'half_yearly',
        },
        NOW,
      ),
    );
    // Syncs on the first of July, in December, on New Year's Day and in July 2027: one cycle a half-year.
    for (const at of [
      '2026-07-01T03:00:00Z',
      '2026-12-30T08:00:00Z',
      '2027-01-01T03:00:00Z',
      '2027-07-02T08:00:00Z',
    ]) {
      await inTx((em) => syncEnrolments(em, org.organization.id, new Date(at)));
    }
    const cycles = await db.orm.em
      .fork()
      .find(Enrolment, { assignment: assignment.id, person: member.id }, { orderBy: { dueOn: 'asc' } });
    expect(cycles.map((e) => [e.windowStart?.toISOString() ?? null, e.dueOn])).toEqual([
      ['2025-12-31T19:00:00.000Z', '2026-06-30'],
      ['2026-06-30T19:00:00.000Z', '2026-12-31'],
      ['2026-12-31T19:00:00.000Z', '2027-06-30'],
      ['2027-06-30T19:00:00.000Z', '2027-12-31'],
    ]);
  });

  it('refuses a recurring assignment not due at the end of its calendar period', async () => {
    for (const [recurrence, dueOn] of [
      ['half_yearly', '2026-08-31'],
      ['yearly', '2026-06-30'],
    ] as const) {
      await expect(
        inTx((em) =>
          createAssignment(
            em,
            manager,
            { courseId: built.course.id, audience: 'whole_org', dueOn, recurrence },
            NOW,
          ),
        ),
      ).rejects.toMatchObject({
        messageKey: `training.assignment.periodEnd.${recurrence}`,
        details: { field: 'dueOn' },
      });
    }
  });

  it('refuses a recurring induction for new hires', async () => {
    await expect(
      inTx((em) =>
        createAssignment(em, manager, {
          courseId: built.course.id,
          audience: 'new_hires',
          dueOn: '2026-12-31',
          recurrence: 'yearly',
        }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('status and completion', () => {
  let unit: IOrgUnit;
  let east: IOrgUnit;
  let west: IOrgUnit;
  const people: Actor[] = [];

  beforeAll(async () => {
    const em = db.orm.em.fork();
    unit = buildOrgUnit(em, org.organization, org.root, 'Operations');
    east = buildOrgUnit(em, org.organization, unit, 'East');
    west = buildOrgUnit(em, org.organization, unit, 'West');
    await em.flush();
    for (const u of [east, east, east, west, west, unit]) people.push(actorOf(await person(u), ['employee']));
    await inTx((em2) =>
      createAssignment(
        em2,
        manager,
        {
          courseId: built.course.id,
          audience: 'org_units',
          orgUnitIds: [unit.id],
          dueOn: '2026-06-30',
          recurrence: 'once',
        },
        NOW,
      ),
    );
    const [a, b, c, d] = people as [Actor, Actor, Actor, Actor];
    await take(a, 5); // failed, 50 %
    await take(a, 6); // passed on the retake, 60 %
    await take(b, 5); // failed
    await inTx((em2) => startAttempt(em2, c, { testId: built.test.id }, NOW)); // in progress
    await take(d, 9); // passed
  });

  it('gives each person their courses with status, due date and certificate', async () => {
    const [a, b, c, , e] = people as [Actor, Actor, Actor, Actor, Actor];
    const mine = async (actor: Actor, now = NOW) => (await myAssignments(db.orm.em.fork(), actor, now))[0];
    expect(await mine(a)).toMatchObject({
      status: 'passed',
      attempts: 2,
      bestScorePercent: 60,
      dueOn: '2026-06-30',
    });
    expect((await mine(a))?.certificateCode).toMatch(/-/);
    expect(await mine(b)).toMatchObject({ status: 'failed', certificateCode: null });
    expect(await mine(c)).toMatchObject({ status: 'in_progress' });
    expect(await mine(e)).toMatchObject({ status: 'not_started', testId: built.test.id });
    expect(await mine(e, new Date('2026-07-01T08:00:00Z'))).toMatchObject({ status: 'overdue' });
    expect(await mine(a, new Date('2026-07-01T08:00:00Z'))).toMatchObject({ status: 'passed' });
  });

  it('gives a person one of their courses by enrolment, and no one else’s', async () => {
    const [a, b] = people as [Actor, Actor];
    const [ofA] = await myAssignments(db.orm.em.fork(), a, NOW);
    expect(await myAssignment(db.orm.em.fork(), a, ofA!.enrolmentId, NOW)).toEqual(ofA);
    expect(await myAssignment(db.orm.em.fork(), b, ofA!.enrolmentId, NOW)).toBeNull();
  });

  it('tells each person whether they can start the test, from the attempts left in the cycle', async () => {
    const [a, b, c, , e] = people as [Actor, Actor, Actor, Actor, Actor];
    const mine = async (actor: Actor) => (await myAssignments(db.orm.em.fork(), actor, NOW))[0];
    // The test allows 5 attempts per cycle.
    expect(await mine(a)).toMatchObject({ maxAttempts: 5, attemptsLeft: 3, canStartAttempt: false }); // passed
    expect(await mine(c)).toMatchObject({ attemptsLeft: 4, canStartAttempt: true }); // resumes the open one
    expect(await mine(e)).toMatchObject({ attemptsLeft: 5, canStartAttempt: true });
    expect(await mine(b)).toMatchObject({ status: 'failed', attemptsLeft: 4, canStartAttempt: true });
    for (let i = 0; i < 4; i += 1) await take(b, 0);
    expect(await mine(b)).toMatchObject({ status: 'failed', attemptsLeft: 0, canStartAttempt: false });
    await expect(inTx((em) => startAttempt(em, b, { testId: built.test.id }, NOW))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('aggregates completion by the unit’s children, with percentages and the people behind them', async () => {
    const completion = await completionReport(
      db.orm.em.fork(),
      manager,
      { courseId: built.course.id, orgUnitId: unit.id },
      NOW,
    );
    expect(completion.total).toMatchObject({
      assigned: 6,
      // Started and not passed: the one who failed and the one in progress; the two who passed are not here too.
      started: 2,
      passed: 2,
      failed: 1,
      inProgress: 1,
      notStarted: 2,
      overdue: 0,
      passedPercent: 33.3,
      startedPercent: 33.3,
      notStartedPercent: 33.3,
    });
    expect(completion.rows.map((c) => [c.name, c.figures.assigned, c.figures.passed])).toEqual([
      ['East', 3, 1],
      ['West', 2, 1],
    ]);
    const everyone = await completionPeople(
      db.orm.em.fork(),
      manager,
      { courseId: built.course.id, orgUnitId: unit.id, figure: 'assigned' },
      NOW,
    );
    expect(everyone).toHaveLength(6);

    const failed = await completionPeople(
      db.orm.em.fork(),
      manager,
      { courseId: built.course.id, orgUnitId: unit.id, figure: 'failed' },
      NOW,
    );
    expect(failed.map((p) => p.personId)).toEqual([people[1]?.personId]);

    const later = await completionReport(
      db.orm.em.fork(),
      manager,
      { courseId: built.course.id, orgUnitId: east.id },
      new Date('2026-07-01T08:00:00Z'),
    );
    expect(later.total).toMatchObject({ assigned: 3, passed: 1, overdue: 2, overduePercent: 66.7 });
  });

  it('answers NotFound for a unit of another organisation and Forbidden for an employee', async () => {
    const other = await buildOrganization(db.orm.em.fork());
    await expect(
      completionReport(db.orm.em.fork(), manager, { courseId: built.course.id, orgUnitId: other.root.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      completionReport(db.orm.em.fork(), people[0] as Actor, { courseId: built.course.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

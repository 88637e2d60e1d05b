import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import {
  actorOf,
  buildOrgUnit,
  buildPerson,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { createAssignment } from '../assignments/assignments.js';
import { certificateForPrint } from '../certificates/certificates.js';
import { completionPeople, completionReport } from './completion.js';
import { myAssignments } from '../assignments/my-assignments.js';
import { Enrolment } from '../assignments/assignment.entity.js';
import { syncEnrolments } from '../assignments/enrolment-sync.js';
import {
  buildLeaver,
  buildPublishedCourse,
  createTrainingDatabase,
  leaveStaff,
  takeTest,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];
let passer: Actor;
let financeId: string;
let general: BuiltCourse;
let second: BuiltCourse;

beforeAll(async () => {
  ({ db, org, manager, inTx } = await createTrainingDatabase());
  general = await buildPublishedCourse(db.orm, manager, { questions: 10 });
  second = await buildPublishedCourse(db.orm, manager, { questions: 10 });
  const em = db.orm.em.fork();
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  finance.names = { kk: 'Қаржы', ru: 'Финансы' };
  financeId = finance.id;
  const a = buildPerson(em, org.organization, finance, { fullName: 'Aigerim', hiredAt: '2020-01-01' });
  a.locale = 'ru';
  buildPerson(em, org.organization, finance, { fullName: 'Bolat', hiredAt: '2020-01-01' });
  await em.flush();
  passer = actorOf(a, ['employee']);
  for (const built of [general, second]) {
    await inTx((tx) =>
      createAssignment(tx, manager, {
        courseId: built.course.id,
        audience: 'org_units',
        orgUnitIds: [financeId],
        dueOn: '2099-12-31',
        recurrence: 'once',
      }),
    );
  }
  await takeTest(db.orm, passer, general.test.id, 8);
});

afterAll(async () => {
  await db?.drop();
});

describe('completion report', () => {
  it('counts one course from the root, split by the root’s children', async () => {
    const report = await completionReport(db.orm.em.fork(), manager, { courseId: general.course.id });
    expect(report.orgUnitId).toBe(org.root.id);
    // The one who passed is counted as passed, not as started too: each person in one column.
    expect(report.total).toMatchObject({
      assigned: 2,
      notStarted: 1,
      started: 0,
      passed: 1,
      passedPercent: 50,
    });
    expect(report.rows).toEqual([
      {
        orgUnitId: financeId,
        name: 'Finance',
        // The export says each unit in the reader's language: English has no translation, so the name as entered.
        names: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' },
        figures: expect.objectContaining({ assigned: 2, passed: 1 }),
      },
    ]);
  });

  it('counts each person once per course when no course is given', async () => {
    const report = await completionReport(db.orm.em.fork(), manager, { orgUnitId: financeId });
    expect(report.courseId).toBeNull();
    expect(report.total).toMatchObject({
      assigned: 4,
      notStarted: 3,
      started: 0,
      passed: 1,
      passedPercent: 25,
    });
  });

  it('lists the people behind a figure with their email, a page at a time', async () => {
    const em = db.orm.em.fork();
    expect(await completionPeople(em, manager, { figure: 'started' })).toEqual([]);
    const started = await completionPeople(em, manager, { figure: 'passed' });
    expect(started.map((p) => [p.fullName, p.courseId, p.status])).toEqual([
      ['Aigerim', general.course.id, 'passed'],
    ]);
    expect(started[0]?.email).toMatch(/@test\.adal\.kz$/);
    expect(started[0]?.orgUnitNames).toEqual({ kk: 'Қаржы', ru: 'Финансы', en: 'Finance' });
    const page = await completionPeople(em, manager, { figure: 'assigned', limit: 1, offset: 2 });
    expect(page.map((p) => p.fullName)).toEqual(['Bolat']);
  });

  it('lets the first head and auditors read, and refuses an employee', async () => {
    const em = db.orm.em.fork();
    const auditor = { ...org.admin, roles: ['auditor' as const] };
    await expect(completionReport(em, auditor, {})).resolves.toMatchObject({ orgUnitId: org.root.id });
    await expect(completionReport(em, passer, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('certificate print', () => {
  it('gives what the certificate shows in the holder’s language, and null for an unknown code', async () => {
    const [mine] = (await myAssignments(db.orm.em.fork(), passer)).filter(
      (a) => a.courseId === general.course.id,
    );
    const print = await certificateForPrint(db.orm.em.fork(), mine?.certificateCode ?? '');
    expect(print).toMatchObject({ personName: 'Aigerim', locale: 'ru', scorePercent: 80 });
    expect(await certificateForPrint(db.orm.em.fork(), 'ZZZZ-ZZZZ-ZZZZ')).toBeNull();
  });
});

describe('each person in exactly one column', () => {
  let salesId: string;
  let third: BuiltCourse;
  let leftLater: string;
  let leaverBefore: string;

  beforeAll(async () => {
    third = await buildPublishedCourse(db.orm, manager, { questions: 10 });
    const em = db.orm.em.fork();
    const sales = buildOrgUnit(em, org.organization, org.root, 'Sales');
    salesId = sales.id;
    const dana = buildPerson(em, org.organization, sales, { fullName: 'Dana' });
    const erlan = buildPerson(em, org.organization, sales, { fullName: 'Erlan' });
    buildPerson(em, org.organization, sales, { fullName: 'Farida' });
    leftLater = buildPerson(em, org.organization, sales, { fullName: 'Gani' }).id;
    leaverBefore = buildLeaver(em, org.organization, sales).id;
    await em.flush();
    await inTx((tx) =>
      createAssignment(tx, manager, {
        courseId: third.course.id,
        audience: 'org_units',
        orgUnitIds: [salesId],
        dueOn: '2099-12-31',
        recurrence: 'once',
      }),
    );
    await takeTest(db.orm, actorOf(dana, ['employee']), third.test.id, 2);
    await takeTest(db.orm, actorOf(erlan, ['employee']), third.test.id, 9);
    await leaveStaff(db.orm, leftLater);
  });

  it('does not enrol someone who left before the course was assigned', async () => {
    expect(await db.orm.em.fork().count(Enrolment, { person: leaverBefore })).toBe(0);
    expect(await db.orm.em.fork().count(Enrolment, { person: leftLater })).toBe(1);
  });

  it('counts started people who have not passed, and leaves out people who left', async () => {
    const { total } = await completionReport(db.orm.em.fork(), manager, {
      courseId: third.course.id,
      orgUnitId: salesId,
    });
    expect(total).toMatchObject({ assigned: 3, notStarted: 1, started: 1, passed: 1, overdue: 0, failed: 1 });
    expect(total.notStarted + total.started + total.passed + total.overdue).toBe(total.assigned);
    const everyone = await completionPeople(db.orm.em.fork(), manager, {
      courseId: third.course.id,
      figure: 'assigned',
    });
    expect(everyone.map((p) => p.fullName)).toEqual(['Dana', 'Erlan', 'Farida']);
  });

  it('moves the started and not started to overdue after the due date, the passed stay passed', async () => {
    const { total } = await completionReport(
      db.orm.em.fork(),
      manager,
      { courseId: third.course.id, orgUnitId: salesId },
      new Date('2100-01-05T06:00:00Z'),
    );
    expect(total).toMatchObject({ assigned: 3, notStarted: 0, started: 0, passed: 1, overdue: 2 });
  });
});

describe('completion across the cycles of a recurring course (§68)', () => {
  it('counts and lists each person by their current cycle only, once the next one has opened', async () => {
    const yearly = await buildPublishedCourse(db.orm, manager, { questions: 10 });
    const em = db.orm.em.fork();
    const audit = buildOrgUnit(em, org.organization, org.root, 'Audit');
    const hana = buildPerson(em, org.organization, audit, { fullName: 'Hana', hiredAt: '2020-01-01' });
    await em.flush();
    await inTx((tx) =>
      createAssignment(
        tx,
        manager,
        {
          courseId: yearly.course.id,
          audience: 'org_units',
          orgUnitIds: [audit.id],
          dueOn: '2026-12-31',
          recurrence: 'yearly',
        },
        new Date('2026-11-02T06:00:00Z'),
      ),
    );
    // Passed in the first cycle; the second opens in January and starts from nothing.
    await takeTest(db.orm, actorOf(hana, ['employee']), yearly.test.id, 9, new Date('2026-11-10T06:00:00Z'));
    const january = new Date('2027-01-10T06:00:00Z');
    await inTx((tx) => syncEnrolments(tx, org.organization.id, january));
    expect(await db.orm.em.fork().count(Enrolment, { person: hana.id, course: yearly.course.id })).toBe(2);

    const scope = { courseId: yearly.course.id, orgUnitId: audit.id };
    const { total } = await completionReport(db.orm.em.fork(), manager, scope, january);
    expect(total).toMatchObject({ assigned: 1, notStarted: 1, passed: 0 });
    const listed = await completionPeople(
      db.orm.em.fork(),
      manager,
      { ...scope, figure: 'assigned' },
      january,
    );
    expect(listed.map((p) => [p.fullName, p.dueOn, p.status])).toEqual([
      ['Hana', '2027-12-31', 'not_started'],
    ]);
    expect(
      await completionPeople(db.orm.em.fork(), manager, { ...scope, figure: 'passed' }, january),
    ).toEqual([]);
  });
});

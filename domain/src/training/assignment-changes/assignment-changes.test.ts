import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import type { IOrgUnit } from '../../org/org-unit.entity.js';
import {
  actorOf,
  buildOrgUnit,
  buildPerson,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { Assignment, Enrolment } from '../assignments/assignment.entity.js';
import { listAssignments } from '../assignments/assignment-list.js';
import { createAssignment } from '../assignments/assignments.js';
import { completionReport } from '../reports/completion.js';
import { syncEnrolments } from '../assignments/enrolment-sync.js';
import { myAssignments } from '../assignments/my-assignments.js';
import { TrainingReminder } from '../assignments/reminder.entity.js';
import { dueReminders } from '../assignments/reminders.js';
import {
  buildPublishedCourse,
  createTrainingDatabase,
  takeTest,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';
import {
  deactivateTrainingAssignment,
  editTrainingAssignment,
  extendTrainingDueDate,
  sendTrainingReminderNow,
} from './assignment-changes.js';
import { assignmentEnrolments, assignmentHistory } from './assignment-views.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];
let leaverId: string;

const NOW = new Date('2026-12-04T06:00:00Z');

beforeAll(async () => {
  let leaver;
  ({ db, org, manager, inTx, leaver } = await createTrainingDatabase());
  leaverId = leaver.id;
});

afterAll(async () => {
  await db?.drop();
});

interface World {
  course: BuiltCourse;
  units: { finance: IOrgUnit; legal: IOrgUnit };
  people: Record<'aida' | 'bek' | 'cara' | 'dias', string>;
  assignmentId: string;
}

/** Two units, two people each; the course assigned to Finance, due 2027-03-31; Aida passed it. */
async function world(): Promise<World> {
  const course = await buildPublishedCourse(db.orm, manager, { questions: 10 });
  const em = db.orm.em.fork();
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  const legal = buildOrgUnit(em, org.organization, org.root, 'Legal');
  const aida = buildPerson(em, org.organization, finance, { fullName: 'Aida' });
  const bek = buildPerson(em, org.organization, finance, { fullName: 'Bek' });
  const cara = buildPerson(em, org.organization, legal, { fullName: 'Cara' });
  const dias = buildPerson(em, org.organization, legal, { fullName: 'Dias' });
  await em.flush();
  const { assignment } = await inTx((tx) =>
    createAssignment(
      tx,
      manager,
      {
        courseId: course.course.id,
        audience: 'org_units',
        orgUnitIds: [finance.id],
        dueOn: '2027-03-31',
        recurrence: 'once',
      },
      NOW,
    ),
  );
  await takeTest(db.orm, actorOf(aida, ['employee']), course.test.id, 9);
  return {
    course,
    units: { finance, legal },
    people: { aida: aida.id, bek: bek.id, cara: cara.id, dias: dias.id },
    assignmentId: assignment.id,
  };
}

async function enrolments(assignmentId: string, status?: 'withdrawn' | 'passed' | 'not_started') {
  const page = await assignmentEnrolments(
    db.orm.em.fork(),
    manager,
    { assignmentId, ...(status ? { status } : {}) },
    NOW,
  );
  return page.rows.map((row) => [row.fullName, row.status, row.dueOn]);
}

describe('editing an assignment', () => {
  it('enrols the new audience, withdraws who left it (a pass stays) and moves the due date', async () => {
    const w = await world();
    const result = await inTx((em) =>
      editTrainingAssignment(
        em,
        manager,
        w.assignmentId,
        { audience: 'org_units', orgUnitIds: [w.units.legal.id], dueOn: '2027-04-30' },
        NOW,
      ),
    );
    expect(result).toMatchObject({ enrolled: 2, withdrawn: 1 });
    // The list counts the people enrolled now: Aida (passed), Cara and Dias; not Bek, withdrawn.
    const listed = (await listAssignments(db.orm.em.fork(), manager)).find((a) => a.id === w.assignmentId);
    expect(listed?.enrolled).toBe(3);
    expect(await enrolments(w.assignmentId)).toEqual([
      ['Aida', 'passed', '2027-03-31'],
      ['Bek', 'withdrawn', '2027-03-31'],
      ['Cara', 'not_started', '2027-04-30'],
      ['Dias', 'not_started', '2027-04-30'],
    ]);
    // A withdrawn enrolment counts nowhere: Bek's "My training" no longer lists the course.
    const bek = { personId: w.people.bek, organizationId: org.organization.id, roles: ['employee' as const] };
    expect((await myAssignments(db.orm.em.fork(), bek, NOW)).map((a) => a.courseId)).not.toContain(
      w.course.course.id,
    );
    const history = await assignmentHistory(db.orm.em.fork(), manager, w.assignmentId);
    expect(
      history.map((h) => [h.kind, h.before.dueOn, h.after.dueOn, h.before.orgUnitIds, h.after.withdrawn]),
    ).toEqual([['edited', '2027-03-31', '2027-04-30', [w.units.finance.id], 1]]);
    expect(history[0]?.changedByName).toBe(org.adminPerson.fullName);
    expect(
      await db.orm.em
        .fork()
        .count(AuditEvent, { action: 'training.assignment_edited', entityId: w.assignmentId }),
    ).toBe(1);
  });

  it('reopens the enrolment of someone who comes back into the audience', async () => {
    const w = await world();
    const edit = (units: string[]) =>
      inTx((em) =>
        editTrainingAssignment(
          em,
          manager,
          w.assignmentId,
          { audience: 'org_units', orgUnitIds: units, dueOn: '2027-03-31' },
          NOW,
        ),
      );
    await edit([w.units.legal.id]);
    await edit([w.units.finance.id, w.units.legal.id]);
    expect(await enrolments(w.assignmentId, 'not_started')).toEqual([
      ['Bek', 'not_started', '2027-03-31'],
      ['Cara', 'not_started', '2027-03-31'],
      ['Dias', 'not_started', '2027-03-31'],
    ]);
  });

  it('refuses a due date in the past, changing nothing', async () => {
    const w = await world();
    await expect(
      inTx((em) =>
        editTrainingAssignment(
          em,
          manager,
          w.assignmentId,
          { audience: 'whole_org', dueOn: '2026-11-30' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'dueOn' } });
    const assignment = await db.orm.em.fork().findOneOrFail(Assignment, { id: w.assignmentId });
    expect([assignment.audience, assignment.dueOn]).toEqual(['org_units', '2027-03-31']);
  });

  it('refuses to make it the same as another active assignment of the course', async () => {
    const w = await world();
    await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: w.course.course.id,
          audience: 'org_units',
          orgUnitIds: [w.units.legal.id],
          dueOn: '2027-03-31',
          recurrence: 'once',
        },
        NOW,
      ),
    );
    await expect(
      inTx((em) =>
        editTrainingAssignment(
          em,
          manager,
          w.assignmentId,
          { audience: 'org_units', orgUnitIds: [w.units.legal.id], dueOn: '2027-03-31' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'training.assignment.duplicate' });
  });

  it('never enrols someone who left the organisation', async () => {
    const w = await world();
    await inTx((em) =>
      editTrainingAssignment(
        em,
        manager,
        w.assignmentId,
        { audience: 'whole_org', dueOn: '2027-03-31' },
        NOW,
      ),
    );
    expect(await db.orm.em.fork().count(Enrolment, { assignment: w.assignmentId, person: leaverId })).toBe(0);
    expect(
      await db.orm.em.fork().count(Enrolment, { assignment: w.assignmentId, person: w.people.cara }),
    ).toBe(1);
  });
});

describe('editing an induction for new hires', () => {
  it('moves each new hire to their hire plus the new months, and enrols those the longer window takes in', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    const em = db.orm.em.fork();
    const unit = buildOrgUnit(em, org.organization, org.root, 'Induction');
    const recent = buildPerson(em, org.organization, unit, { fullName: 'Recent', hiredAt: '2026-11-01' });
    const earlier = buildPerson(em, org.organization, unit, { fullName: 'Earlier', hiredAt: '2026-07-01' });
    await em.flush();
    const { assignment } = await inTx((tx) =>
      createAssignment(
        tx,
        manager,
        {
          courseId: course.id,
          audience: 'new_hires',
          newHireMonths: 3,
          dueOn: '2026-12-04',
          recurrence: 'once',
        },
        NOW,
      ),
    );
    const dueOf = async (personId: string) =>
      (await db.orm.em.fork().findOne(Enrolment, { assignment: assignment.id, person: personId }))?.dueOn ??
      null;
    expect([await dueOf(recent.id), await dueOf(earlier.id)]).toEqual(['2027-02-01', null]);
    await inTx((tx) =>
      editTrainingAssignment(
        tx,
        manager,
        assignment.id,
        { audience: 'new_hires', newHireMonths: 6, dueOn: '2026-12-05' },
        NOW,
      ),
    );
    expect([await dueOf(recent.id), await dueOf(earlier.id)]).toEqual(['2027-05-01', '2027-01-01']);
    // The stored date is not used for new hires, and stays as it was.
    expect((await db.orm.em.fork().findOneOrFail(Assignment, { id: assignment.id })).dueOn).toBe(
      '2026-12-04',
    );
  });
});

describe('extending the due date for chosen people', () => {
  it('gives them a later date, keeps the date before it, and shows them as extended', async () => {
    const w = await world();
    const result = await inTx((em) =>
      extendTrainingDueDate(
        em,
        manager,
        { assignmentId: w.assignmentId, personIds: [w.people.bek], dueOn: '2027-05-15' },
        NOW,
      ),
    );
    expect(result).toEqual({ extended: 1 });
    const page = await assignmentEnrolments(
      db.orm.em.fork(),
      manager,
      { assignmentId: w.assignmentId, search: 'bek' },
      NOW,
    );
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ fullName: 'Bek', dueOn: '2027-05-15', extendedFrom: '2027-03-31' });
    // An edit of the assignment's date keeps a later date given to a person.
    await inTx((em) =>
      editTrainingAssignment(
        em,
        manager,
        w.assignmentId,
        { audience: 'org_units', orgUnitIds: [w.units.finance.id], dueOn: '2027-04-30' },
        NOW,
      ),
    );
    const after = await assignmentEnrolments(
      db.orm.em.fork(),
      manager,
      { assignmentId: w.assignmentId, search: 'bek' },
      NOW,
    );
    expect(after.rows[0]).toMatchObject({ dueOn: '2027-05-15', extendedFrom: '2027-04-30' });
  });

  it('refuses a date in the past or not after the current one with a typed error on dueOn, changing nothing', async () => {
    const w = await world();
    for (const dueOn of ['2026-11-01', '2027-03-31']) {
      const refused = await inTx((em) =>
        extendTrainingDueDate(
          em,
          manager,
          { assignmentId: w.assignmentId, personIds: [w.people.bek], dueOn },
          NOW,
        ),
      ).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationError);
      expect(refused).toMatchObject({ details: { field: 'dueOn' } });
    }
    const enrolment = await db.orm.em
      .fork()
      .findOneOrFail(Enrolment, { assignment: w.assignmentId, person: w.people.bek });
    expect([enrolment.dueOn, enrolment.extendedFrom]).toEqual(['2027-03-31', null]);
    expect(await assignmentHistory(db.orm.em.fork(), manager, w.assignmentId)).toEqual([]);
  });
});

describe('extending a recurring assignment', () => {
  it('keeps the extension before the next cycle, which still enrols the person when it begins', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, { questions: 1 });
    const em = db.orm.em.fork();
    const unit = buildOrgUnit(em, org.organization, org.root, 'Treasury');
    const person = buildPerson(em, org.organization, unit, { fullName: 'Yearly' });
    await em.flush();
    const { assignment } = await inTx((tx) =>
      createAssignment(
        tx,
        manager,
        {
          courseId: course.id,
          audience: 'org_units',
          orgUnitIds: [unit.id],
          dueOn: '2026-12-31',
          recurrence: 'yearly',
        },
        NOW,
      ),
    );
    const extend = (dueOn: string) =>
      inTx((tx) =>
        extendTrainingDueDate(
          tx,
          manager,
          { assignmentId: assignment.id, personIds: [person.id], dueOn },
          NOW,
        ),
      );
    await expect(extend('2027-12-31')).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'training.assignment.extensionPastNextCycle',
      details: { field: 'dueOn' },
    });
    await extend('2027-01-31');
    await inTx((tx) => syncEnrolments(tx, org.organization.id, new Date('2027-01-05T06:00:00Z')));
    const cycles = await db.orm.em
      .fork()
      .find(Enrolment, { assignment: assignment.id }, { orderBy: { dueOn: 'asc' } });
    expect(cycles.map((e) => [e.dueOn, e.extendedFrom])).toEqual([
      ['2027-01-31', '2026-12-31'],
      ['2027-12-31', null],
    ]);
  });
});

describe('deactivating an assignment', () => {
  it('withdraws open enrolments, keeps the pass, enrols and reminds no one any more', async () => {
    const w = await world();
    const result = await inTx((em) => deactivateTrainingAssignment(em, manager, w.assignmentId, NOW));
    expect(result.withdrawn).toBe(1);
    expect(await enrolments(w.assignmentId)).toEqual([
      ['Aida', 'passed', '2027-03-31'],
      ['Bek', 'withdrawn', '2027-03-31'],
    ]);
    const em = db.orm.em.fork();
    buildPerson(em, org.organization, w.units.finance, { fullName: 'Newcomer' });
    await em.flush();
    await inTx((tx) => syncEnrolments(tx, org.organization.id, NOW));
    expect(await db.orm.em.fork().count(Enrolment, { assignment: w.assignmentId })).toBe(2);
    const late = new Date('2027-03-30T06:00:00Z');
    const reminders = await dueReminders(db.orm.em.fork(), org.organization.id, late);
    const withdrawn = await db.orm.em
      .fork()
      .findOneOrFail(Enrolment, { assignment: w.assignmentId, person: w.people.bek });
    expect(reminders.map((r) => r.enrolmentId)).not.toContain(withdrawn.id);
    const report = await completionReport(db.orm.em.fork(), manager, { courseId: w.course.course.id });
    expect(report.total).toMatchObject({ assigned: 1, passed: 1 });
    await expect(
      inTx((tx) => sendTrainingReminderNow(tx, manager, w.assignmentId, NOW)),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('a reminder sent now', () => {
  it('mails those not yet passed once a day, and the daily job leaves them out that day', async () => {
    const w = await world();
    const first = await inTx((em) => sendTrainingReminderNow(em, manager, w.assignmentId, NOW));
    expect(first.count).toBe(1);
    expect(first.reminders.map((r) => [r.fullName, r.kind])).toEqual([['Bek', 'due_soon']]);
    const again = await inTx((em) =>
      sendTrainingReminderNow(em, manager, w.assignmentId, new Date('2026-12-04T12:00:00Z')),
    );
    expect(again.count).toBe(0);
    expect(
      await db.orm.em.fork().count(TrainingReminder, { enrolment: { assignment: w.assignmentId } }),
    ).toBe(1);
    const history = await assignmentHistory(db.orm.em.fork(), manager, w.assignmentId);
    expect(history.map((h) => [h.kind, h.after.reminded])).toEqual([
      ['reminded', 0],
      ['reminded', 1],
    ]);
  });
});

describe('the enrolled people', () => {
  it('pages, searches by name and filters by status, with the last score', async () => {
    const w = await world();
    const em = db.orm.em.fork();
    const page = await assignmentEnrolments(
      em,
      manager,
      { assignmentId: w.assignmentId, limit: 1, offset: 1 },
      NOW,
    );
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.fullName)).toEqual(['Bek']);
    const passed = await assignmentEnrolments(
      em,
      manager,
      { assignmentId: w.assignmentId, status: 'passed' },
      NOW,
    );
    expect(passed.rows.map((r) => [r.fullName, r.lastScorePercent, r.attempts])).toEqual([['Aida', 90, 1]]);
    const none = await assignmentEnrolments(em, manager, { assignmentId: w.assignmentId, search: 'zz' }, NOW);
    expect(none).toEqual({ total: 0, rows: [] });
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ForbiddenError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import type { IOrgUnit } from '../../org/org-unit.entity.js';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { listAssignments } from './assignment-list.js';
import { createAssignment } from './assignments.js';
import { syncEnrolments } from './enrolment-sync.js';
import {
  buildPublishedCourse,
  createTrainingDatabase,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];
let finance: IOrgUnit;
let built: BuiltCourse;

const NOW = new Date('2026-06-15T08:00:00Z');

beforeAll(async () => {
  ({ db, org, manager, inTx } = await createTrainingDatabase());
  const em = db.orm.em.fork();
  finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
  buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
  const officer = buildPerson(em, org.organization, org.root, { hiredAt: '2020-01-01' });
  grantRoles(em, officer, ['compliance_officer']);
  await em.flush();
  built = await buildPublishedCourse(db.orm, manager);
});

afterAll(async () => {
  await db?.drop();
});

describe('listAssignments', () => {
  it('lists the organisation’s assignments with course, audience, due date, recurrence and enrolled count', async () => {
    const byUnits = await inTx((em) =>
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
    const byRole = await inTx((em) =>
      createAssignment(
        em,
        manager,
        {
          courseId: built.course.id,
          audience: 'role',
          role: 'compliance_officer',
          dueOn: '2026-12-31',
          recurrence: 'half_yearly',
        },
        NOW,
      ),
    );
    // Another organisation's assignment stays out of this organisation's list.
    const other = await buildOrganization(db.orm.em.fork());
    const otherManager: Actor = { ...other.admin, roles: ['employee', 'training_admin'] };
    const otherCourse = await buildPublishedCourse(db.orm, otherManager);
    await inTx((em) =>
      createAssignment(
        em,
        otherManager,
        { courseId: otherCourse.course.id, audience: 'whole_org', dueOn: '2026-12-31', recurrence: 'once' },
        NOW,
      ),
    );

    const em = db.orm.em.fork();
    const execute = vi.spyOn(em, 'execute');
    const list = await listAssignments(em, manager);
    expect(execute).toHaveBeenCalledTimes(1);

    expect(list.map((a) => a.id)).toEqual([byRole.assignment.id, byUnits.assignment.id]);
    expect(list[0]).toMatchObject({
      courseId: built.course.id,
      courseTitle: { kk: 'Жалпы курс', ru: 'Общий курс' },
      audience: 'role',
      orgUnitIds: [],
      role: 'compliance_officer',
      newHireMonths: null,
      dueOn: '2026-12-31',
      recurrence: 'half_yearly',
      enrolled: 1,
    });
    expect(list[1]).toMatchObject({
      audience: 'org_units',
      orgUnitIds: [finance.id],
      role: null,
      dueOn: '2026-12-31',
      recurrence: 'once',
      enrolled: 2,
    });
  });

  it('counts people who joined the audience later', async () => {
    const before = (await listAssignments(db.orm.em.fork(), manager)).find((a) => a.audience === 'org_units');
    expect(before?.enrolled).toBe(2);
    await inTx(async (em) => buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' }));
    await inTx((em) => syncEnrolments(em, org.organization.id, NOW));
    const after = (await listAssignments(db.orm.em.fork(), manager)).find((a) => a.audience === 'org_units');
    expect(after?.enrolled).toBe(3);
  });

  it('refuses an employee who is not a training manager', async () => {
    const employee = await inTx(async (em) =>
      actorOf(buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' }), ['employee']),
    );
    await expect(listAssignments(db.orm.em.fork(), employee)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

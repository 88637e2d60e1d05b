import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { IPerson } from '../../org/person.entity.js';
import { actorOf, buildPerson, type BuiltOrganization, type TestDatabase } from '../../testing/index.js';
import { createCourse } from '../authoring/courses.js';
import { buildPublishedCourse, createTrainingDatabase, type TrainingDatabase } from '../training-fixtures.js';
import { Assignment, Enrolment } from './assignment.entity.js';
import { createAssignment } from './assignments.js';
import { syncEnrolments } from './enrolment-sync.js';
import { assignableCourses, assignCourseForEvent } from './event-assignments.js';

// Event-triggered training: another part of the suite assigns a short course to named people.

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let inTx: TrainingDatabase['inTx'];
let named: IPerson;
let other: IPerson;
let decider: Actor;

const NOW = new Date('2026-06-15T08:00:00Z');

beforeAll(async () => {
  ({ db, org, manager, inTx } = await createTrainingDatabase());
  [named, other] = await inTx(async (em) => [
    buildPerson(em, org.organization, org.root, { fullName: 'Named Person' }),
    buildPerson(em, org.organization, org.root, { fullName: 'Other Person' }),
  ]);
  const head = await inTx(async (em) => buildPerson(em, org.organization, org.root));
  // The first head decides a measure; they hold no training role.
  decider = actorOf(head, ['employee', 'first_head']);
});

afterAll(async () => {
  await db?.drop();
});

describe('event-triggered training', () => {
  it('assigns a published course to the named people only, due on the day given, and lists what may be assigned', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager, {
      title: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest' },
    });
    const draft = await inTx(
      async (em) =>
        (
          await createCourse(em, manager, {
            topic: 'general',
            title: { kk: 'Жоба', ru: 'Черновик' },
            description: { kk: 'Сипаттама', ru: 'Описание' },
            lessons: [],
          })
        ).course,
    );
    const courses = await assignableCourses(db.orm.em.fork(), org.organization.id);
    expect(courses.map((c) => c.id)).toContain(course.id);
    expect(courses.map((c) => c.id)).not.toContain(draft.id);

    const { assignment, enrolled } = await inTx((em) =>
      assignCourseForEvent(
        em,
        decider,
        {
          courseId: course.id,
          personIds: [named.id, named.id],
          dueOn: '2026-07-15',
          trigger: 'conflict_of_interest:c1',
        },
        NOW,
      ),
    );
    expect(enrolled).toBe(1);
    const stored = await db.orm.em.fork().findOneOrFail(Assignment, { id: assignment.id });
    expect(stored).toMatchObject({
      audience: 'people',
      personIds: [named.id],
      trigger: 'conflict_of_interest:c1',
    });
    const enrolments = await db.orm.em.fork().find(Enrolment, { assignment: assignment.id });
    expect(enrolments.map((e) => [e.person.id, e.dueOn])).toEqual([[named.id, '2026-07-15']]);

    // The nightly sync adds no one else to it.
    await inTx((em) => syncEnrolments(em, org.organization.id, NOW));
    expect(await db.orm.em.fork().count(Enrolment, { assignment: assignment.id, person: other.id })).toBe(0);

    await expect(
      inTx((em) =>
        assignCourseForEvent(
          em,
          decider,
          { courseId: draft.id, personIds: [named.id], dueOn: '2026-07-15', trigger: 't' },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      inTx((em) =>
        assignCourseForEvent(
          em,
          decider,
          { courseId: course.id, personIds: [named.id], dueOn: '2026-06-14', trigger: 't' },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('is not an audience a training administrator picks by hand', async () => {
    const { course } = await buildPublishedCourse(db.orm, manager);
    await expect(
      inTx((em) =>
        createAssignment(
          em,
          manager,
          { courseId: course.id, audience: 'people', dueOn: '2026-12-31', recurrence: 'once' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'training.assignment.peopleByEvent' });
  });
});

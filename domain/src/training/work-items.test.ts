import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../kernel/actor.js';
import { actorOf, buildPerson, type BuiltOrganization, type TestDatabase } from '../testing/index.js';
import { myWork } from '../work/work-registry.js';
import { createAssignment } from './assignments/assignments.js';
import { buildPublishedCourse, createTrainingDatabase, takeTest } from './training-fixtures.js';
import { TRAINING_WORK } from './work-items.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let passer: Actor;
let learner: Actor;
let firstHead: Actor;
let courseTitle: string;

const ASSIGNED_AT = new Date('2030-03-01T06:00:00Z');
const DUE_ON = '2030-03-15';
// Tuesday 12 March 2030, three working days before the due date; Wednesday 20 March, three after.
const NEAR_DUE = new Date('2030-03-12T06:00:00Z');
const PAST_DUE = new Date('2030-03-20T06:00:00Z');

beforeAll(async () => {
  ({ db, org, manager } = await createTrainingDatabase());
  const em = db.orm.em.fork();
  const people = [0, 1, 2].map(() => buildPerson(em, org.organization, org.root, { hiredAt: '2020-01-01' }));
  await em.flush();
  const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  passer = actorOf(a, ['employee']);
  learner = actorOf(b, ['employee']);
  firstHead = actorOf(c, ['employee', 'first_head']);
  const built = await buildPublishedCourse(db.orm, manager, {
    questions: 4,
    draw: 4,
    title: { kk: 'Адалдық', ru: 'Честность', en: 'Integrity' },
  });
  courseTitle = built.course.title.kk;
  await db.orm.em
    .fork()
    .transactional((tx) =>
      createAssignment(
        tx,
        manager,
        { courseId: built.course.id, audience: 'whole_org', dueOn: DUE_ON, recurrence: 'once' },
        ASSIGNED_AT,
      ),
    );
  await takeTest(db.orm, passer, built.test.id, 4, ASSIGNED_AT);
});

afterAll(async () => {
  await db?.drop();
});

function itemsOf(actor: Actor, now: Date) {
  return TRAINING_WORK.items(db.orm.em.fork(), actor, now);
}

describe('training work items', () => {
  it('gives a learner their course due soon, with its date and the page of the course', async () => {
    const [item, ...rest] = await itemsOf(learner, NEAR_DUE);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      plugin: 'training',
      kind: 'course_due',
      urgency: 'due_soon',
      dueOn: DUE_ON,
      count: null,
    });
    expect(item?.subject?.kk).toBe(courseTitle);
    expect(item?.path).toMatch(/^\/training\/courses\/[0-9a-f-]{36}$/);
  });

  it('marks the course overdue once its date has passed, and gives nothing for a course passed', async () => {
    expect((await itemsOf(learner, PAST_DUE)).map((i) => [i.kind, i.urgency])).toEqual([
      ['course_overdue', 'overdue'],
    ]);
    expect(await itemsOf(passer, PAST_DUE)).toEqual([]);
  });

  it('gives the training administrator the learners yet to pass, due soon within a month of the date, and those past it', async () => {
    const near = (await itemsOf(manager, NEAR_DUE)).filter((i) => i.kind.startsWith('learners_'));
    // Everyone but the one who passed: the learner, the first head and the administrator herself.
    expect(near.map((i) => [i.kind, i.count, i.dueOn])).toEqual([['learners_pending', 3, DUE_ON]]);
    const later = (await itemsOf(manager, ASSIGNED_AT)).filter((i) => i.kind.startsWith('learners_'));
    expect(later.map((i) => [i.kind, i.urgency, i.count])).toEqual([['learners_pending', 'due_soon', 3]]);
    const early = (await itemsOf(manager, new Date('2030-01-10T06:00:00Z'))).filter((i) =>
      i.kind.startsWith('learners_'),
    );
    expect(early.map((i) => [i.kind, i.urgency])).toEqual([['learners_pending', 'upcoming']]);
    const past = (await itemsOf(manager, PAST_DUE)).filter((i) => i.kind.startsWith('learners_'));
    expect(past.map((i) => [i.kind, i.urgency, i.count, i.path])).toEqual([
      ['learners_overdue', 'overdue', 3, '/training/completion'],
    ]);
  });

  it('gives the first head, who reads completion, the overdue learners only; an employee never sees others', async () => {
    const near = (await itemsOf(firstHead, NEAR_DUE)).map((i) => i.kind);
    expect(near).toEqual(['course_due']);
    const past = (await itemsOf(firstHead, PAST_DUE)).map((i) => i.kind);
    expect(past).toEqual(['course_overdue', 'learners_overdue']);
    expect((await itemsOf(learner, PAST_DUE)).some((i) => i.kind.startsWith('learners_'))).toBe(false);
  });

  it('counts the working days left in the home list, most urgent first', async () => {
    const near = await myWork(db.orm.em.fork(), manager, NEAR_DUE);
    expect(near.map((i) => [i.kind, i.workingDaysLeft])).toEqual([
      ['course_due', 3],
      ['learners_pending', 3],
    ]);
    const past = await myWork(db.orm.em.fork(), manager, PAST_DUE);
    expect(past.map((i) => [i.kind, i.workingDaysLeft])).toEqual([
      ['course_overdue', -3],
      ['learners_overdue', -3],
    ]);
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  buildPublishedCourse,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import {
  addCultureActivity,
  updateCultureActivity,
  type ActivityInput,
} from '../../culture/plans/activities.js';
import { createCulturePlan } from '../../culture/plans/plans.js';
import { createAssignment } from '../../training/assignments/assignments.js';
import { findRisk, upsertRisk } from './risks.js';
import { riskInput } from './risks-fixtures.js';

// §9.1, §34–§35: a culture-plan activity and a training assignment name the register's risks they
// answer; the risk lists them as "answered by".

const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officer: Actor;
let trainer: Actor;
let responsible: Actor;
let other: Actor;
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const elsewhere = await buildOrganization(em);
  const people = Array.from({ length: 3 }, () => buildPerson(em, org.organization, org.root));
  const stranger = buildPerson(em, elsewhere.organization, elsewhere.root);
  await em.flush();
  officer = actorOf(people[0]!, ['employee', 'compliance_officer']);
  trainer = actorOf(people[1]!, ['employee', 'training_admin']);
  responsible = actorOf(people[2]!, ['employee', 'hr_officer']);
  other = actorOf(stranger, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

function activity(extra: Partial<ActivityInput> = {}): ActivityInput {
  return {
    kind: 'educational',
    topics: ['conflict_of_interest_cases'],
    title: 'Seminar for the cash desk',
    audience: 'whole_org',
    deadline: '2027-04-15',
    responsibleIds: [responsible.personId],
    checkForm: 'questionnaire',
    ...extra,
  };
}

describe('the risks an activity or an assignment answers', () => {
  it('are listed on the risk as answered by the activity and the assigned course', async () => {
    const risk = await inTx((em) => upsertRisk(em, officer, riskInput(), NOW));
    const theirs = await inTx((em) => upsertRisk(em, other, riskInput(), NOW));
    const plan = await inTx((em) => createCulturePlan(em, officer, 2027, null, NOW));
    await expect(
      inTx((em) => addCultureActivity(em, officer, plan.id, activity({ riskIds: [theirs.id] }), NOW)),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'riskIds' } });
    const seminar = await inTx((em) =>
      addCultureActivity(em, officer, plan.id, activity({ riskIds: [risk.id, risk.id] }), NOW),
    );
    const { course } = await buildPublishedCourse(db.orm, trainer, {
      title: { kk: 'Касса курсы', ru: 'Курс кассы', en: 'Cash desk course' },
    });
    await expect(
      inTx((em) =>
        createAssignment(em, trainer, {
          courseId: course.id,
          audience: 'whole_org',
          dueOn: '2099-12-31',
          recurrence: 'once',
          riskIds: ['not-a-risk'],
        }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await inTx((em) =>
      createAssignment(em, trainer, {
        courseId: course.id,
        audience: 'whole_org',
        dueOn: '2099-12-31',
        recurrence: 'once',
        riskIds: [risk.id],
      }),
    );
    const seen = await findRisk(db.orm.em.fork(), officer, risk.id);
    expect(seen.answeredBy).toEqual([
      {
        kind: 'culture_activity',
        id: expect.any(String),
        title: {
          kk: 'Seminar for the cash desk',
          ru: 'Seminar for the cash desk',
          en: 'Seminar for the cash desk',
        },
      },
      {
        kind: 'training_assignment',
        id: expect.any(String),
        title: { kk: 'Касса курсы', ru: 'Курс кассы', en: 'Cash desk course' },
      },
    ]);
    // An edit that leaves the risks out keeps them; one that names none clears them.
    const activityId = seen.answeredBy[0]!.id;
    expect(seminar).toBeTruthy();
    await inTx((em) =>
      updateCultureActivity(em, officer, activityId, activity({ title: 'Seminar, renamed' }), NOW),
    );
    expect((await findRisk(db.orm.em.fork(), officer, risk.id)).answeredBy).toHaveLength(2);
    await inTx((em) => updateCultureActivity(em, officer, activityId, activity({ riskIds: [] }), NOW));
    expect((await findRisk(db.orm.em.fork(), officer, risk.id)).answeredBy.map((a) => a.kind)).toEqual([
      'training_assignment',
    ]);
  });
});

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
import { editTrainingAssignment } from '../../training/assignment-changes/assignment-changes.js';
import { createAssignment } from '../../training/assignments/assignments.js';
import { listAssignments } from '../../training/assignments/assignment-list.js';
import { riskChoices } from './risk-answers.js';
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
let employee: Actor;
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const elsewhere = await buildOrganization(em);
  const people = Array.from({ length: 4 }, () => buildPerson(em, org.organization, org.root));
  const stranger = buildPerson(em, elsewhere.organization, elsewhere.root);
  await em.flush();
  officer = actorOf(people[0]!, ['employee', 'compliance_officer']);
  trainer = actorOf(people[1]!, ['employee', 'training_admin']);
  responsible = actorOf(people[2]!, ['employee', 'hr_officer']);
  other = actorOf(stranger, ['employee', 'compliance_officer']);
  employee = actorOf(people[3]!, ['employee']);
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
    expect(activityId).toBe(seminar.id);
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

describe('the risks offered to choose from', () => {
  it('are the open risks of the organisation by number and process, with those already named', async () => {
    const cash = await inTx((em) =>
      upsertRisk(em, officer, riskInput({ processOrDocument: 'Cash desk handover' }), NOW),
    );
    const closed = await inTx((em) =>
      upsertRisk(em, officer, riskInput({ processOrDocument: 'Old tender practice' }), NOW),
    );
    await inTx((em) =>
      upsertRisk(
        em,
        officer,
        riskInput({
          id: closed.id,
          version: closed.version,
          processOrDocument: 'Old tender practice',
          status: 'mitigated',
          reason: 'The practice ended',
        }),
        NOW,
      ),
    );
    const theirs = await inTx((em) =>
      upsertRisk(em, other, riskInput({ processOrDocument: 'Cash desk elsewhere' }), NOW),
    );

    const offered = await riskChoices(db.orm.em.fork(), trainer, { search: 'cash desk' });
    expect(offered).toEqual([
      {
        id: cash.id,
        number: cash.number,
        code: `№ ${cash.number}`,
        processOrDocument: 'Cash desk handover',
        status: 'open',
      },
    ]);
    expect(offered[0]).not.toHaveProperty('scheme');
    await expect(riskChoices(db.orm.em.fork(), employee)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // By number; a mitigated risk only when it is already named, another organisation's never.
    expect(
      (await riskChoices(db.orm.em.fork(), officer, { search: `№ ${cash.number}` })).map((r) => r.id),
    ).toEqual([cash.id]);
    const all = await riskChoices(db.orm.em.fork(), officer, {});
    expect(all.map((r) => r.id)).not.toContain(closed.id);
    expect(all.map((r) => r.id)).not.toContain(theirs.id);
    const named = await riskChoices(db.orm.em.fork(), officer, {
      search: 'nothing like it',
      ids: [closed.id, theirs.id],
    });
    expect(named).toEqual([expect.objectContaining({ id: closed.id, status: 'mitigated' })]);
  });

  it('an edited assignment names other risks, and one that leaves them out keeps them', async () => {
    const risk = await inTx((em) => upsertRisk(em, officer, riskInput({ processOrDocument: 'Gifts' }), NOW));
    const theirs = await inTx((em) => upsertRisk(em, other, riskInput(), NOW));
    const { course } = await buildPublishedCourse(db.orm, trainer, {
      title: { kk: 'Сыйлықтар', ru: 'Подарки', en: 'Gifts' },
    });
    const assignment = await inTx((em) =>
      createAssignment(em, trainer, {
        courseId: course.id,
        audience: 'whole_org',
        dueOn: '2099-12-31',
        recurrence: 'once',
      }),
    );
    const id = assignment.assignment.id;
    await expect(
      inTx((em) =>
        editTrainingAssignment(em, trainer, id, {
          audience: 'whole_org',
          dueOn: '2099-12-31',
          riskIds: [theirs.id],
        }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'riskIds' } });
    await inTx((em) =>
      editTrainingAssignment(em, trainer, id, {
        audience: 'whole_org',
        dueOn: '2099-12-31',
        riskIds: [risk.id],
      }),
    );
    await inTx((em) =>
      editTrainingAssignment(em, trainer, id, { audience: 'whole_org', dueOn: '2099-12-30' }),
    );
    const listed = (await listAssignments(db.orm.em.fork(), trainer)).find((a) => a.id === id);
    expect(listed?.riskIds).toEqual([risk.id]);
  });
});

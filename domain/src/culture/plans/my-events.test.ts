import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { newId } from '../../kernel/ids.js';
import { Position } from '../../org/position.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { myWork } from '../../work/work-registry.js';
import { addCultureActivity, type ActivityInput } from './activities.js';
import { reportCultureActivity } from './activity-report.js';
import { myCultureEvents } from './my-events.js';
import {
  approveCulturePlan,
  createCulturePlan,
  culturePlan,
  returnCulturePlan,
  submitCulturePlan,
  updateCulturePlan,
} from './plans.js';
import './work-items.js';

// Who is invited to the approved plan's events (§35, §68), what waits for whom (§35.1), and the
// plan merged into another one of the organisation.

let db: TestDatabase;
let officer: Actor;
let firstHead: Actor;
let buyer: Actor;
let clerk: Actor;
const NOW = new Date('2026-05-04T06:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const procurement = em.create(Position, {
    id: newId(),
    organization: org.organization,
    title: 'Сатып алу маманы',
    procurementStaff: true,
  });
  const people = Array.from({ length: 4 }, () => buildPerson(em, org.organization, org.root));
  people[2]!.position = procurement;
  await em.flush();
  officer = actorOf(people[0]!, ['employee', 'compliance_officer']);
  firstHead = actorOf(people[1]!, ['employee', 'first_head']);
  buyer = actorOf(people[2]!, ['employee']);
  clerk = actorOf(people[3]!, ['employee']);
});

afterAll(async () => {
  await db?.drop();
});

const activity = (title: string, deadline: string, audience: string): ActivityInput => ({
  kind: 'educational',
  title,
  audience,
  deadline,
  responsibleIds: [officer.personId],
  checkForm: 'questionnaire',
});

const kinds = async (actor: Actor) =>
  (await myWork(db.orm.em.fork(), actor, NOW))
    .filter((i) => i.plugin === 'culture')
    .map((i) => [i.kind, i.subject?.en]);

describe('the culture plan for those it concerns', () => {
  it('asks the planners for this year’s plan, then the first head to approve it; a returned one goes back to them', async () => {
    expect(await kinds(officer)).toEqual([['culture_plan_missing', '2026']]);
    const plan = await inTx((em) => createCulturePlan(em, officer, 2026, null, NOW));
    expect(await kinds(officer)).toEqual([['culture_plan_draft', '2026']]);
    await inTx((em) =>
      addCultureActivity(
        em,
        officer,
        plan.id,
        activity('Procurement risks', '2026-05-14', 'procurement_staff'),
        NOW,
      ),
    );
    await inTx((em) =>
      addCultureActivity(em, officer, plan.id, activity('Whole staff', '2026-06-10', 'whole_org'), NOW),
    );
    await inTx((em) =>
      addCultureActivity(em, officer, plan.id, activity('Held in March', '2026-03-10', 'whole_org'), NOW),
    );
    await inTx((em) => submitCulturePlan(em, officer, plan.id, NOW));
    expect(await kinds(officer)).toEqual([]);
    expect(await kinds(firstHead)).toEqual([['culture_plan_to_approve', '2026']]);
    await inTx((em) => returnCulturePlan(em, firstHead, plan.id, 'Say which plan it is merged into', NOW));
    expect(await kinds(officer)).toEqual([['culture_plan_returned', '2026']]);
  });

  it('keeps the plan it is merged into, with its note (§35.1)', async () => {
    const plan = (await culturePlan(db.orm.em.fork(), officer, 2026, NOW))!;
    const merged = await inTx((em) =>
      updateCulturePlan(
        em,
        officer,
        plan.id,
        { mergedInto: 'Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары № 4', mergedNote: 'II бөлім' },
        NOW,
      ),
    );
    expect(merged).toMatchObject({
      mergedInto: 'Сыбайлас жемқорлыққа қарсы іс-қимыл жоспары № 4',
      mergedNote: 'II бөлім',
    });
  });

  it('invites to an approved plan’s events only those its audience takes in, and reminds the owner of what is near', async () => {
    const plan = (await culturePlan(db.orm.em.fork(), officer, 2026, NOW))!;
    // Not approved yet: nobody is invited.
    expect(await myCultureEvents(db.orm.em.fork(), buyer, NOW)).toEqual([]);
    await inTx((em) => submitCulturePlan(em, officer, plan.id, NOW));
    await inTx((em) => approveCulturePlan(em, firstHead, plan.id, NOW));
    const titles = async (actor: Actor) =>
      (await myCultureEvents(db.orm.em.fork(), actor, NOW)).map((e) => e.title);
    expect(await titles(buyer)).toEqual(['Procurement risks', 'Whole staff']);
    expect(await titles(clerk)).toEqual(['Whole staff']);
    // The owner: the procurement training within two weeks, the March one overdue.
    expect(await kinds(officer)).toEqual([
      ['culture_activity_overdue', 'Held in March'],
      ['culture_activity_due', 'Procurement risks'],
    ]);
    const march = plan.activities.find((a) => a.title === 'Held in March')!;
    await inTx((em) =>
      reportCultureActivity(
        em,
        officer,
        march.id,
        { status: 'done', heldOn: '2026-03-10', actualParticipants: 12 },
        NOW,
      ),
    );
    expect(await kinds(officer)).toEqual([['culture_activity_due', 'Procurement risks']]);
  });
});

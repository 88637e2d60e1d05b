import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import './kpis.js';
import { addCultureActivity, type ActivityInput } from './activities.js';
import { reportCultureActivity } from './activity-report.js';
import { approveCulturePlan, createCulturePlan, submitCulturePlan } from './plans.js';

// The plan's own figures (§35.1, §35.2), computed in SQL from a plan carried out in 2025 (the
// past, so that "as of today" has every deadline behind it).

let db: TestDatabase;
let officer: Actor;
let firstHead: Actor;
const NOW = new Date('2026-12-06T06:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const a = buildPerson(em, org.organization, org.root);
  const b = buildPerson(em, org.organization, org.root);
  await em.flush();
  officer = actorOf(a, ['employee', 'compliance_officer']);
  firstHead = actorOf(b, ['employee', 'first_head']);
  const plan = await inTx((tx) => createCulturePlan(tx, officer, 2025, null, NOW));
  const add = (deadline: string, checkForm: string) =>
    inTx((tx) =>
      addCultureActivity(
        tx,
        officer,
        plan.id,
        {
          kind: 'educational',
          title: `Seminar ${deadline}`,
          audience: 'whole_org',
          deadline,
          responsibleIds: [officer.personId],
          checkForm,
          ...(checkForm === 'none' ? { checkNoneReason: 'A meeting' } : {}),
        } satisfies ActivityInput,
        NOW,
      ),
    );
  const onTime = await add('2025-03-31', 'questionnaire');
  const late = await add('2025-05-31', 'survey');
  const unmeasured = await add('2025-09-30', 'none');
  await add('2025-11-30', 'questionnaire'); // never held
  await inTx((tx) => submitCulturePlan(tx, officer, plan.id, NOW));
  await inTx((tx) => approveCulturePlan(tx, firstHead, plan.id, NOW));
  const done = (id: string, heldOn: string) =>
    inTx((tx) =>
      reportCultureActivity(tx, officer, id, { status: 'done', heldOn, actualParticipants: 20 }, NOW),
    );
  await done(onTime.id, '2025-03-30');
  await done(late.id, '2025-06-10');
  await done(unmeasured.id, '2025-09-29');
});

afterAll(async () => {
  await db?.drop();
});

const YEAR_2025 = {
  periodFrom: new Date('2024-12-31T19:00:00Z'),
  periodTo: new Date('2025-12-31T00:00:00Z'),
};

describe("the culture plan's KPIs", () => {
  it('§35.1: of 4 activities due in the year, 2 were done by their deadline', async () => {
    const [value] = await computeKpiValues(
      db.orm.em.fork(),
      officer,
      ['culture.activities_on_time'],
      YEAR_2025,
      NOW,
    );
    expect(value).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
  });

  it('§35.2: a measured activity was held in the first half-year only (the second held only an unmeasured one)', async () => {
    const [value] = await computeKpiValues(
      db.orm.em.fork(),
      officer,
      ['culture.half_years_measured'],
      YEAR_2025,
      NOW,
    );
    expect(value).toMatchObject({ value: 1, numerator: 1, denominator: 2 });
  });

  it('is for the programme readers and the board, not for an employee', async () => {
    await expect(
      computeKpiValues(
        db.orm.em.fork(),
        { ...officer, roles: ['employee'] },
        ['culture.activities_on_time'],
        YEAR_2025,
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  outcomes,
  type TestDatabase,
} from '../../testing/index.js';
import { addCultureActivity } from './activities.js';
import { reportCultureActivity } from './activity-report.js';
import { claimCultureActivityReminders, cultureActivityReminderMails } from './activity-reminders.js';
import { approveCulturePlan, createCulturePlan, submitCulturePlan } from './plans.js';

let db: TestDatabase;
let officer: Actor;
let hr: Actor;
let organizationId: string;
let dueId: string;
let heldId: string;
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);
const at = (day: string) => new Date(`${day}T03:00:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const a = buildPerson(em, org.organization, org.root);
  const b = buildPerson(em, org.organization, org.root);
  const c = buildPerson(em, org.organization, org.root);
  await em.flush();
  organizationId = org.organization.id;
  officer = actorOf(a, ['employee', 'compliance_officer']);
  hr = actorOf(b, ['employee', 'hr_officer']);
  const firstHead = actorOf(c, ['employee', 'first_head']);
  const now = at('2026-01-10');
  const plan = await inTx((tx) => createCulturePlan(tx, officer, 2026, null, now));
  const add = (title: string, deadline: string) =>
    inTx((tx) =>
      addCultureActivity(
        tx,
        officer,
        plan.id,
        {
          kind: 'educational',
          title,
          audience: 'procurement_staff',
          deadline,
          responsibleIds: [hr.personId],
          checkForm: 'questionnaire',
        },
        now,
      ),
    );
  dueId = (await add('Procurement training', '2026-05-25')).id;
  heldId = (await add('Procurement training, held', '2026-05-26')).id;
  await inTx((tx) => submitCulturePlan(tx, officer, plan.id, now));
  await inTx((tx) => approveCulturePlan(tx, firstHead, plan.id, now));
  await inTx((tx) =>
    reportCultureActivity(
      tx,
      hr,
      heldId,
      { status: 'done', heldOn: '2026-05-19', actualParticipants: 12 },
      at('2026-05-20'),
    ),
  );
});

afterAll(async () => {
  await db?.drop();
});

const claim = (day: string) => inTx((em) => claimCultureActivityReminders(em, organizationId, at(day)));

describe('reminders of the culture plan’s activities (§35.1)', () => {
  it('reminds the owner a week before, once; then weekly once overdue; never of what was held', async () => {
    expect(await claim('2026-05-17')).toEqual([]);
    const week = await claim('2026-05-18');
    expect(week.map((r) => [r.activityId, r.kind])).toEqual([[dueId, 'due']]);
    const [mail] = cultureActivityReminderMails(week[0]!, 'https://adal.example.kz/');
    expect(mail).toMatchObject({ subject: expect.stringContaining('Procurement training') });
    expect(mail!.text).toContain('https://adal.example.kz/culture/activities/');
    expect(await claim('2026-05-20')).toEqual([]);
    expect((await claim('2026-05-26')).map((r) => r.kind)).toEqual(['overdue']);
    expect(await claim('2026-06-01')).toEqual([]);
    expect((await claim('2026-06-02')).map((r) => r.kind)).toEqual(['overdue']);
  });

  it('runs at once remind once', async () => {
    const { fulfilled } = outcomes(
      await concurrently(db.orm, 4, (em) =>
        claimCultureActivityReminders(em, organizationId, at('2026-06-09')),
      ),
    );
    expect(fulfilled.flat().map((r) => r.activityId)).toEqual([dueId]);
    expect(
      await db.orm.em
        .fork()
        .count(AuditEvent, { entityId: dueId, action: 'culture_activity.overdue_reminder_sent' }),
    ).toBe(3);
  });
});

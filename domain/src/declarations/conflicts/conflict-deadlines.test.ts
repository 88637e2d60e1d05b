import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  outcomes,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { claimConflictNotices, conflictNoticeMails } from './conflict-reminders.js';
import { CONFLICT_WORK } from './conflict-work-items.js';
import { reviewConflictQuarterlyAnalysis } from './conflict-quarterly-analysis.js';
import './conflict-kpis.js';
import {
  concludeConflictOfInterest,
  decideConflictOfInterest,
  forwardConflictOfInterest,
  notifyConflictOfInterest,
  type ConflictNotificationInput,
} from './conflict-workflow.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: IPerson;
let employee: IPerson;
let firstHead: Actor;
let boss: Actor;
let staff: Actor;
let officer: Actor;

const at = (day: string): Date => new Date(`${day}T05:00:00Z`);
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

const INPUT: ConflictNotificationInput = {
  relatedPersonName: 'Berik Omarov',
  relationKind: 'sibling_full',
  counterparty: 'TOO Steppe Build',
  matter: 'My brother manages a contractor',
  decisionAtStake: 'Accepting the works of contract 7',
};

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  const head = buildPerson(em, org.organization, org.root, { fullName: 'First Head', email: 'head@coi.kz' });
  manager = buildPerson(em, org.organization, org.root, {
    fullName: 'Manager',
    manager: head,
    email: 'boss@coi.kz',
  });
  employee = buildPerson(em, org.organization, org.root, { fullName: 'Employee', manager });
  const officerPerson = buildPerson(em, org.organization, org.root, {
    fullName: 'Officer',
    email: 'officer@coi.kz',
  });
  grantRoles(em, head, ['employee', 'first_head']);
  grantRoles(em, officerPerson, ['employee', 'compliance_officer']);
  await em.flush();
  firstHead = actorOf(head, ['employee', 'first_head']);
  boss = actorOf(manager, ['employee']);
  staff = actorOf(employee, ['employee']);
  officer = actorOf(officerPerson, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

describe('deadlines of a conflict-of-interest case', () => {
  it("puts the forwarding in the manager's work, overdue after its third working day", async () => {
    const { id } = await inTx((em) => notifyConflictOfInterest(em, staff, INPUT, at('2026-06-01')));
    const dueSoon = await CONFLICT_WORK.items(db.orm.em.fork(), boss, at('2026-06-03'));
    expect(dueSoon).toEqual([
      expect.objectContaining({
        kind: 'conflict_to_forward',
        urgency: 'due_soon',
        dueOn: '2026-06-04',
        path: `/declarations/conflicts/${id}`,
      }),
    ]);
    const overdue = await CONFLICT_WORK.items(db.orm.em.fork(), boss, at('2026-06-05'));
    expect(overdue[0]?.urgency).toBe('overdue');
    // The notifier has nothing to do on their own case.
    expect(await CONFLICT_WORK.items(db.orm.em.fork(), staff, at('2026-06-05'))).toEqual([]);
  });

  it('reminds the owner on the due day and escalates once the day after, each once', async () => {
    const before = await inTx((em) => claimConflictNotices(em, org.organization.id, at('2026-06-03')));
    expect(before).toEqual([]);
    const reminders = await inTx((em) => claimConflictNotices(em, org.organization.id, at('2026-06-04')));
    expect(reminders).toEqual([
      expect.objectContaining({
        step: 'forward',
        kind: 'reminder',
        recipients: [expect.objectContaining({ email: 'boss@coi.kz' })],
      }),
    ]);
    expect(await inTx((em) => claimConflictNotices(em, org.organization.id, at('2026-06-04')))).toEqual([]);
    // The morning job and a run started by hand at once: the escalation goes out once.
    const runs = outcomes(
      await concurrently(db.orm, 2, (em) => claimConflictNotices(em, org.organization.id, at('2026-06-05'))),
    );
    expect(runs.rejected).toEqual([]);
    const escalations = runs.fulfilled.flat();
    expect(escalations).toHaveLength(1);
    expect(escalations[0]!.recipients.map((r) => r.email).sort()).toEqual(['head@coi.kz', 'officer@coi.kz']);
    const mails = conflictNoticeMails(escalations[0]!, 'https://adal.example');
    expect(mails[0]!.text).toContain(
      `https://adal.example/declarations/conflicts/${escalations[0]!.conflictId}`,
    );
    expect(mails[0]!.text).not.toContain('Steppe');
  });

  it('counts identified conflicts and the share settled within their deadlines', async () => {
    const { id } = await inTx((em) => notifyConflictOfInterest(em, staff, INPUT, at('2026-06-01')));
    await inTx((em) => forwardConflictOfInterest(em, boss, id, {}, at('2026-06-02')));
    await inTx((em) =>
      concludeConflictOfInterest(
        em,
        officer,
        id,
        { conflictFound: true, conclusion: 'Yes' },
        at('2026-06-03'),
      ),
    );
    await inTx((em) =>
      decideConflictOfInterest(
        em,
        firstHead,
        id,
        { measures: ['remove_from_matter'], note: 'Order 3' },
        at('2026-06-04'),
      ),
    );
    const values = await computeKpiValues(
      db.orm.em.fork(),
      firstHead,
      ['declarations.conflicts_identified', 'declarations.conflicts_settled_in_time'],
      { periodFrom: new Date('2026-06-01T00:00:00Z'), periodTo: new Date('2026-06-30T00:00:00Z') },
      at('2026-07-01'),
    );
    expect(values.map((v) => [v.code, v.value])).toEqual([
      ['declarations.conflicts_identified', 1],
      ['declarations.conflicts_settled_in_time', 100],
    ]);
  });

  it("puts the ended quarter's analysis in the responsible unit's work until it is reviewed (§14)", async () => {
    const now = at('2026-07-03');
    const analysis = (await CONFLICT_WORK.items(db.orm.em.fork(), officer, now)).filter(
      (item) => item.kind === 'conflict_quarterly_analysis',
    );
    expect(analysis).toEqual([
      expect.objectContaining({
        subject: { kk: '2026 жылғы 2-тоқсан', ru: '2-й квартал 2026 года', en: 'Q2 2026' },
        dueOn: '2026-09-30',
        path: '/declarations/conflicts/analysis',
      }),
    ]);
    await inTx((em) =>
      reviewConflictQuarterlyAnalysis(
        em,
        officer,
        '2026-Q2',
        { findings: 'No match', matchesReviewed: 0 },
        now,
      ),
    );
    const after = await CONFLICT_WORK.items(db.orm.em.fork(), officer, now);
    expect(after.some((item) => item.kind === 'conflict_quarterly_analysis')).toBe(false);
  });
});

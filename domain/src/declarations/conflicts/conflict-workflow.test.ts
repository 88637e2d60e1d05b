import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  grantRoles,
  outcomes,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { ConflictOfInterestCase } from './conflict-of-interest-case.entity.js';
import { newId } from '../../kernel/ids.js';
import { Assignment, Enrolment } from '../../training/assignments/assignment.entity.js';
import { buildPublishedCourse } from '../../training/training-fixtures.js';
import { ConflictRegisterEntry } from '../register/conflict-register-entry.entity.js';
import { RelatedPerson } from '../relatives/related-person.entity.js';
import { listConflictRegister } from './conflict-register-list.js';
import type { ConflictCaseView } from './conflict-view.js';
import {
  concludeConflictOfInterest,
  conflictOfInterestCase,
  decideConflictOfInterest,
  forwardConflictOfInterest,
  notifyConflictOfInterest,
  recordConflictTransfer,
  type ConflictNotificationInput,
} from './conflict-workflow.js';

let db: TestDatabase;
let org: BuiltOrganization;
let head: IPerson;
let manager: IPerson;
let employee: IPerson;
let colleague: IPerson;
let officerPerson: IPerson;
let deputyPerson: IPerson;
let firstHead: Actor;
let boss: Actor;
let staff: Actor;
let officer: Actor;
let deputy: Actor;

/** Monday 1 June 2026, 10:00 in Kazakhstan. */
const at = (day: string): Date => new Date(`${day}T05:00:00Z`);
const MONDAY = at('2026-06-01');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

const SUPPLIER: ConflictNotificationInput = {
  relatedPersonName: 'Сауле Касымова',
  relationKind: 'sibling_full',
  counterparty: 'TOO Alem Supply',
  matter: 'My sister is a founder of a bidder in the office-supplies tender',
  decisionAtStake: 'Choosing the winner of tender 45-2026',
  typicalCase: 'c3',
};

function notify(
  actor: Actor = staff,
  input: ConflictNotificationInput = SUPPLIER,
  now = MONDAY,
): Promise<ConflictCaseView> {
  return inTx((em) => notifyConflictOfInterest(em, actor, input, now));
}

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  head = buildPerson(em, org.organization, org.root, { fullName: 'First Head' });
  deputyPerson = buildPerson(em, org.organization, org.root, { fullName: 'Deputy Head', manager: head });
  manager = buildPerson(em, org.organization, org.root, { fullName: 'Unit Manager', manager: deputyPerson });
  employee = buildPerson(em, org.organization, org.root, {
    fullName: 'Procurement Specialist',
    manager,
    iin: '900101300012',
  });
  colleague = buildPerson(em, org.organization, org.root, { fullName: 'Colleague', manager });
  officerPerson = buildPerson(em, org.organization, org.root, {
    fullName: 'Compliance Officer',
    manager: head,
  });
  grantRoles(em, head, ['employee', 'first_head']);
  grantRoles(em, officerPerson, ['employee', 'compliance_officer']);
  await em.flush();
  firstHead = actorOf(head, ['employee', 'first_head']);
  deputy = actorOf(deputyPerson, ['employee']);
  boss = actorOf(manager, ['employee']);
  staff = actorOf(employee, ['employee']);
  officer = actorOf(officerPerson, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

async function unchanged<T>(
  work: () => Promise<T>,
  error: typeof ValidationError | typeof ForbiddenError | typeof ConflictError | typeof NotFoundError,
): Promise<void> {
  const before = await db.orm.em.fork().count(AuditEvent, {});
  const cases = await db.orm.em.fork().count(ConflictOfInterestCase, {});
  await expect(work()).rejects.toBeInstanceOf(error);
  expect(await db.orm.em.fork().count(AuditEvent, {})).toBe(before);
  expect(await db.orm.em.fork().count(ConflictOfInterestCase, {})).toBe(cases);
}

describe('a conflict-of-interest notification and its steps (§15)', () => {
  it('goes to the direct manager, due in 3 working days (§15.1–§15.2)', async () => {
    const notified = await notify();
    expect(notified).toMatchObject({
      status: 'awaiting_forward',
      forwardOwner: { id: manager.id },
      notifiedOn: '2026-06-01',
      forwardDueOn: '2026-06-04',
      currentStep: 'forward',
      typicalCase: 'c3',
    });
    expect(notified.number).toMatch(/^CI-2026-\d{4}$/);
    const events = await db.orm.em.fork().find(AuditEvent, { entityId: notified.id });
    expect(events.map((e) => e.action)).toEqual(['conflict_of_interest.notified']);
  });

  it('runs forward → conclude (10 WD, §15.3) → decide (10 WD, §15.4) → transfer within 3 months (§15.6), settled in time', async () => {
    const { id } = await notify();
    const forwarded = await inTx((em) => forwardConflictOfInterest(em, boss, id, {}, at('2026-06-02')));
    expect(forwarded).toMatchObject({
      status: 'awaiting_conclusion',
      forwardedOn: '2026-06-02',
      concludeDueOn: '2026-06-16',
    });
    const concluded = await inTx((em) =>
      concludeConflictOfInterest(
        em,
        officer,
        id,
        { conflictFound: true, conclusion: 'Remove her from the tender commission', referral: null },
        at('2026-06-05'),
      ),
    );
    expect(concluded).toMatchObject({
      status: 'awaiting_decision',
      identifiedOn: '2026-06-05',
      decideDueOn: '2026-06-19',
    });
    const decided = await inTx((em) =>
      decideConflictOfInterest(
        em,
        firstHead,
        id,
        { measures: ['remove_from_matter', 'transfer_to_equivalent_post'], note: 'Order 12-k' },
        at('2026-06-08'),
      ),
    );
    // 5 September 2026 is a Saturday: the term ends on Monday the 7th (Civil Code art. 173).
    expect(decided).toMatchObject({ status: 'awaiting_transfer', transferDueOn: '2026-09-07' });
    // HR reads the case once a transfer is decided, and records it (§15.6).
    const hrPerson = await (async () => {
      const em = db.orm.em.fork();
      const person = buildPerson(em, org.organization, org.root, { fullName: 'HR Officer' });
      grantRoles(em, person, ['employee', 'hr_officer']);
      await em.flush();
      return person;
    })();
    const hr = actorOf(hrPerson, ['employee', 'hr_officer']);
    expect((await conflictOfInterestCase(db.orm.em.fork(), hr, id, at('2026-07-01'))).actions).toEqual([
      'transfer',
    ]);
    const settled = await inTx((em) =>
      recordConflictTransfer(em, hr, id, { note: 'Moved to the archive unit, same grade' }, at('2026-07-01')),
    );
    expect(settled).toMatchObject({
      status: 'settled',
      transferredOn: '2026-07-01',
      settledOn: '2026-07-01',
      settledInTime: true,
      currentStep: null,
    });
    const register = await listConflictRegister(db.orm.em.fork(), officer, { search: settled.number });
    expect(register.rows).toEqual([
      expect.objectContaining({
        source: 'notification',
        status: 'settled',
        caseNumber: settled.number,
        counterparty: 'TOO Alem Supply',
        notifiedOn: '2026-06-01',
        forwardedOn: '2026-06-02',
        concludedOn: '2026-06-05',
        decidedOn: '2026-06-08',
        transferredOn: '2026-07-01',
        settledOn: '2026-07-01',
        // The measures as codes the reader's language words; the entry keeps the decision's note.
        measureCodes: ['remove_from_matter', 'transfer_to_equivalent_post'],
        measures: 'Order 12-k',
      }),
    ]);
  });

  it('settles at once when the responsible unit finds no conflict', async () => {
    const { id } = await notify();
    await inTx((em) => forwardConflictOfInterest(em, boss, id, {}, at('2026-06-02')));
    const concluded = await inTx((em) =>
      concludeConflictOfInterest(
        em,
        officer,
        id,
        { conflictFound: false, conclusion: 'She left the bidder in 2024' },
        at('2026-06-03'),
      ),
    );
    expect(concluded).toMatchObject({ status: 'settled', conflictFound: false, settledInTime: true });
  });

  it('marks a case settled late when a step passed its due day', async () => {
    const { id } = await notify();
    // Due Thursday 4 June; forwarded the next Monday.
    await inTx((em) => forwardConflictOfInterest(em, boss, id, {}, at('2026-06-08')));
    const concluded = await inTx((em) =>
      concludeConflictOfInterest(
        em,
        officer,
        id,
        { conflictFound: false, conclusion: 'None' },
        at('2026-06-09'),
      ),
    );
    expect(concluded.settledInTime).toBe(false);
  });

  it('lets the responsible unit forward in place of a manager once the step is overdue, not before', async () => {
    const { id } = await notify();
    await unchanged(
      () => inTx((em) => forwardConflictOfInterest(em, officer, id, {}, at('2026-06-03'))),
      ForbiddenError,
    );
    const forwarded = await inTx((em) => forwardConflictOfInterest(em, officer, id, {}, at('2026-06-05')));
    expect(forwarded.forwardedBy?.id).toBe(officerPerson.id);
  });

  it('goes to the next one up when the direct manager is the related employee', async () => {
    const notified = await notify(actorOf(colleague, ['employee']), {
      ...SUPPLIER,
      relatedEmployeeId: manager.id,
    });
    expect(notified.forwardOwner?.id).toBe(deputyPerson.id);
  });

  it('refuses a notification that names the notifier as the related person, and changes nothing', async () => {
    await unchanged(() => notify(staff, { ...SUPPLIER, relatedEmployeeId: employee.id }), ValidationError);
    // A declared "relative" with the notifier's own IIN is the notifier.
    const em = db.orm.em.fork();
    const self = em.create(RelatedPerson, {
      organization: org.organization,
      person: employee,
      relation: 'sibling_full',
      fullName: 'Procurement Specialist',
      iin: employee.iin,
    });
    await em.flush();
    await unchanged(() => notify(staff, { ...SUPPLIER, relatedPersonId: self.id }), ValidationError);
  });

  it('names a declared relative, and opens the register entry with them', async () => {
    const em = db.orm.em.fork();
    const brother = em.create(RelatedPerson, {
      organization: org.organization,
      person: employee,
      relation: 'sibling_full',
      fullName: 'Нұржан Жұмабаев',
      workplace: 'ТОО «Дала Сервис»',
    });
    await em.flush();
    const notified = await notify(staff, { ...SUPPLIER, relatedPersonId: brother.id, relationKind: null });
    expect(notified).toMatchObject({ relatedPersonName: 'Нұржан Жұмабаев', relationKind: 'sibling_full' });
    const entry = await db.orm.em.fork().findOneOrFail(ConflictRegisterEntry, { sourceId: notified.id });
    expect(entry).toMatchObject({
      source: 'notification',
      status: 'open',
      relatedPerson: { id: brother.id },
    });
  });

  it('refuses a notification without the counterparty or the decision at stake', async () => {
    await unchanged(() => notify(staff, { ...SUPPLIER, counterparty: '  ' }), ValidationError);
    await unchanged(() => notify(staff, { ...SUPPLIER, decisionAtStake: '' }), ValidationError);
  });

  it('asks a first head who notifies to name a deputy, who forwards and decides (§15.5)', async () => {
    await unchanged(() => notify(firstHead), ValidationError);
    const { id, forwardOwner } = await notify(firstHead, { ...SUPPLIER, deputyId: deputyPerson.id });
    expect(forwardOwner?.id).toBe(deputyPerson.id);
    await inTx((em) => forwardConflictOfInterest(em, deputy, id, {}, at('2026-06-02')));
    await inTx((em) =>
      concludeConflictOfInterest(
        em,
        officer,
        id,
        { conflictFound: true, conclusion: 'Yes' },
        at('2026-06-03'),
      ),
    );
    const decided = await inTx((em) =>
      decideConflictOfInterest(
        em,
        deputy,
        id,
        { measures: ['other_measures'], note: 'Recused' },
        at('2026-06-04'),
      ),
    );
    expect(decided).toMatchObject({ status: 'settled', decidedBy: { id: deputyPerson.id } });
  });

  it('assigns the employee a short course as a measure (§15.4), through Training, or changes nothing', async () => {
    const { course } = await buildPublishedCourse(db.orm, officer, {
      title: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest' },
    });
    const { id } = await notify(staff);
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
    const decide = (course: { courseId: string; dueOn: string } | null) => () =>
      inTx((em) =>
        decideConflictOfInterest(
          em,
          firstHead,
          id,
          { measures: ['assign_course', 'remove_from_matter'], note: 'Course and recusal', course },
          at('2026-06-04'),
        ),
      );
    const assignments = () => db.orm.em.fork().count(Assignment, {});
    const before = await assignments();
    await unchanged(decide(null), ValidationError);
    await unchanged(decide({ courseId: newId(), dueOn: '2026-07-01' }), NotFoundError);
    expect(await assignments()).toBe(before);

    const decided = await decide({ courseId: course.id, dueOn: '2026-07-01' })();
    expect(decided).toMatchObject({
      status: 'settled',
      measures: ['assign_course', 'remove_from_matter'],
      assignedCourse: { courseId: course.id, dueOn: '2026-07-01', title: { ru: 'Конфликт интересов' } },
    });
    const enrolments = await db.orm.em
      .fork()
      .find(Enrolment, { assignment: decided.assignedCourse!.assignmentId });
    expect(enrolments.map((e) => [e.person.id, e.dueOn])).toEqual([[employee.id, '2026-07-01']]);
  });

  it('refuses a step by a party to the conflict, and changes nothing', async () => {
    // The officer notifies about herself: she may not conclude on it.
    const { id } = await notify(officer);
    await inTx((em) => forwardConflictOfInterest(em, firstHead, id, {}, at('2026-06-02')));
    await unchanged(
      () =>
        inTx((em) =>
          concludeConflictOfInterest(
            em,
            officer,
            id,
            { conflictFound: false, conclusion: 'Mine' },
            at('2026-06-03'),
          ),
        ),
      ForbiddenError,
    );
    // The first head notifies about himself: the deputy decides, not he (§15.5).
    const own = await notify(firstHead, { ...SUPPLIER, deputyId: deputyPerson.id });
    await inTx((em) => forwardConflictOfInterest(em, deputy, own.id, {}, at('2026-06-02')));
    await inTx((em) =>
      concludeConflictOfInterest(
        em,
        officer,
        own.id,
        { conflictFound: true, conclusion: 'Yes' },
        at('2026-06-03'),
      ),
    );
    await unchanged(
      () =>
        inTx((em) =>
          decideConflictOfInterest(
            em,
            firstHead,
            own.id,
            { measures: ['change_duties'], note: 'x' },
            at('2026-06-04'),
          ),
        ),
      ForbiddenError,
    );
    // The first head is the related employee of another case: to him it does not exist.
    const other = await notify(staff, { ...SUPPLIER, relatedEmployeeId: head.id, deputyId: deputyPerson.id });
    await inTx((em) => forwardConflictOfInterest(em, boss, other.id, {}, at('2026-06-02')));
    await inTx((em) =>
      concludeConflictOfInterest(
        em,
        officer,
        other.id,
        { conflictFound: true, conclusion: 'Yes' },
        at('2026-06-03'),
      ),
    );
    await unchanged(
      () =>
        inTx((em) =>
          decideConflictOfInterest(
            em,
            firstHead,
            other.id,
            { measures: ['change_duties'], note: 'x' },
            at('2026-06-04'),
          ),
        ),
      NotFoundError,
    );
  });

  it('refuses a decision with no measure or an unknown one', async () => {
    const { id } = await notify();
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
    await unchanged(
      () =>
        inTx((em) =>
          decideConflictOfInterest(em, firstHead, id, { measures: [], note: 'x' }, at('2026-06-04')),
        ),
      ValidationError,
    );
    await unchanged(
      () =>
        inTx((em) =>
          decideConflictOfInterest(em, firstHead, id, { measures: ['fire'], note: 'x' }, at('2026-06-04')),
        ),
      ValidationError,
    );
  });

  it('refuses a step taken twice', async () => {
    const { id } = await notify();
    await inTx((em) => forwardConflictOfInterest(em, boss, id, {}, at('2026-06-02')));
    await unchanged(
      () => inTx((em) => forwardConflictOfInterest(em, boss, id, {}, at('2026-06-02'))),
      ConflictError,
    );
  });

  it('shows the case to its notifier and the responsible unit, never to the related employee', async () => {
    const { id } = await notify(staff, { ...SUPPLIER, relatedEmployeeId: colleague.id });
    const em = db.orm.em.fork();
    expect((await conflictOfInterestCase(em, staff, id, MONDAY)).actions).toEqual([]);
    expect((await conflictOfInterestCase(em, boss, id, MONDAY)).actions).toEqual(['forward']);
    await expect(
      conflictOfInterestCase(em, actorOf(colleague, ['employee']), id, MONDAY),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('concurrent steps on one case', () => {
  it('lets exactly one of two concurrent forwards win', async () => {
    const { id } = await notify();
    const result = outcomes(
      await concurrently(db.orm, 2, (em) => forwardConflictOfInterest(em, boss, id, {}, at('2026-06-02'))),
    );
    expect(result.fulfilled).toHaveLength(1);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toBeInstanceOf(ConflictError);
    expect(
      await db.orm.em.fork().count(AuditEvent, { entityId: id, action: 'conflict_of_interest.forwarded' }),
    ).toBe(1);
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const { id } = await notify();
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
    const result = outcomes(
      await concurrently(db.orm, 2, (em, index) =>
        decideConflictOfInterest(
          em,
          firstHead,
          id,
          { measures: [index === 0 ? 'change_duties' : 'remove_from_matter'], note: `Decision ${index}` },
          at('2026-06-04'),
        ),
      ),
    );
    expect(result.fulfilled).toHaveLength(1);
    expect(result.rejected[0]).toBeInstanceOf(ConflictError);
    expect(
      await db.orm.em.fork().count(AuditEvent, { entityId: id, action: 'conflict_of_interest.decided' }),
    ).toBe(1);
  });

  it('numbers concurrent notifications without a gap or a clash', async () => {
    const result = outcomes(
      await concurrently(db.orm, 4, (em) => notifyConflictOfInterest(em, staff, SUPPLIER, MONDAY)),
    );
    expect(result.fulfilled).toHaveLength(4);
    expect(new Set(result.fulfilled.map((c) => c.number)).size).toBe(4);
  });
});

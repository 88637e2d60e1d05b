import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { addHoliday } from '../../kernel/public-holidays.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { LabourDispute } from './labour-dispute.entity.js';
import {
  listLabourDisputes,
  openLabourDispute,
  recordDisputeDecision,
  recordProtocolForwarded,
  type LabourDisputeView,
} from './labour-disputes.js';
import { grantProtection } from './protection.js';

let db: TestDatabase;
let org: BuiltOrganization;
let other: BuiltOrganization;
let keeper: Actor;
let person: IPerson;
let otherPerson: IPerson;

const NOW = new Date('2026-05-20T06:00:00Z');
const at = (day: string, time = '06:00:00'): Date => new Date(`${day}T${time}Z`);
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

function open(appliedOn: string, who: IPerson = person, actor: Actor = keeper): Promise<LabourDisputeView> {
  return inTx((em) =>
    openLabourDispute(em, actor, { personId: who.id, appliedOn, body: 'conciliation_commission' }, NOW),
  );
}

/** §40.3, §40.7: the Agency's representative attended, and the members present signed. */
const SIGNED = {
  agencyRepresentativeAttended: true,
  signatories: [{ name: 'Айгүл Сәрсенова' }, { name: 'Иван Петров' }],
};

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  other = await buildOrganization(em);
  person = buildPerson(em, org.organization, org.root, { fullName: 'Protected Employee' });
  otherPerson = buildPerson(em, other.organization, other.root, { fullName: 'Other Employee' });
  const headPerson = buildPerson(em, org.organization, org.root, { fullName: 'Compliance Head' });
  await em.flush();
  keeper = actorOf(headPerson, ['employee', 'compliance_head']);
  await inTx((tx) =>
    grantProtection(
      tx,
      keeper,
      {
        personId: person.id,
        basis: 'open_reporter',
        reportId: newId(),
        reportNumber: 'HL-2026-0001',
        reportDate: '2026-01-10',
      },
      NOW,
    ),
  );
});

afterAll(async () => {
  await db?.drop();
});

describe('labour disputes of protected people (§40.4)', () => {
  it('makes the decision due 30 calendar days after the application, moved past days off, and links the protection', async () => {
    const dispute = await open('2026-04-10');
    expect(dispute).toMatchObject({
      person: { id: person.id, fullName: 'Protected Employee' },
      body: 'conciliation_commission',
      appliedOn: '2026-04-10',
      // 30 days end on Sunday 10 May; Monday 11 May is the day off for Victory Day on a Saturday,
      // so the term ends on Tuesday 12 May (Civil Code art. 173).
      decisionDueOn: '2026-05-12',
      decidedOn: null,
      protocolDueOn: null,
    });
    const stored = await db.orm.em.fork().findOneOrFail(LabourDispute, { id: dispute.id });
    expect(stored.protectionRecord).not.toBeNull();
  });

  it('makes the protocol due 3 working days after a Friday decision before a holiday Monday', async () => {
    const dispute = await open('2026-04-20');
    // 9 May 2026 is a Saturday: Monday 11 May is the day off in its place.
    const decided = await inTx((em) =>
      recordDisputeDecision(
        em,
        keeper,
        dispute.id,
        { decidedOn: '2026-05-08', decision: 'Reinstate', ...SIGNED },
        NOW,
      ),
    );
    expect(decided).toMatchObject({
      decidedOn: '2026-05-08',
      protocolDueOn: '2026-05-14',
      decision: 'Reinstate',
    });
  });

  it('counts the organisation’s own days off on top of the national ones', async () => {
    await inTx((em) => addHoliday(em, org.admin, { date: '2026-05-12', name: 'Day of the city' }));
    const ours = await open('2026-04-21');
    const decided = await inTx((em) =>
      recordDisputeDecision(
        em,
        keeper,
        ours.id,
        { decidedOn: '2026-05-08', decision: 'Reinstate', ...SIGNED },
        NOW,
      ),
    );
    expect(decided.protocolDueOn).toBe('2026-05-15');

    // Another organisation's calendar does not have that day.
    const theirs = await inTx((em) =>
      openLabourDispute(
        em,
        { ...other.admin, roles: ['hr_officer'] },
        { personId: otherPerson.id, appliedOn: '2026-04-21', body: 'court' },
        NOW,
      ),
    );
    const theirsDecided = await inTx((em) =>
      recordDisputeDecision(
        em,
        { ...other.admin, roles: ['hr_officer'] },
        theirs.id,
        { decidedOn: '2026-05-08', decision: 'Dismiss the claim', ...SIGNED },
        NOW,
      ),
    );
    expect(theirsDecided.protocolDueOn).toBe('2026-05-14');
  });

  it('flags an undecided dispute overdue from the day after its due date, on Kazakhstan time', async () => {
    const dispute = await open('2026-03-01');
    const view = async (now: Date) =>
      (await listLabourDisputes(db.orm.em.fork(), keeper, now)).find((d) => d.id === dispute.id);
    expect(dispute.decisionDueOn).toBe('2026-03-31');
    expect((await view(at('2026-03-31', '18:59:00')))?.decisionOverdue).toBe(false);
    // 19:00 UTC is midnight in Kazakhstan: 1 April has begun.
    expect((await view(at('2026-03-31', '19:00:00')))?.decisionOverdue).toBe(true);
  });

  it('flags a protocol overdue until it is recorded as forwarded', async () => {
    const dispute = await open('2026-03-02');
    await inTx((em) =>
      recordDisputeDecision(
        em,
        keeper,
        dispute.id,
        { decidedOn: '2026-03-20', decision: 'Cancel the reprimand', ...SIGNED },
        NOW,
      ),
    );
    const view = async (now: Date) =>
      (await listLabourDisputes(db.orm.em.fork(), keeper, now)).find((d) => d.id === dispute.id);
    // Nauryz: 23–25 March are days off, so the 3 working days are 26, 27 and 30 March.
    expect((await view(at('2026-03-30')))?.protocolDueOn).toBe('2026-03-30');
    expect((await view(at('2026-03-30')))?.protocolOverdue).toBe(false);
    expect(await view(at('2026-03-31'))).toMatchObject({ protocolOverdue: true, decisionOverdue: false });

    const forwarded = await inTx((em) =>
      recordProtocolForwarded(em, keeper, dispute.id, { forwardedOn: '2026-03-31' }, NOW),
    );
    expect(forwarded).toMatchObject({ protocolForwardedOn: '2026-03-31', protocolOverdue: false });
    const [event] = await db.orm.em
      .fork()
      .find(AuditEvent, { action: 'labour_dispute.protocol_forwarded', entityId: dispute.id });
    expect(event?.data).toEqual({ forwardedOn: '2026-03-31', late: true });
  });

  it('refuses to forward a protocol before the decision, twice, or dated before the decision', async () => {
    const dispute = await open('2026-05-04');
    const forward = (day: string) =>
      inTx((em) => recordProtocolForwarded(em, keeper, dispute.id, { forwardedOn: day }, NOW));
    await expect(forward('2026-05-15')).rejects.toBeInstanceOf(ConflictError);
    await inTx((em) =>
      recordDisputeDecision(
        em,
        keeper,
        dispute.id,
        { decidedOn: '2026-05-14', decision: 'Reinstate', ...SIGNED },
        NOW,
      ),
    );
    await expect(forward('2026-05-13')).rejects.toBeInstanceOf(ValidationError);
    await forward('2026-05-15');
    await expect(forward('2026-05-16')).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses a second decision, a decision before the application and dates in the future', async () => {
    const dispute = await open('2026-05-05');
    const decide = (decidedOn: string) =>
      inTx((em) =>
        recordDisputeDecision(em, keeper, dispute.id, { decidedOn, decision: 'Decision', ...SIGNED }, NOW),
      );
    await expect(decide('2026-05-04')).rejects.toBeInstanceOf(ValidationError);
    await expect(decide('2026-05-21')).rejects.toBeInstanceOf(ValidationError);
    await expect(open('2026-05-21')).rejects.toBeInstanceOf(ValidationError);
    await decide('2026-05-19');
    await expect(decide('2026-05-20')).rejects.toBeInstanceOf(ConflictError);
  });

  it('takes today as the decision day when none is given', async () => {
    const dispute = await open('2026-05-06');
    const decided = await inTx((em) =>
      recordDisputeDecision(
        em,
        keeper,
        dispute.id,
        { decision: 'Settled', ...SIGNED },
        at('2026-05-20', '20:00:00'),
      ),
    );
    // 20:00 UTC on 20 May is 01:00 on 21 May in Kazakhstan; Monday 25 May is 3 working days on.
    expect(decided).toMatchObject({ decidedOn: '2026-05-21', protocolDueOn: '2026-05-26' });
  });

  it('writes each step on the audit trail', async () => {
    const dispute = await open('2026-05-07');
    await inTx((em) =>
      recordDisputeDecision(
        em,
        keeper,
        dispute.id,
        { decidedOn: '2026-05-18', decision: 'Reinstate', ...SIGNED },
        NOW,
      ),
    );
    const events = await db.orm.em
      .fork()
      .find(AuditEvent, { entityId: dispute.id }, { orderBy: { seq: 'asc' } });
    expect(events.map((e) => [e.action, e.data])).toEqual([
      // 30 days end on Saturday 6 June: the term ends on Monday 8 June (Civil Code art. 173).
      [
        'labour_dispute.opened',
        { body: 'conciliation_commission', appliedOn: '2026-05-07', decisionDueOn: '2026-06-08' },
      ],
      [
        'labour_dispute.decided',
        {
          decidedOn: '2026-05-18',
          protocolDueOn: '2026-05-21',
          late: false,
          agencyRepresentativeAttended: true,
          signatories: 2,
        },
      ],
    ]);
  });

  it('records whether the Agency attended and who signed: staff by their staff-list name, others as typed', async () => {
    const dispute = await open('2026-05-08');
    const decided = await inTx((em) =>
      recordDisputeDecision(
        em,
        keeper,
        dispute.id,
        {
          decidedOn: '2026-05-18',
          decision: 'Reinstate',
          agencyRepresentativeAttended: false,
          signatories: [{ personId: keeper.personId }, { name: '  Иван   Петров ' }],
        },
        NOW,
      ),
    );
    expect(decided).toMatchObject({
      agencyRepresentativeAttended: false,
      signatories: [
        { personId: keeper.personId, name: 'Compliance Head' },
        { personId: null, name: 'Иван Петров' },
      ],
    });
  });

  it('refuses a decision with nobody who signed, a member named twice or no word on the Agency, and changes nothing', async () => {
    const dispute = await open('2026-05-11');
    const decide = (input: Partial<typeof SIGNED>) =>
      inTx((em) =>
        recordDisputeDecision(
          em,
          keeper,
          dispute.id,
          { decision: 'Reinstate', ...SIGNED, ...input } as Parameters<typeof recordDisputeDecision>[3],
          NOW,
        ),
      ).catch((e: unknown) => e);
    const keys = async (input: Partial<typeof SIGNED>) =>
      ((await decide(input)) as ValidationError).messageKey;
    expect(await keys({ signatories: [] })).toBe('hotline.dispute.signatoriesRequired');
    expect(await keys({ signatories: [{ name: 'Иван Петров' }, { name: 'иван петров' }] })).toBe(
      'hotline.dispute.signatoryTwice',
    );
    expect(await keys({ signatories: [{ name: '  ' }] })).toBe('hotline.dispute.signatoryName');
    expect(await keys({ agencyRepresentativeAttended: undefined as unknown as boolean })).toBe(
      'hotline.dispute.attendanceRequired',
    );
    const stored = await db.orm.em.fork().findOneOrFail(LabourDispute, { id: dispute.id });
    expect([stored.decidedOn, stored.signatories, stored.agencyRepresentativeAttended]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('refuses a dispute with no body to hear it', async () => {
    const error = await inTx((em) =>
      openLabourDispute(
        em,
        keeper,
        { personId: person.id, appliedOn: '2026-05-11', body: 'arbitration' },
        NOW,
      ),
    ).catch((e: unknown) => e);
    expect((error as ValidationError).messageKey).toBe('hotline.dispute.body');
  });

  it('keeps the files to HR and the responsible unit', async () => {
    const employee = actorOf(person, ['employee']);
    await expect(open('2026-05-01', person, employee)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listLabourDisputes(db.orm.em.fork(), employee, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const auditor = actorOf(person, ['auditor']);
    expect((await listLabourDisputes(db.orm.em.fork(), auditor, NOW)).length).toBeGreaterThan(0);
  });
});

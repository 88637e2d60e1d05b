import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import { assignHotlineCase } from '../cases/case-assignment.js';
import { getHotlineCase } from '../cases/case-view.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { setHotlineAlternateHandler } from '../hotline-settings.js';
import {
  decideIdentityDisclosure,
  pendingDisclosureDecisions,
  readReporterIdentity,
  requestIdentityDisclosure,
} from './identity.js';
import { IdentityDisclosure } from './identity-disclosure.entity.js';
import { linkInvolvedPersons } from '../cases/triage.js';

let w: HotlineWorld;
let caseId: string;
let legal: Actor;
let namedPerson: Actor;
let namedManager: Actor;

const T0 = new Date('2026-06-01T05:00:00Z');
const IDENTITY = { name: 'Әлия Серікқызы Нұрова', contact: 'aliya@example.kz' };

beforeAll(async () => {
  w = await createHotlineWorld();
  legal = (await w.person(['employee'])).actor;
  const manager = await w.person(['employee']);
  namedManager = manager.actor;
  namedPerson = (await w.person(['employee'], { manager: manager.person })).actor;
  caseId = (await w.report({ anonymous: false, ...IDENTITY }, T0)).reportId;
  await w.inTx((em) => linkInvolvedPersons(em, w.head, caseId, [namedPerson.personId]));
  await w.inTx((em) => assignHotlineCase(em, w.head, caseId, [w.investigator.personId], T0));
});

afterAll(async () => {
  await w?.db.drop();
});

function request(by: Actor, forWhom: Actor, reason = 'Тексеру үшін қажет') {
  return w.inTx((em) =>
    requestIdentityDisclosure(em, by, caseId, { forPersonId: forWhom.personId, reason }, T0),
  );
}

function decide(by: Actor, disclosureId: string, approved = true) {
  return w.inTx((em) => decideIdentityDisclosure(em, by, disclosureId, approved, T0));
}

function read(actor: Actor) {
  return w.inTx((em) => readReporterIdentity(em, actor, w.keyring, caseId));
}

async function identityReads(): Promise<{ actorPersonId: string | null; data: Record<string, unknown> }[]> {
  const events = await w.db.orm.em
    .fork()
    .find(AuditEvent, { entityId: caseId, action: 'hotline.identity_read' }, { orderBy: { seq: 'asc' } });
  return events.map((e) => ({ actorPersonId: e.actorPersonId ?? null, data: e.data }));
}

describe("an open reporter's identity", () => {
  it('is read by the assigned investigator, and the read is on the audit trail without the identity', async () => {
    await expect(read(w.investigator)).resolves.toEqual(IDENTITY);
    const reads = await identityReads();
    expect(reads).toEqual([
      { actorPersonId: w.investigator.personId, data: { basis: 'assigned', anonymous: false } },
    ]);
    expect(JSON.stringify(reads)).not.toContain('Әлия');
  });

  it('is refused to the compliance head and others without an approved disclosure, and not in the case view', async () => {
    const before = (await identityReads()).length;
    for (const actor of [w.head, w.otherInvestigator, legal]) {
      await expect(read(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await identityReads()).toHaveLength(before);
    const view = await getHotlineCase(w.db.orm.em.fork(), w.head, w.keyring, caseId, T0);
    expect(view.hasReporterIdentity).toBe(true);
    expect(view.viewerCan.readIdentity).toBe(false);
    expect(JSON.stringify(view)).not.toContain('Әлия');
  });

  it('is revealed to another person only after the compliance head approves, and each read is audited', async () => {
    const disclosure = await w.inTx((em) =>
      requestIdentityDisclosure(
        em,
        w.investigator,
        caseId,
        { forPersonId: legal.personId, reason: 'Заң департаменті куә ретінде шақырады' },
        T0,
      ),
    );
    await expect(read(legal)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      w.inTx((em) => decideIdentityDisclosure(em, w.investigator, disclosure.id, true, T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const decided = await w.inTx((em) => decideIdentityDisclosure(em, w.head, disclosure.id, true, T0));
    expect(decided).toMatchObject({ approved: true, decidedAt: T0 });
    expect(decided.decidedBy?.id).toBe(w.head.personId);
    expect(decided.requestedFor.id).toBe(legal.personId);
    await expect(
      w.inTx((em) => decideIdentityDisclosure(em, w.head, disclosure.id, false, T0)),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(read(legal)).resolves.toEqual(IDENTITY);
    expect((await identityReads()).at(-1)).toEqual({
      actorPersonId: legal.personId,
      data: { basis: 'disclosure', anonymous: false },
    });
    // The compliance head still has no disclosure of their own.
    await expect(read(w.head)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('is never disclosed to a person the report names nor to their manager', async () => {
    for (const person of [namedPerson, namedManager]) {
      await expect(
        w.inTx((em) =>
          requestIdentityDisclosure(
            em,
            w.investigator,
            caseId,
            { forPersonId: person.personId, reason: 'Түсініктеме' },
            T0,
          ),
        ),
      ).rejects.toBeInstanceOf(ValidationError);
    }
  });

  it('is null for an anonymous report, and the request for its disclosure is a CONFLICT', async () => {
    const anonymous = (await w.report({}, T0)).reportId;
    await w.inTx((em) => assignHotlineCase(em, w.head, anonymous, [w.investigator.personId], T0));
    await expect(
      w.inTx((em) => readReporterIdentity(em, w.investigator, w.keyring, anonymous)),
    ).resolves.toBeNull();
    await expect(
      w.inTx((em) =>
        requestIdentityDisclosure(
          em,
          w.investigator,
          anonymous,
          { forPersonId: legal.personId, reason: 'x' },
          T0,
        ),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('four eyes on a disclosure (approver ≠ requester ≠ beneficiary)', () => {
  it('refuses the self-disclosure attack: the compliance head neither asks for herself, nor approves for herself or her own request, and reads nothing', async () => {
    const before = await w.db.orm.em.fork().count(IdentityDisclosure, { report: caseId });
    await expect(request(w.head, w.head)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await w.db.orm.em.fork().count(IdentityDisclosure, { report: caseId })).toBe(before);

    const forHead = await request(w.investigator, w.head);
    await expect(decide(w.head, forHead.id)).rejects.toThrow(/for you/);
    const byHead = await request(w.head, legal);
    await expect(decide(w.head, byHead.id)).rejects.toThrow(/You asked/);
    await expect(read(w.head)).rejects.toBeInstanceOf(ForbiddenError);

    const stored = await w.db.orm.em
      .fork()
      .find(IdentityDisclosure, { id: { $in: [forHead.id, byHead.id] } });
    expect(stored.map((d) => d.approved ?? null)).toEqual([null, null]);
    const view = await getHotlineCase(w.db.orm.em.fork(), w.head, w.keyring, caseId, T0);
    expect(view.disclosures.filter((d) => d.viewerCanDecide).map((d) => d.id)).not.toContain(forHead.id);
    expect(view.disclosures.filter((d) => d.viewerCanDecide).map((d) => d.id)).not.toContain(byHead.id);
  });

  it('lets the alternate handler or the first head decide what involves the only compliance head', async () => {
    const board = (await w.person(['employee', 'board_member'])).actor;
    const first = (await w.person(['employee', 'first_head'])).actor;
    const colleague = (await w.person(['employee'])).actor;
    await w.inTx((em) => setHotlineAlternateHandler(em, first, board.personId));

    const forHead = await request(w.investigator, w.head, 'Басшы куәгерлермен сөйлесуі керек');
    const byHead = await request(w.head, colleague, 'Кадр бөлімі қорғау шараларын дайындайды');
    const forLegal = await request(w.investigator, legal, 'Заң бөлімі');

    const waiting = await pendingDisclosureDecisions(w.db.orm.em.fork(), board);
    expect(waiting.map((d) => d.id)).toEqual(expect.arrayContaining([forHead.id, byHead.id]));
    // A request that does not involve the one who runs the case stays the compliance head's.
    expect(waiting.map((d) => d.id)).not.toContain(forLegal.id);
    expect(waiting[0]?.caseNumber).toMatch(/^HL-2026-/);
    await expect(decide(board, forLegal.id)).rejects.toBeInstanceOf(ForbiddenError);
    // The second pair of eyes decides without seeing the case.
    await expect(getHotlineCase(w.db.orm.em.fork(), board, w.keyring, caseId, T0)).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    await expect(decide(board, forHead.id)).resolves.toMatchObject({ approved: true });
    await expect(decide(first, byHead.id, false)).resolves.toMatchObject({ approved: false });
    await expect(decide(w.head, forLegal.id, false)).resolves.toMatchObject({ approved: false });
    await expect(read(w.head)).resolves.toEqual(IDENTITY);
    expect((await identityReads()).at(-1)).toEqual({
      actorPersonId: w.head.personId,
      data: { basis: 'disclosure', anonymous: false },
    });
    await expect(read(colleague)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('is kept by the database too: a disclosure decided by its beneficiary cannot be stored', async () => {
    const em = w.db.orm.em.fork();
    em.create(IdentityDisclosure, {
      organization: w.org.organization.id,
      report: caseId,
      requestedBy: w.investigator.personId,
      requestedFor: w.otherInvestigator.personId,
      reason: 'Өзі бекітті',
      requestedAt: T0,
      decidedBy: w.otherInvestigator.personId,
      decidedAt: T0,
      approved: true,
    });
    await expect(em.flush()).rejects.toThrow(/hotline_identity_disclosure_four_eyes_check/);
  });
});

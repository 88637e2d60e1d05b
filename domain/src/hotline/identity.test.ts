import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ConflictError, ForbiddenError, ValidationError } from '../kernel/errors.js';
import type { Actor } from '../kernel/actor.js';
import { assignHotlineCase } from './case-assignment.js';
import { getHotlineCase } from './case-view.js';
import { createHotlineWorld, type HotlineWorld } from './hotline-fixtures.js';
import { decideIdentityDisclosure, readReporterIdentity, requestIdentityDisclosure } from './identity.js';
import { linkInvolvedPersons } from './triage.js';

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

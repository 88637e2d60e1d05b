import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { assignHotlineCase, investigatorCandidates } from './case-assignment.js';
import { listHotlineCases } from './case-list.js';
import { getHotlineCase } from './case-view.js';
import { caseConflictDeclarations, declareCaseConflict } from './conflict-declaration.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import { HotlineConflictDeclaration } from './hotline-conflict-declaration.entity.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { linkInvolvedPersons, triageHotlineCase } from './triage.js';

// Annex 2 case 7: an investigator with a personal interest in a case gives written notice of it
// and refuses to investigate; §69: the case is handled free of conflicts of interest.

let w: HotlineWorld;
const T0 = new Date('2026-05-04T04:00:00Z');
const REASON = 'Тексерілетін қызметкер — менің туысым.';

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

async function assignedCase(): Promise<string> {
  const { reportId } = await w.report({}, T0);
  await w.inTx((tx) => assignHotlineCase(tx, w.head, reportId, [w.investigator.personId], T0));
  return reportId;
}

async function currentAssignees(reportId: string): Promise<string[]> {
  const rows = await em().find(HotlineCaseAssignment, { report: reportId, unassignedAt: null });
  return rows.map((row) => row.investigator.id);
}

describe('an investigator who declares a conflict of interest', () => {
  it('leaves the case: it is no longer in their queue, and the head sees it unassigned', async () => {
    const id = await assignedCase();
    await w.inTx((tx) => declareCaseConflict(tx, w.investigator, w.keyring, id, REASON, T0));
    expect(await currentAssignees(id)).toEqual([]);
    const theirs = await listHotlineCases(em(), w.investigator, {}, T0);
    expect(theirs.items.map((item) => item.id)).not.toContain(id);
    await expect(getHotlineCase(em(), w.investigator, w.keyring, id, T0)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const head = await getHotlineCase(em(), w.head, w.keyring, id, T0);
    expect(head.assignees).toEqual([]);
  });

  it('drops out of the candidates and can never be assigned to the case again', async () => {
    const id = await assignedCase();
    await w.inTx((tx) => declareCaseConflict(tx, w.investigator, w.keyring, id, REASON, T0));
    const candidates = await investigatorCandidates(em(), w.head, id);
    expect(candidates.find((c) => c.person.id === w.investigator.personId)).toMatchObject({
      eligible: false,
      reason: 'declared_conflict',
    });
    expect(candidates.find((c) => c.person.id === w.otherInvestigator.personId)).toMatchObject({
      eligible: true,
      reason: null,
    });
    const refused = w.inTx((tx) => assignHotlineCase(tx, w.head, id, [w.investigator.personId], T0));
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({ messageKey: 'hotline.assignment.declaredConflict' });
    expect(await currentAssignees(id)).toEqual([]);
  });

  it('may declare it on a case only offered to them, before any assignment', async () => {
    const { reportId: id } = await w.report({}, T0);
    await w.inTx((tx) => declareCaseConflict(tx, w.otherInvestigator, w.keyring, id, REASON, T0));
    const [declaration] = await caseConflictDeclarations(em(), w.head, w.keyring, id);
    expect(declaration).toMatchObject({
      person: { id: w.otherInvestigator.personId },
      reason: REASON,
      wasAssigned: false,
    });
  });

  it('is on the audit trail with the case and the person, never the reason, which is sealed', async () => {
    const id = await assignedCase();
    await w.inTx((tx) => declareCaseConflict(tx, w.investigator, w.keyring, id, REASON, T0));
    const event = await em().findOneOrFail(AuditEvent, { entityId: id, action: 'hotline.conflict_declared' });
    expect(event.data).toMatchObject({ personId: w.investigator.personId, unassigned: true });
    expect(JSON.stringify(event.data)).not.toContain('туысым');
    const row = await em().findOneOrFail(HotlineConflictDeclaration, { report: id });
    expect(Buffer.from(row.reasonSealed).toString('utf8')).not.toContain('туысым');
    const declarations = await caseConflictDeclarations(em(), w.head, w.keyring, id);
    expect(declarations.map((d) => d.reason)).toEqual([REASON]);
  });

  it('shows the reasons only to the one who runs the case', async () => {
    const id = await assignedCase();
    await w.inTx((tx) => assignHotlineCase(tx, w.head, id, [w.otherInvestigator.personId], T0));
    await expect(caseConflictDeclarations(em(), w.otherInvestigator, w.keyring, id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe('a declaration refused', () => {
  async function snapshot(id: string) {
    const fork = em();
    return {
      declarations: await fork.count(HotlineConflictDeclaration, { report: id }),
      assignees: await currentAssignees(id),
      audit: await fork.count(AuditEvent, { entityId: id }),
    };
  }

  it('on a closed case is CONFLICT and changes nothing', async () => {
    const id = await assignedCase();
    await w.inTx((tx) =>
      triageHotlineCase(tx, w.head, w.keyring, id, { scope: 'out_of_scope', reason: 'not_related' }, T0),
    );
    const before = await snapshot(id);
    const refused = w.inTx((tx) => declareCaseConflict(tx, w.investigator, w.keyring, id, REASON, T0));
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({ messageKey: 'hotline.case.closedFor' });
    expect(await snapshot(id)).toEqual(before);
  });

  it('without a reason is VALIDATION and changes nothing', async () => {
    const id = await assignedCase();
    const before = await snapshot(id);
    const refused = w.inTx((tx) => declareCaseConflict(tx, w.investigator, w.keyring, id, '   ', T0));
    await expect(refused).rejects.toMatchObject({ messageKey: 'hotline.conflict.reasonRequired' });
    expect(await snapshot(id)).toEqual(before);
    expect(before.assignees).toEqual([w.investigator.personId]);
  });

  it('a second time is CONFLICT', async () => {
    const id = await assignedCase();
    await w.inTx((tx) => declareCaseConflict(tx, w.investigator, w.keyring, id, REASON, T0));
    const again = w.inTx((tx) => declareCaseConflict(tx, w.investigator, w.keyring, id, REASON, T0));
    await expect(again).rejects.toMatchObject({ messageKey: 'hotline.conflict.alreadyDeclared' });
  });

  it('from someone who is not an investigator, or whom the report names, is FORBIDDEN', async () => {
    const id = await assignedCase();
    const officer = (await w.person(['employee', 'compliance_officer'])).actor;
    await expect(
      w.inTx((tx) => declareCaseConflict(tx, officer, w.keyring, id, REASON, T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const { reportId: named } = await w.report({}, T0);
    await w.inTx((tx) => linkInvolvedPersons(tx, w.head, named, [w.otherInvestigator.personId]));
    await expect(
      w.inTx((tx) => declareCaseConflict(tx, w.otherInvestigator, w.keyring, named, REASON, T0)),
    ).rejects.toMatchObject({ messageKey: 'hotline.case.notAssigned' });
  });
});

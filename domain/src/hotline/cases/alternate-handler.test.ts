import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { Person } from '../../org/person.entity.js';
import { dueAcknowledgementAlerts } from '../alerts/acknowledgement-alerts.js';
import { casesAwaitingAlternateHandler } from './awaiting-alternate.js';
import { assignHotlineCase, investigatorCandidates } from './case-assignment.js';
import { readHotlineAttachment } from './case-files.js';
import { listHotlineCases } from './case-list.js';
import { grantCaseProtection } from '../protection/case-protection.js';
import { getHotlineCase } from './case-view.js';
import { acknowledgeHotlineCase, addHotlineNote } from './case-work.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { setHotlineAlternateHandler, updateHotlineSettings } from '../hotline-settings.js';
import {
  decideIdentityDisclosure,
  readReporterIdentity,
  requestIdentityDisclosure,
} from '../identity/identity.js';
import { listProtectionRecords } from '../protection/protection.js';
import {
  addHotlineRecommendation,
  completeHotlineRecommendation,
  listOpenRecommendations,
} from '../recommendations/recommendations.js';
import { linkInvolvedPersons, triageHotlineCase } from './triage.js';

// ADR 008: a person a report names loses every access to its case, whatever their role; a case
// that names the compliance head goes to the alternate handler the first head names, and the
// head sees only that it exists.

let w: HotlineWorld;
let board: Actor;
let first: Actor;
let officer: Actor;
let legal: Actor;
let caseId: string;
let caseNumber: string;
let attachmentId: string;

const T0 = new Date('2026-07-01T04:00:00Z');
const HOUR = 3_600_000;
const IDENTITY = { name: 'Нұрлан Әбенов', contact: '+7 777 123 45 67' };
const PDF = new TextEncoder().encode('%PDF-1.4 төлем тапсырмасы');

beforeAll(async () => {
  w = await createHotlineWorld();
  board = (await w.person(['employee', 'board_member'])).actor;
  first = (await w.person(['employee', 'first_head'])).actor;
  officer = (await w.person(['employee', 'compliance_officer'])).actor;
  legal = (await w.person(['employee'])).actor;
  const filed = await w.report(
    {
      anonymous: false,
      ...IDENTITY,
      who: 'Комплаенс қызметінің басшысы',
      attachments: [{ fileName: 'төлем.pdf', contentType: 'application/pdf', data: PDF }],
    },
    T0,
  );
  caseId = filed.reportId;
  caseNumber = filed.number;
  const view = await getHotlineCase(w.db.orm.em.fork(), w.head, w.keyring, caseId, T0);
  attachmentId = view.attachments[0]?.id ?? '';
  // The case is assigned; its investigator learns who is meant and names the compliance head.
  await w.inTx((em) => assignHotlineCase(em, w.head, caseId, [w.investigator.personId], T0));
  await w.inTx((em) => linkInvolvedPersons(em, w.investigator, caseId, [w.head.personId]));
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

async function headQueueRow() {
  const queue = await listHotlineCases(em(), w.head, { search: caseNumber }, T0);
  return queue.items[0];
}

describe('a compliance head the report names', () => {
  it('gets FORBIDDEN on the case, its identity, files and notes, and changes nothing', async () => {
    const refused = [
      () => getHotlineCase(em(), w.head, w.keyring, caseId, T0),
      () => w.inTx((tx) => readReporterIdentity(tx, w.head, w.keyring, caseId)),
      () => w.inTx((tx) => readHotlineAttachment(tx, w.head, w.keyring, attachmentId)),
      () => w.inTx((tx) => addHotlineNote(tx, w.head, w.keyring, caseId, 'Менің түсініктемем', T0)),
      () => w.inTx((tx) => assignHotlineCase(tx, w.head, caseId, [w.otherInvestigator.personId], T0)),
      () => w.inTx((tx) => linkInvolvedPersons(tx, w.head, caseId, [])),
      () => investigatorCandidates(em(), w.head, caseId),
    ];
    for (const attempt of refused) {
      await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    }
    // The refusal tells her what her queue shows anyway, never that the report names her.
    await expect(refused[0]?.()).rejects.toThrow(/handled by the alternate handler/);
    const view = await getHotlineCase(em(), w.investigator, w.keyring, caseId, T0);
    expect(view.notes).toEqual([]);
    expect(view.involvedPersons.map((p) => p.id)).toEqual([w.head.personId]);
    expect(view.assignees.map((p) => p.id)).toEqual([w.investigator.personId]);
  });

  it('sees in the queue only that the case exists: number, date, status, who handles it', async () => {
    const row = await headQueueRow();
    expect(row).toEqual({
      id: caseId,
      number: caseNumber,
      status: 'received',
      receivedAt: T0,
      handledBy: 'awaiting_alternate',
      withheld: true,
    });
    // No filter on what the case is about tells her anything of it.
    for (const filter of [
      { category: 'corruption' as const },
      { overdueOnly: true },
      { scope: 'pending' as const },
    ]) {
      const page = await listHotlineCases(
        em(),
        w.head,
        { ...filter, limit: 100 },
        new Date(T0.getTime() + 48 * HOUR),
      );
      expect(page.items.map((c) => c.id)).not.toContain(caseId);
    }
  });

  it('never gets the case back by default: it waits for the first head, flagged on the dashboard and by e-mail', async () => {
    const waiting = await casesAwaitingAlternateHandler(em(), first);
    expect(waiting).toMatchObject({ key: 'awaiting_alternate_handler', count: null, display: '< 5' });
    const alerts = await dueAcknowledgementAlerts(
      em(),
      w.org.organization.id,
      new Date(T0.getTime() + 25 * HOUR),
    );
    // Its investigator is warned; with nobody assigned, the first head would be.
    const alert = alerts.find((a) => a.reportId === caseId);
    expect(alert?.recipients.map((r) => r.fullName)).toHaveLength(1);
    expect(JSON.stringify(alerts)).not.toContain(await emailOf(w.head));
  });

  it('cannot take herself off the list of people the report names', async () => {
    await expect(w.inTx((tx) => linkInvolvedPersons(tx, w.head, caseId, []))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // Nor can the investigator who named her: only the case's manager removes a name.
    await expect(w.inTx((tx) => linkInvolvedPersons(tx, w.investigator, caseId, []))).rejects.toThrow(
      /Only the case's manager removes/,
    );
  });
});

async function emailOf(actor: Actor): Promise<string> {
  return (await em().findOneOrFail(Person, { id: actor.personId })).email;
}

describe('the alternate handler', () => {
  it('is named by the first head: not by the compliance head, and never someone of the compliance service', async () => {
    await expect(
      w.inTx((tx) => setHotlineAlternateHandler(tx, w.head, board.personId)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    for (const inService of [officer, w.otherInvestigator, w.head]) {
      await expect(
        w.inTx((tx) => setHotlineAlternateHandler(tx, first, inService.personId)),
      ).rejects.toMatchObject({ code: 'VALIDATION', details: { reason: 'compliance_service' } });
    }
    await expect(
      w.inTx((tx) => updateHotlineSettings(tx, first, { acknowledgeHours: 12 })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const settings = await w.inTx((tx) => setHotlineAlternateHandler(tx, first, board.personId));
    expect(settings.alternateHandler?.id).toBe(board.personId);
    expect((await headQueueRow())?.handledBy).toBe('alternate');
    expect((await casesAwaitingAlternateHandler(em(), first)).count).toBe(0);
  });

  it('has the manager’s rights on that case only: triage, assign, acknowledge, disclosures', async () => {
    const queue = await listHotlineCases(em(), board, {}, T0);
    expect(queue.items.map((c) => [c.id, c.withheld])).toEqual([[caseId, false]]);

    const view = await getHotlineCase(em(), board, w.keyring, caseId, T0);
    expect(view.content.who).toBe('Комплаенс қызметінің басшысы');
    expect(view.handledBy).toBe('alternate');
    expect(view.viewerCan).toMatchObject({ assign: true, work: true, readIdentity: false });

    await w.inTx((tx) => triageHotlineCase(tx, board, w.keyring, caseId, { scope: 'in_scope' }, T0));
    await w.inTx((tx) =>
      assignHotlineCase(tx, board, caseId, [w.investigator.personId, w.otherInvestigator.personId], T0),
    );
    await w.inTx((tx) => acknowledgeHotlineCase(tx, board, w.keyring, caseId, T0));
    await expect(
      w.inTx((tx) => readHotlineAttachment(tx, board, w.keyring, attachmentId)),
    ).resolves.toMatchObject({
      fileName: 'төлем.pdf',
    });

    // Any other case stays the compliance head's: the alternate handler sees none of it.
    const other = (await w.report({}, T0)).reportId;
    await expect(getHotlineCase(em(), board, w.keyring, other, T0)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      w.inTx((tx) => triageHotlineCase(tx, board, w.keyring, other, { scope: 'in_scope' }, T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('decides disclosures on that case; the first head decides the ones for the alternate handler', async () => {
    const forLegal = await w.inTx((tx) =>
      requestIdentityDisclosure(
        tx,
        w.investigator,
        caseId,
        { forPersonId: legal.personId, reason: 'Заң бөлімі' },
        T0,
      ),
    );
    await expect(
      w.inTx((tx) => decideIdentityDisclosure(tx, w.head, forLegal.id, true, T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await w.inTx((tx) => decideIdentityDisclosure(tx, board, forLegal.id, true, T0));
    await expect(w.inTx((tx) => readReporterIdentity(tx, legal, w.keyring, caseId))).resolves.toEqual(
      IDENTITY,
    );

    const forBoard = await w.inTx((tx) =>
      requestIdentityDisclosure(
        tx,
        w.investigator,
        caseId,
        { forPersonId: board.personId, reason: 'Шешім үшін' },
        T0,
      ),
    );
    await expect(
      w.inTx((tx) => decideIdentityDisclosure(tx, board, forBoard.id, true, T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await w.inTx((tx) => decideIdentityDisclosure(tx, first, forBoard.id, true, T0));
    await expect(w.inTx((tx) => readReporterIdentity(tx, board, w.keyring, caseId))).resolves.toEqual(
      IDENTITY,
    );
    // The compliance head reads nothing of it, whoever asks for her.
    await expect(
      w.inTx((tx) =>
        requestIdentityDisclosure(
          tx,
          w.investigator,
          caseId,
          { forPersonId: w.head.personId, reason: 'x' },
          T0,
        ),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { reason: 'named' } });
  });

  it('keeps the case’s recommendations and protection records from the compliance head', async () => {
    const recommendation = await w.inTx((tx) =>
      addHotlineRecommendation(
        tx,
        board,
        caseId,
        {
          kind: 'disciplinary',
          text: 'Тәртіптік комиссияға жіберу.',
          ownerId: board.personId,
          dueOn: '2026-08-01',
        },
        T0,
      ),
    );
    expect((await listOpenRecommendations(em(), w.head, {}, T0)).map((r) => r.id)).not.toContain(
      recommendation.id,
    );
    expect((await listOpenRecommendations(em(), board, {}, T0)).map((r) => r.id)).toContain(
      recommendation.id,
    );
    await expect(
      w.inTx((tx) => completeHotlineRecommendation(tx, w.head, recommendation.id, {}, T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const record = await w.inTx((tx) =>
      grantCaseProtection(tx, w.investigator, caseId, { personId: legal.personId, basis: 'assisted' }, T0),
    );
    expect((await listProtectionRecords(em(), w.head, {}, T0)).map((r) => r.id)).not.toContain(record.id);
  });

  it('loses the case when the report names them too: it waits for another', async () => {
    await w.inTx((tx) => linkInvolvedPersons(tx, board, caseId, [w.head.personId, board.personId]));
    await expect(getHotlineCase(em(), board, w.keyring, caseId, T0)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await headQueueRow())?.handledBy).toBe('awaiting_alternate');
    await expect(getHotlineCase(em(), w.investigator, w.keyring, caseId, T0)).resolves.toMatchObject({
      handledBy: 'awaiting_alternate',
    });
  });
});

describe('naming a compliance head', () => {
  it('cannot be blocked by keeping her own people on the case: they leave it instead', async () => {
    const headPerson = await em().findOneOrFail(Person, { id: w.head.personId });
    const subordinate = (await w.person(['employee', 'hotline_investigator'], { manager: headPerson })).actor;
    const id = (await w.report({}, T0)).reportId;
    await w.inTx((tx) =>
      assignHotlineCase(tx, w.head, id, [subordinate.personId, w.investigator.personId], T0),
    );
    // Naming anyone else in her line is still refused while her subordinate is assigned.
    await expect(
      w.inTx((tx) => linkInvolvedPersons(tx, w.investigator, id, [subordinate.personId])),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await w.inTx((tx) => linkInvolvedPersons(tx, subordinate, id, [w.head.personId], T0));
    const view = await getHotlineCase(em(), w.investigator, w.keyring, id, T0);
    expect(view.assignees.map((p) => p.id)).toEqual([w.investigator.personId]);
    await expect(getHotlineCase(em(), subordinate, w.keyring, id, T0)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('any person a report names', () => {
  it('loses an identity disclosure approved before they were named', async () => {
    const id = (await w.report({ anonymous: false, ...IDENTITY }, T0)).reportId;
    await w.inTx((tx) => assignHotlineCase(tx, w.head, id, [w.investigator.personId], T0));
    const request = await w.inTx((tx) =>
      requestIdentityDisclosure(tx, w.investigator, id, { forPersonId: legal.personId, reason: 'Куә' }, T0),
    );
    await w.inTx((tx) => decideIdentityDisclosure(tx, w.head, request.id, true, T0));
    await expect(w.inTx((tx) => readReporterIdentity(tx, legal, w.keyring, id))).resolves.toEqual(IDENTITY);
    await w.inTx((tx) => linkInvolvedPersons(tx, w.head, id, [legal.personId]));
    await expect(w.inTx((tx) => readReporterIdentity(tx, legal, w.keyring, id))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // The compliance head still runs a case that names someone else.
    await expect(getHotlineCase(em(), w.head, w.keyring, id, T0)).resolves.toMatchObject({
      handledBy: 'compliance',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/actor.js';
import { assignHotlineCase, investigatorCandidates } from './case-assignment.js';
import { listHotlineCases } from './case-list.js';
import { getHotlineCase } from './case-view.js';
import {
  acknowledgeHotlineCase,
  addHotlineNote,
  closeHotlineCase,
  giveInterimFeedback,
  recordFindings,
  sendHotlineMessage,
} from './case-work.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import { HotlineMessage } from '../reporter/hotline-message.entity.js';
import { HotlineReport } from './hotline-report.entity.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import {
  addHotlineRecommendation,
  completeHotlineRecommendation,
  listOpenRecommendations,
} from '../recommendations/recommendations.js';
import { hotlineReportByReceipt } from '../reporter/reporter.js';
import { linkInvolvedPersons, triageHotlineCase } from './triage.js';

let w: HotlineWorld;
/** director → department head → named person → subordinate → their subordinate; each an investigator. */
let line: Record<'director' | 'deptHead' | 'named' | 'subordinate' | 'subSubordinate', Actor>;

const T0 = new Date('2026-05-04T04:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

beforeAll(async () => {
  w = await createHotlineWorld();
  const roles = ['employee', 'hotline_investigator'] as const;
  const director = await w.person(roles);
  const deptHead = await w.person(roles, { manager: director.person });
  const named = await w.person(roles, { manager: deptHead.person });
  const subordinate = await w.person(roles, { manager: named.person });
  const subSubordinate = await w.person(roles, { manager: subordinate.person });
  line = {
    director: director.actor,
    deptHead: deptHead.actor,
    named: named.actor,
    subordinate: subordinate.actor,
    subSubordinate: subSubordinate.actor,
  };
});

afterAll(async () => {
  await w?.db.drop();
});

async function snapshot(reportId: string): Promise<unknown> {
  const em = w.db.orm.em.fork();
  const report = await em.findOneOrFail(HotlineReport, { id: reportId });
  return {
    status: report.status,
    acknowledgedAt: report.acknowledgedAt,
    assignments: await em.count(HotlineCaseAssignment, { report: reportId }),
    messages: await em.count(HotlineMessage, { report: reportId }),
    audit: await em.count(AuditEvent, { entityId: reportId }),
  };
}

async function assignedCase(
  investigator: Actor = w.investigator,
  now = T0,
): Promise<{ id: string; receipt: string }> {
  const { reportId, receipt } = await w.report({}, now);
  await w.inTx((em) => assignHotlineCase(em, w.head, reportId, [investigator.personId], now));
  return { id: reportId, receipt };
}

describe('assignment (§69: independent handling)', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = (await w.report({}, T0)).reportId;
    await w.inTx((em) => linkInvolvedPersons(em, w.head, caseId, [line.named.personId]));
  });

  it('refuses the person the report names and everyone in their reporting line, with typed details, and changes nothing', async () => {
    const before = await snapshot(caseId);
    const expected = [
      [line.named, 'named'],
      [line.deptHead, 'reporting_line'],
      [line.director, 'reporting_line'],
      [line.subordinate, 'reporting_line'],
      [line.subSubordinate, 'reporting_line'],
    ] as const;
    for (const [person, reason] of expected) {
      const error = await w
        .inTx((em) => assignHotlineCase(em, w.head, caseId, [w.investigator.personId, person.personId], T0))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details).toMatchObject({ personId: person.personId, reason });
    }
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('lists the investigators with who may take the case and why not', async () => {
    const candidates = await investigatorCandidates(w.db.orm.em.fork(), w.head, caseId);
    const reasonOf = (a: Actor) => candidates.find((c) => c.person.id === a.personId);
    expect(reasonOf(line.named)).toMatchObject({ eligible: false, reason: 'named' });
    expect(reasonOf(line.director)).toMatchObject({ eligible: false, reason: 'reporting_line' });
    expect(reasonOf(line.subSubordinate)).toMatchObject({ eligible: false, reason: 'reporting_line' });
    expect(reasonOf(w.investigator)).toMatchObject({ eligible: true, reason: null });
    expect(candidates.some((c) => c.person.id === w.head.personId)).toBe(false);
  });

  it('refuses someone who is not an investigator, and an empty list', async () => {
    const { actor: clerk } = await w.person(['employee']);
    await expect(
      w.inTx((em) => assignHotlineCase(em, w.head, caseId, [clerk.personId], T0)),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { personId: clerk.personId, reason: 'not_investigator' },
    });
    await expect(w.inTx((em) => assignHotlineCase(em, w.head, caseId, [], T0))).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('is for the compliance head only', async () => {
    await expect(
      w.inTx((em) => assignHotlineCase(em, w.investigator, caseId, [w.investigator.personId], T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('replaces the current investigators, keeping the history', async () => {
    await w.inTx((em) => assignHotlineCase(em, w.head, caseId, [w.investigator.personId], T0));
    await w.inTx((em) => assignHotlineCase(em, w.head, caseId, [w.otherInvestigator.personId], at(1)));
    const rows = await w.db.orm.em
      .fork()
      .find(HotlineCaseAssignment, { report: caseId }, { orderBy: { assignedAt: 'asc' } });
    expect(rows.map((r) => [r.investigator.id, r.unassignedAt])).toEqual([
      [w.investigator.personId, at(1)],
      [w.otherInvestigator.personId, null],
    ]);
  });

  it('refuses to link a named person while one of the investigators is in their line', async () => {
    const { reportId } = await w.report({}, T0);
    await w.inTx((em) => assignHotlineCase(em, w.head, reportId, [line.deptHead.personId], T0));
    await expect(
      w.inTx((em) => linkInvolvedPersons(em, w.head, reportId, [line.named.personId])),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { personId: line.deptHead.personId, reason: 'reporting_line' },
    });
  });
});

describe('need to know: an investigator works only the cases assigned to them', () => {
  it('refuses reads and writes on a case not assigned to them, with FORBIDDEN and no change', async () => {
    const { id } = await assignedCase(w.otherInvestigator);
    const before = await snapshot(id);
    const attempts: (() => Promise<unknown>)[] = [
      () => getHotlineCase(w.db.orm.em.fork(), w.investigator, w.keyring, id, T0),
      () => w.inTx((em) => acknowledgeHotlineCase(em, w.investigator, w.keyring, id, T0)),
      () =>
        w.inTx((em) =>
          sendHotlineMessage(em, w.investigator, w.keyring, id, { kind: 'question', body: 'Сұрақ' }, T0),
        ),
      () => w.inTx((em) => addHotlineNote(em, w.investigator, w.keyring, id, 'Ескерту', T0)),
      () =>
        w.inTx((em) =>
          recordFindings(em, w.investigator, w.keyring, id, { findings: 'x', outcome: 'substantiated' }),
        ),
    ];
    for (const attempt of attempts) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).message).toBe('This case is not assigned to you');
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it('shows an investigator only their cases in the queue, the compliance head all of them', async () => {
    const mine = await assignedCase(w.investigator);
    const theirs = await assignedCase(w.otherInvestigator);
    const em = w.db.orm.em.fork();
    const forInvestigator = await listHotlineCases(em, w.investigator, { limit: 100 }, T0);
    const ids = forInvestigator.items.map((c) => c.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(forInvestigator.total).toBe(ids.length);
    const forHead = await listHotlineCases(em, w.head, { limit: 100 }, T0);
    expect(forHead.items.map((c) => c.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(JSON.stringify(forHead)).not.toContain('конверт');
    await expect(listHotlineCases(em, { ...w.head, roles: ['auditor'] }, {}, T0)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('finds a case by its number and lists overdue acknowledgements', async () => {
    const late = await w.report({}, new Date(T0.getTime() - 2 * DAY));
    const em = w.db.orm.em.fork();
    const found = await listHotlineCases(em, w.head, { search: late.number }, T0);
    expect(found.items.map((c) => c.id)).toEqual([late.reportId]);
    expect(found.items[0]).toMatchObject({ overdueAcknowledgement: true, status: 'received', assignees: [] });
    const overdue = await listHotlineCases(em, w.head, { overdueOnly: true, limit: 100 }, T0);
    expect(overdue.items.map((c) => c.id)).toContain(late.reportId);
    expect(overdue.items.every((c) => !c.withheld && c.overdueAcknowledgement)).toBe(true);
    await expect(listHotlineCases(em, w.head, { limit: 101 }, T0)).rejects.toBeInstanceOf(ValidationError);
  });

  it('gives an unknown case NOT_FOUND', async () => {
    await expect(
      getHotlineCase(w.db.orm.em.fork(), w.head, w.keyring, '00000000-0000-4000-8000-000000000000', T0),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('acknowledgement and feedback (§69)', () => {
  it('acknowledges once, with a default message, and records whether it was within 24 hours', async () => {
    const { id, receipt } = await assignedCase();
    const report = await w.inTx((em) => acknowledgeHotlineCase(em, w.investigator, w.keyring, id, at(5)));
    expect(report).toMatchObject({ status: 'acknowledged', acknowledgedAt: at(5) });
    await expect(
      w.inTx((em) => acknowledgeHotlineCase(em, w.head, w.keyring, id, at(6))),
    ).rejects.toBeInstanceOf(ConflictError);
    const event = await w.db.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { entityId: id, action: 'hotline.acknowledged' });
    expect(event).toMatchObject({ actorPersonId: w.investigator.personId, data: { inTime: true } });
    const view = await w.inTx((em) => hotlineReportByReceipt(em, w.keyring, receipt, at(7)));
    expect(view.acknowledgedAt).toEqual(at(5)); // The queue says the same as the trail: in time, the KPI's rule (§69).
    const listed = await listHotlineCases(w.db.orm.em.fork(), w.head, {}, at(7));
    expect(listed.items.find((c) => c.id === id)).toMatchObject({ acknowledgedInTime: true });
    const late = await assignedCase();
    await w.inTx((em) => acknowledgeHotlineCase(em, w.investigator, w.keyring, late.id, at(25)));
    const again = await listHotlineCases(w.db.orm.em.fork(), w.head, {}, at(26));
    expect(again.items.find((c) => c.id === late.id)).toMatchObject({ acknowledgedInTime: false });
  });

  it('refuses to acknowledge a closed case (CONFLICT) and changes nothing', async () => {
    const { reportId } = await w.report({}, T0);
    await w.inTx((em) =>
      triageHotlineCase(
        em,
        w.head,
        w.keyring,
        reportId,
        { scope: 'out_of_scope', reason: 'personal_revenge' },
        at(1),
      ),
    );
    const before = await snapshot(reportId);
    const error = await w
      .inTx((em) => acknowledgeHotlineCase(em, w.head, w.keyring, reportId, at(2)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toMatch(/closed/);
    expect(await snapshot(reportId)).toEqual(before);
  });

  it('closes an out-of-scope report with its reason and tells the reporter (§69: personal revenge, baseless attacks)', async () => {
    const { reportId, receipt } = await w.report({}, T0);
    await expect(
      w.inTx((em) => triageHotlineCase(em, w.head, w.keyring, reportId, { scope: 'out_of_scope' }, at(1))),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'reason' } });
    await w.inTx((em) =>
      triageHotlineCase(
        em,
        w.head,
        w.keyring,
        reportId,
        { scope: 'out_of_scope', reason: 'reputation_attack', note: 'Ішкі түсініктеме' },
        at(1),
      ),
    );
    const view = await w.inTx((em) => hotlineReportByReceipt(em, w.keyring, receipt, at(2)));
    expect(view).toMatchObject({ status: 'closed', outcome: 'out_of_scope' });
    expect(view.messages.at(-1)).toMatchObject({ kind: 'outcome', code: 'out_of_scope' });
    expect(JSON.stringify(view)).not.toContain('Ішкі түсініктеме');
  });

  it('moves the processing deadline with interim feedback stating the days the check takes', async () => {
    const { id } = await assignedCase();
    await expect(
      w.inTx((em) =>
        giveInterimFeedback(em, w.investigator, w.keyring, id, { checkDays: 91, body: 'Тексеру' }, at(1)),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    const report = await w.inTx((em) =>
      giveInterimFeedback(
        em,
        w.investigator,
        w.keyring,
        id,
        { checkDays: 10, body: 'Тексеру 10 күн алады.' },
        at(1),
      ),
    );
    expect(report).toMatchObject({ checkDays: 10, processBy: at(1 + 240), status: 'in_progress' });
  });

  it('closes only after the findings, shows the handlers the whole case, and keeps recommendations monitored after closing', async () => {
    const { id } = await assignedCase();
    const { person: owner } = await w.person(['employee']);
    await w.inTx((em) =>
      addHotlineNote(em, w.investigator, w.keyring, id, 'Куәгер сөйлесуге келісті', at(1)),
    );
    await expect(
      w.inTx((em) =>
        closeHotlineCase(
          em,
          w.investigator,
          w.keyring,
          id,
          { outcome: 'substantiated', messageToReporter: 'Расталды.' },
          at(2),
        ),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'no_findings' } });
    await w.inTx((em) =>
      recordFindings(em, w.investigator, w.keyring, id, {
        findings: 'Конверт алынғаны расталды.',
        outcome: 'substantiated',
      }),
    );
    const recommendation = await w.inTx((em) =>
      addHotlineRecommendation(
        em,
        w.investigator,
        id,
        { kind: 'disciplinary', text: 'Тәртіптік комиссияға жіберу', ownerId: owner.id, dueOn: '2026-05-20' },
        at(3),
      ),
    );
    await w.inTx((em) =>
      closeHotlineCase(
        em,
        w.investigator,
        w.keyring,
        id,
        { outcome: 'substantiated', messageToReporter: 'Расталды.' },
        at(4),
      ),
    );
    const view = await getHotlineCase(w.db.orm.em.fork(), w.investigator, w.keyring, id, at(5));
    expect(view).toMatchObject({
      status: 'closed',
      outcome: 'substantiated',
      findings: 'Конверт алынғаны расталды.',
      content: { what: expect.stringContaining('конверт'), where: 'Бас кеңсе, 4-қабат' },
      hasReporterIdentity: false,
      assignees: [{ id: w.investigator.personId }],
      viewerCan: { assign: false, acknowledge: false, work: false, readIdentity: false },
    });
    expect(view.notes.map((n) => [n.author.id, n.body])).toEqual([
      [w.investigator.personId, 'Куәгер сөйлесуге келісті'],
    ]);
    expect(view.messages.at(-1)).toMatchObject({
      kind: 'outcome',
      author: 'staff',
      authorPerson: { id: w.investigator.personId },
    });
    expect(view.recommendations).toEqual([
      expect.objectContaining({
        id: recommendation.id,
        kind: 'disciplinary',
        dueOn: '2026-05-20',
        overdue: false,
      }),
    ]);

    const overdue = await listOpenRecommendations(
      w.db.orm.em.fork(),
      w.head,
      { overdueOnly: true },
      new Date('2026-05-21T10:00:00Z'),
    );
    expect(overdue.map((r) => [r.id, r.overdue, r.caseNumber])).toContainEqual([
      recommendation.id,
      true,
      view.number,
    ]);
    await expect(
      w.inTx((em) =>
        completeHotlineRecommendation(em, w.otherInvestigator, recommendation.id, { note: 'x' }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const done = await w.inTx((em) =>
      completeHotlineRecommendation(
        em,
        { personId: owner.id, organizationId: w.head.organizationId, roles: ['employee'] },
        recommendation.id,
        { note: 'Комиссия шешім шығарды' },
        new Date('2026-05-19T10:00:00Z'),
      ),
    );
    expect(done).toMatchObject({ doneNote: 'Комиссия шешім шығарды', overdue: false });
    const open = await listOpenRecommendations(
      w.db.orm.em.fork(),
      w.head,
      {},
      new Date('2026-05-21T10:00:00Z'),
    );
    expect(open.map((r) => r.id)).not.toContain(recommendation.id);
    await expect(
      w.inTx((em) => completeHotlineRecommendation(em, w.head, recommendation.id, {})),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses messages, notes and findings on a closed case (CONFLICT)', async () => {
    const { reportId } = await w.report({}, T0);
    await w.inTx((em) =>
      triageHotlineCase(
        em,
        w.head,
        w.keyring,
        reportId,
        { scope: 'out_of_scope', reason: 'not_related' },
        at(1),
      ),
    );
    await expect(
      w.inTx((em) =>
        sendHotlineMessage(em, w.head, w.keyring, reportId, { kind: 'message', body: 'Сәлем' }, at(2)),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      w.inTx((em) =>
        recordFindings(em, w.head, w.keyring, reportId, { findings: 'x', outcome: 'substantiated' }),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      w.inTx((em) =>
        closeHotlineCase(
          em,
          w.head,
          w.keyring,
          reportId,
          { outcome: 'out_of_scope', messageToReporter: 'x' },
          at(2),
        ),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

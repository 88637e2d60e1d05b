import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { HotlineRetaliationAssessment } from '../cases/hotline-retaliation-assessment.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';
import { retaliationAssessmentOf } from '../cases/retaliation-assessment.js';
import { assignHotlineCase } from '../cases/case-assignment.js';
import { linkInvolvedPersons, triageHotlineCase, type TriageInput } from '../cases/triage.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { HOTLINE_WORK } from '../work-items.js';
import { HotlineProtectionTask } from './hotline-protection-task.entity.js';
import { completeProtectionTask, listProtectionTasks, protectionTaskOwners } from './protection-task.js';

// ISO 37002 §8.4: at triage the handler assesses the reporter's and witnesses' risk of
// retaliation; a high risk becomes a protection task with an owner and a review date.

let w: HotlineWorld;
let officer: Actor;
let hr: Actor;
const T0 = new Date('2026-05-04T04:00:00Z');
const DAY = 86_400_000;
const REASON = 'Хабарлаушының басшысы оны жұмыстан шығарамын деп қорқытқан.';

beforeAll(async () => {
  w = await createHotlineWorld();
  officer = (await w.person(['employee', 'compliance_officer'])).actor;
  hr = (await w.person(['employee', 'hr_officer'])).actor;
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

function triage(id: string, risk: TriageInput['retaliationRisk'], actor = w.head, now = T0) {
  return w.inTx((tx) =>
    triageHotlineCase(tx, actor, w.keyring, id, { scope: 'in_scope', retaliationRisk: risk }, now),
  );
}

async function snapshot(id: string) {
  const fork = em();
  const report = await fork.findOneOrFail(HotlineReport, { id });
  return {
    status: report.status,
    scope: report.scope,
    assessments: await fork.count(HotlineRetaliationAssessment, { report: id }),
    tasks: await fork.count(HotlineProtectionTask, { report: id }),
    audit: await fork.count(AuditEvent, { entityId: id }),
  };
}

describe('the retaliation risk assessed at triage', () => {
  it('low needs no reason and creates no task', async () => {
    const { reportId: id } = await w.report({}, T0);
    await triage(id, { level: 'low' });
    expect(await retaliationAssessmentOf(em(), w.keyring, id)).toMatchObject({ level: 'low', reason: null });
    expect(await em().count(HotlineProtectionTask, { report: id })).toBe(0);
  });

  it('high creates a protection task with its owner and review date, listed for the head and the owner', async () => {
    const { reportId: id, number } = await w.report({}, T0);
    await triage(id, {
      level: 'high',
      reason: REASON,
      task: { ownerId: officer.personId, reviewOn: '2026-05-11' },
    });
    expect(await retaliationAssessmentOf(em(), w.keyring, id)).toMatchObject({
      level: 'high',
      reason: REASON,
    });
    const forHead = await listProtectionTasks(em(), w.head, {}, T0);
    expect(forHead.find((t) => t.caseId === id)).toMatchObject({
      caseNumber: number,
      owner: { id: officer.personId },
      reviewOn: '2026-05-11',
      overdue: false,
      completedAt: null,
    });
    const forOwner = await listProtectionTasks(em(), officer, {}, T0);
    expect(forOwner.map((t) => t.caseId)).toContain(id);
    const audit = await em().find(AuditEvent, { entityId: id, action: { $like: 'hotline.%' } });
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['hotline.retaliation_risk_assessed', 'hotline.protection_task_created']),
    );
    // The reason is sealed: never in the audit trail nor in clear in its row.
    expect(JSON.stringify(audit.map((e) => e.data))).not.toContain('қорқытқан');
    const row = await em().findOneOrFail(HotlineRetaliationAssessment, { report: id });
    expect(Buffer.from(row.reasonSealed ?? new Uint8Array()).toString('utf8')).not.toContain('қорқытқан');
  });

  it('refuses medium or high without a reason, and high without an owner from the compliance staff or a review date', async () => {
    const { reportId: id } = await w.report({}, T0);
    const before = await snapshot(id);
    const cases: [TriageInput['retaliationRisk'], string][] = [
      [{ level: 'medium', reason: ' ' }, 'hotline.retaliation.reasonRequired'],
      [{ level: 'high' }, 'hotline.retaliation.reasonRequired'],
      [{ level: 'high', reason: REASON }, 'hotline.protectionTask.ownerRequired'],
      [
        { level: 'high', reason: REASON, task: { ownerId: hr.personId, reviewOn: '2026-05-11' } },
        'hotline.protectionTask.ownerNotStaff',
      ],
      [
        { level: 'high', reason: REASON, task: { ownerId: officer.personId, reviewOn: '2026-05-01' } },
        'hotline.protectionTask.reviewOn',
      ],
      [{ level: 'extreme' as 'high', reason: REASON }, 'hotline.retaliation.levelRequired'],
    ];
    for (const [risk, key] of cases) {
      const refused = triage(id, risk);
      await expect(refused).rejects.toBeInstanceOf(ValidationError);
      await expect(refused).rejects.toMatchObject({ messageKey: key });
    }
    expect(await snapshot(id)).toEqual(before);
  });
});

describe('a protection task', () => {
  async function highRiskCase(reviewOn: string) {
    const { reportId } = await w.report({}, T0);
    await triage(reportId, { level: 'high', reason: REASON, task: { ownerId: officer.personId, reviewOn } });
    const tasks = await listProtectionTasks(em(), w.head, {}, T0);
    const task = tasks.find((t) => t.caseId === reportId);
    if (!task) throw new Error('no task');
    return task;
  }

  it('is completed once with a note, by its owner; a second completion is CONFLICT', async () => {
    const task = await highRiskCase('2026-05-20');
    const done = await w.inTx((tx) =>
      completeProtectionTask(tx, officer, task.id, 'Басшысымен сөйлестік.', T0),
    );
    expect(done).toMatchObject({ completionNote: 'Басшысымен сөйлестік.', overdue: false });
    expect(done.completedAt).toEqual(T0);
    const again = w.inTx((tx) => completeProtectionTask(tx, w.head, task.id, 'Тағы.', T0));
    await expect(again).rejects.toBeInstanceOf(ConflictError);
  });

  it('is not completed without a note, nor by someone who neither owns it nor heads compliance', async () => {
    const task = await highRiskCase('2026-05-20');
    const other = (await w.person(['employee', 'compliance_officer'])).actor;
    await expect(
      w.inTx((tx) => completeProtectionTask(tx, officer, task.id, '  ', T0)),
    ).rejects.toMatchObject({ messageKey: 'hotline.protectionTask.noteRequired' });
    await expect(
      w.inTx((tx) => completeProtectionTask(tx, other, task.id, 'Жасалды.', T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      (await listProtectionTasks(em(), w.head, {}, T0)).find((t) => t.id === task.id)?.completedAt,
    ).toBeNull();
    expect((await listProtectionTasks(em(), other, {}, T0)).map((t) => t.id)).not.toContain(task.id);
  });

  it('past its review date is in its owner’s work, and leaves it once completed', async () => {
    const task = await highRiskCase('2026-05-05');
    const later = new Date(T0.getTime() + 3 * DAY);
    const items = async () =>
      (await HOTLINE_WORK.items(em(), officer, later)).filter((i) => i.kind === 'protection_task_overdue');
    expect((await items()).find((i) => i.id === `hotline:protection_task_overdue:${task.id}`)).toMatchObject({
      urgency: 'overdue',
      dueOn: '2026-05-05',
      path: '/hotline/protection',
      subject: { kk: task.caseNumber, ru: task.caseNumber, en: task.caseNumber },
    });
    expect((await HOTLINE_WORK.items(em(), w.head, later)).map((i) => i.id)).not.toContain(
      `hotline:protection_task_overdue:${task.id}`,
    );
    await w.inTx((tx) => completeProtectionTask(tx, officer, task.id, 'Жасалды.', later));
    expect((await items()).map((i) => i.id)).not.toContain(`hotline:protection_task_overdue:${task.id}`);
  });
});

// ADR 008: the people a report names never protect its reporter, and a compliance head named
// by a case learns nothing of its protection tasks.
describe('a protection task on a case that names someone', () => {
  async function namingCase(named: Actor) {
    const filed = await w.report({}, T0);
    await w.inTx((tx) => assignHotlineCase(tx, w.head, filed.reportId, [w.investigator.personId], T0));
    await w.inTx((tx) => linkInvolvedPersons(tx, w.investigator, filed.reportId, [named.personId]));
    return filed.reportId;
  }

  it('is never owned by a person the case names, who is not offered as an owner either', async () => {
    const id = await namingCase(officer);
    const owners = await protectionTaskOwners(em(), w.head, id);
    expect(owners.map((owner) => owner.id)).not.toContain(officer.personId);
    expect(owners.map((owner) => owner.id)).toContain(w.head.personId);
    const before = await snapshot(id);
    await expect(
      triage(id, {
        level: 'high',
        reason: REASON,
        task: { ownerId: officer.personId, reviewOn: '2026-05-11' },
      }),
    ).rejects.toMatchObject({
      messageKey: 'hotline.protectionTask.ownerNamed',
      details: { field: 'ownerId' },
    });
    expect(await snapshot(id)).toEqual(before);
  });

  it('is hidden from the compliance head once the case names her: not listed, and not found to complete', async () => {
    const { reportId: id } = await w.report({}, T0);
    await triage(id, {
      level: 'high',
      reason: REASON,
      task: { ownerId: officer.personId, reviewOn: '2026-05-11' },
    });
    const task = (await listProtectionTasks(em(), w.head, {}, T0)).find((t) => t.caseId === id);
    expect(task).toBeDefined();
    await w.inTx((tx) => assignHotlineCase(tx, w.head, id, [w.investigator.personId], T0));
    await w.inTx((tx) => linkInvolvedPersons(tx, w.investigator, id, [w.head.personId]));
    expect((await listProtectionTasks(em(), w.head, {}, T0)).map((t) => t.caseId)).not.toContain(id);
    await expect(
      w.inTx((tx) => completeProtectionTask(tx, w.head, task!.id, 'Сделано', T0)),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Its owner still has it.
    expect((await listProtectionTasks(em(), officer, {}, T0)).map((t) => t.caseId)).toContain(id);
  });
});

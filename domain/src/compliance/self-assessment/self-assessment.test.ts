import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { SELF_ASSESSMENT_WORK } from './work-items.js';
import { claimImprovementReminders, improvementReminderMails } from './improvement-reminders.js';
import { drawFrom, drawSelfAssessment, drawSize } from './draw.js';
import { addImprovementItem, completeImprovementItem, recordSelfAssessmentFinding } from './findings.js';
import {
  archiveComplianceProcess,
  complianceProcesses,
  recordInternalAuditCoverage,
  saveComplianceProcess,
} from './processes.js';
import { quarterDays, shiftQuarter } from '../../kernel/quarters.js';
import { parseQuarter, reviewedQuarter } from './quarter.js';
import { selfAssessment } from './self-assessment-view.js';

const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officer: Actor;
let auditor: Actor;
let owner: Actor;
const ids: Record<string, string> = {};

const tx = <T>(
  run: (em: Parameters<Parameters<TestDatabase['orm']['em']['transactional']>[0]>[0]) => Promise<T>,
) => db.orm.em.fork().transactional(run);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const people = [0, 1, 2].map(() => buildPerson(em, org.organization, org.root));
  await em.flush();
  officer = actorOf(people[0]!, ['employee', 'compliance_officer']);
  auditor = actorOf(people[1]!, ['employee', 'auditor']);
  owner = actorOf(people[2]!, ['employee']);
  await tx(async (t) => {
    // Q3 2026 is reviewed by the Q4 self-assessment: A–E ran in it, F began after it, G ended before.
    for (const [name, from, to] of [
      ['A', '2026-01-01', null],
      ['B', '2026-01-01', null],
      ['C', '2026-08-01', null],
      ['D', '2025-01-01', '2026-07-15'],
      ['E', '2026-01-01', null],
      ['F', '2026-10-01', null],
      ['G', '2026-01-01', '2026-06-30'],
    ] as const) {
      ids[name] = (await saveComplianceProcess(t, officer, { name, activeFrom: from, activeTo: to }, NOW)).id;
    }
  });
});

afterAll(async () => {
  await db?.drop();
});

describe('quarters', () => {
  it('are read as YYYY-Qn, and a self-assessment reviews the quarter before', () => {
    expect(parseQuarter(' 2026-Q4 ')).toBe('2026-Q4');
    expect(() => parseQuarter('2026-Q5')).toThrow(ValidationError);
    expect(reviewedQuarter('2026-Q1')).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(quarterDays('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });
});

describe('the number drawn (§73: 3–4 processes)', () => {
  it('is 3 or 4 from a pool of 4 or more, all of a smaller pool', () => {
    expect(drawSize(10, () => 0)).toBe(3);
    expect(drawSize(10, () => 1)).toBe(4);
    expect(drawSize(4, () => 1)).toBe(4);
    expect(drawSize(3, () => 1)).toBe(3);
    expect(drawSize(2, () => 1)).toBe(2);
  });

  it('draws distinct members of the pool', () => {
    const drawn = drawFrom(['a', 'b', 'c', 'd', 'e'], 4, (below) => below - 1);
    expect(new Set(drawn).size).toBe(4);
    for (const id of drawn) expect(['a', 'b', 'c', 'd', 'e']).toContain(id);
  });
});

describe('the process catalogue', () => {
  it('refuses a process that ends before it begins, and a name already taken', async () => {
    await expect(
      tx((t) =>
        saveComplianceProcess(
          t,
          officer,
          { name: 'X', activeFrom: '2026-05-01', activeTo: '2026-04-01' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'selfAssessment.process.endsBeforeStart' });
    await expect(tx((t) => saveComplianceProcess(t, officer, { name: 'A' }, NOW))).rejects.toMatchObject({
      messageKey: 'selfAssessment.process.nameTaken',
    });
  });

  it('is kept by the compliance service only; auditors read it', async () => {
    await expect(tx((t) => saveComplianceProcess(t, auditor, { name: 'Y' }, NOW))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await complianceProcesses(db.orm.em.fork(), auditor)).map((p) => p.name)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
    ]);
  });
});

describe('the draw', () => {
  it('draws from the processes active in the quarter before and not covered by internal audit in it', async () => {
    await tx((t) =>
      recordInternalAuditCoverage(t, officer, { quarter: '2026-Q3', processIds: [ids['B']!] }, NOW),
    );
    await tx((t) => archiveComplianceProcess(t, officer, ids['E']!, NOW));
    const before = await selfAssessment(db.orm.em.fork(), auditor, '2026-Q4', NOW);
    expect(before).toMatchObject({
      drawn: false,
      drawable: true,
      eligibleCount: 3,
      reviewedQuarter: '2026-Q3',
    });
    const view = await tx((t) => drawSelfAssessment(t, officer, '2026-Q4', NOW));
    // A, C and D remain: B was audited, E is archived, F began after and G ended before the quarter.
    expect(view.processes.map((p) => p.process.name).sort()).toEqual(['A', 'C', 'D']);
    expect(view).toMatchObject({ drawn: true, eligibleCount: 3, drawnBy: { id: officer.personId } });
  });

  it('is made once a quarter: a second draw is a CONFLICT and changes nothing', async () => {
    const first = await selfAssessment(db.orm.em.fork(), auditor, '2026-Q4', NOW);
    await expect(tx((t) => drawSelfAssessment(t, officer, '2026-Q4', NOW))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await selfAssessment(db.orm.em.fork(), auditor, '2026-Q4', NOW)).toEqual(first);
  });

  it('fixes the coverage of the quarter it reviewed', async () => {
    await expect(
      tx((t) => recordInternalAuditCoverage(t, officer, { quarter: '2026-Q3', processIds: [] }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'selfAssessment.coverage.fixed' });
  });

  it('refuses a quarter not begun, and a quarter with no process to draw', async () => {
    await expect(tx((t) => drawSelfAssessment(t, officer, '2027-Q1', NOW))).rejects.toMatchObject({
      messageKey: 'selfAssessment.quarter.notBegun',
    });
    await expect(tx((t) => drawSelfAssessment(t, officer, '2025-Q1', NOW))).rejects.toMatchObject({
      messageKey: 'selfAssessment.noEligibleProcesses',
    });
  });

  it('is the compliance service’s: an auditor may not draw', async () => {
    await expect(tx((t) => drawSelfAssessment(t, auditor, '2026-Q3', NOW))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe('findings and the improvement plan (§73 step 5: within 3 months)', () => {
  it('plans an improvement due 3 months after the finding unless told earlier, never later', async () => {
    const drawn = (await selfAssessment(db.orm.em.fork(), auditor, '2026-Q4', NOW)).processes[0]!;
    const recordedAt = new Date('2026-10-10T06:00:00Z');
    const view = await tx((t) =>
      recordSelfAssessmentFinding(
        t,
        officer,
        { drawnProcessId: drawn.id, text: 'No second check', severity: 'medium' },
        recordedAt,
      ),
    );
    const finding = view.processes.find((p) => p.id === drawn.id)!.findings[0]!;
    expect(finding.latestDueOn).toBe('2027-01-10');
    await expect(
      tx((t) =>
        addImprovementItem(
          t,
          officer,
          { findingId: finding.id, action: 'Add it', responsibleId: owner.personId, dueOn: '2027-01-11' },
          recordedAt,
        ),
      ),
    ).rejects.toMatchObject({
      messageKey: 'selfAssessment.improvement.dueTooLate',
      params: { latest: '2027-01-10' },
    });
    const planned = await tx((t) =>
      addImprovementItem(
        t,
        officer,
        { findingId: finding.id, action: 'Add a second check', responsibleId: owner.personId },
        recordedAt,
      ),
    );
    const item = planned.processes.flatMap((p) => p.findings).flatMap((f) => f.items)[0]!;
    expect(item).toMatchObject({ dueOn: '2027-01-10', status: 'open', overdue: false });
    ids['item'] = item.id;
  });

  it('shows an overdue item as the responsible person’s work and reminds them weekly', async () => {
    const late = new Date('2027-01-12T06:00:00Z');
    const work = await SELF_ASSESSMENT_WORK.items(db.orm.em.fork(), owner, late);
    expect(work.map((w) => [w.kind, w.dueOn])).toEqual([['compliance_improvement_overdue', '2027-01-10']]);
    expect(await SELF_ASSESSMENT_WORK.items(db.orm.em.fork(), officer, late)).toEqual([]);
    const first = await tx((t) => claimImprovementReminders(t, officer.organizationId, late));
    expect(first.flatMap(improvementReminderMails)).toHaveLength(1);
    expect(
      await tx((t) => claimImprovementReminders(t, officer.organizationId, new Date('2027-01-18T06:00:00Z'))),
    ).toEqual([]);
    expect(
      await tx((t) => claimImprovementReminders(t, officer.organizationId, new Date('2027-01-19T06:00:00Z'))),
    ).toHaveLength(1);
  });

  it('completes an item once', async () => {
    const done = await tx((t) =>
      completeImprovementItem(
        t,
        officer,
        ids['item']!,
        'Checked twice now',
        new Date('2027-01-20T06:00:00Z'),
      ),
    );
    expect(done.processes.flatMap((p) => p.findings).flatMap((f) => f.items)[0]).toMatchObject({
      status: 'done',
      completedOn: '2027-01-20',
      overdue: false,
    });
    await expect(
      tx((t) => completeImprovementItem(t, officer, ids['item']!, null, NOW)),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(
      await SELF_ASSESSMENT_WORK.items(db.orm.em.fork(), owner, new Date('2027-01-21T06:00:00Z')),
    ).toEqual([]);
  });
});

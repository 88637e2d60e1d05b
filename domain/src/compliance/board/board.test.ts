import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import { countStatements } from '../../database/statement-count.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  buildRisk,
  createTestDatabase,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  boardReport,
  boardReports,
  createBoardReport,
  markBoardReportRead,
  submitBoardReport,
  updateBoardReport,
} from './board-reports.js';
import {
  addManagementActivity,
  createManagementPlan,
  managementPlans,
  recordManagementParticipation,
  setManagementPlanMembers,
} from './management-plan.js';
import { BOARD_WORK } from './work-items.js';
import './kpis.js';

const NOW = new Date('2026-07-10T06:00:00Z');
let db: TestDatabase;
let officer: Actor;
let board: Actor;
let auditor: Actor;
let employee: Actor;
let otherOfficer: Actor;
let managers: string[];
let built: BuiltOrganization;
let officerPerson: IPerson;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const other = await buildOrganization(em);
  built = org;
  const o = buildPerson(em, org.organization, org.root);
  officerPerson = o;
  grantRoles(em, o, ['employee', 'compliance_officer']);
  const b = buildPerson(em, org.organization, org.root);
  const a = buildPerson(em, org.organization, org.root);
  const e = buildPerson(em, org.organization, org.root);
  const oo = buildPerson(em, other.organization, other.root);
  const m1 = buildPerson(em, org.organization, org.root);
  const m2 = buildPerson(em, org.organization, org.root);
  buildRisk(em, org.organization, o, 1, { score: [5, 5, 5] });
  buildRisk(em, org.organization, o, 2, { score: [1, 1, 1] });
  await em.flush();
  officer = actorOf(o, ['employee', 'compliance_officer']);
  board = actorOf(b, ['employee', 'board_member']);
  auditor = actorOf(a, ['employee', 'auditor']);
  employee = actorOf(e, ['employee']);
  otherOfficer = actorOf(oo, ['employee', 'compliance_officer']);
  managers = [m1.id, m2.id];
});

afterAll(async () => {
  await db?.drop();
});

const tx = <T>(run: (em: typeof db.orm.em) => Promise<T>) => db.orm.em.fork().transactional(run);
const kpi = async (code: string, actor: Actor = officer, filter = {}) =>
  (await computeKpiValues(db.orm.em.fork(), actor, [code], filter, NOW))[0];

describe('§66, §69: the periodic report to the board', () => {
  let reportId: string;

  it('is drafted for a half-year or a year that has begun, one per period', async () => {
    await expect(
      tx((em) => createBoardReport(em, officer, { year: 2027, period: 'h1' }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.boardReport.period' });
    await expect(
      tx((em) => createBoardReport(em, officer, { year: 2024, period: 'year' }, NOW)),
    ).rejects.toThrow(ValidationError);
    await expect(
      tx((em) => createBoardReport(em, officer, { year: 2026, period: 'q3' }, NOW)),
    ).rejects.toThrow(ValidationError);
    const draft = await tx((em) => createBoardReport(em, officer, { year: 2026, period: 'h1' }, NOW));
    reportId = draft.id;
    expect(draft).toMatchObject({ status: 'draft', year: 2026, period: 'h1', resourceRequests: [] });
    await expect(
      tx((em) => createBoardReport(em, officer, { year: 2026, period: 'h1' }, NOW)),
    ).rejects.toThrow(ConflictError);
    // The second half-year has begun on 1 July; the whole year too.
    await tx((em) => createBoardReport(em, officer, { year: 2026, period: 'year' }, NOW));
  });

  it('is prefilled with the figures the suite knows: the KPIs, the risks by level, the staffing', async () => {
    const view = await boardReport(db.orm.em.fork(), officer, reportId, NOW);
    expect(view.figures.openRisks).toEqual({ low: 1, medium: 0, high: 0, critical: 1 });
    expect(view.figures.kpis.map((k) => k.code)).toContain('compliance.management_participation');
    expect(view.figures.kpis.map((k) => k.code)).not.toContain('compliance.resources_sufficient');
    expect(view.figures).toMatchObject({ responsiblePeople: 1, minResponsiblePeople: 3 });
  });

  it('is a keeper’s draft: the board and the auditors do not see it, and cannot write', async () => {
    expect(await boardReports(db.orm.em.fork(), board)).toEqual([]);
    await expect(boardReport(db.orm.em.fork(), board, reportId, NOW)).rejects.toThrow(NotFoundError);
    await expect(tx((em) => updateBoardReport(em, board, { id: reportId }, NOW))).rejects.toThrow(
      ForbiddenError,
    );
    await expect(tx((em) => createBoardReport(em, board, { year: 2026, period: 'h2' }, NOW))).rejects.toThrow(
      ForbiddenError,
    );
    await expect(boardReports(db.orm.em.fork(), employee)).rejects.toThrow(ForbiddenError);
    await expect(boardReport(db.orm.em.fork(), otherOfficer, reportId, NOW)).rejects.toThrow(NotFoundError);
  });

  it('§66.2: is not submitted without the status and the resource assessment', async () => {
    await expect(tx((em) => submitBoardReport(em, officer, reportId, NOW))).rejects.toMatchObject({
      messageKey: 'compliance.boardReport.statusRequired',
    });
    await tx((em) =>
      updateBoardReport(
        em,
        officer,
        { id: reportId, statusAndPlans: 'Бағдарлама жоспар бойынша жүріп жатыр' },
        NOW,
      ),
    );
    await expect(tx((em) => submitBoardReport(em, officer, reportId, NOW))).rejects.toMatchObject({
      messageKey: 'compliance.boardReport.resourcesRequired',
      details: { field: 'resourceAssessment' },
    });
  });

  it('§66.2: resources that fall short need the reason and what is requested', async () => {
    const base = { id: reportId, statusAndPlans: 'Жоспар бойынша', resourceAssessment: 'partly' };
    await tx((em) => updateBoardReport(em, officer, base, NOW));
    await expect(tx((em) => submitBoardReport(em, officer, reportId, NOW))).rejects.toMatchObject({
      messageKey: 'compliance.boardReport.resourceReasonRequired',
    });
    await tx((em) => updateBoardReport(em, officer, { ...base, resourceReason: 'Бір адам жетпейді' }, NOW));
    await expect(tx((em) => submitBoardReport(em, officer, reportId, NOW))).rejects.toMatchObject({
      messageKey: 'compliance.boardReport.resourceRequestRequired',
    });
    await expect(
      tx((em) => updateBoardReport(em, officer, { ...base, resourceRequests: ['money'] }, NOW)),
    ).rejects.toThrow(ValidationError);
    const saved = await tx((em) =>
      updateBoardReport(
        em,
        officer,
        { ...base, resourceReason: 'Бір адам жетпейді', resourceRequests: ['automation', 'staff', 'staff'] },
        NOW,
      ),
    );
    expect(saved.resourceRequests).toEqual(['staff', 'automation']);
  });

  it('submitting freezes the figures as they were, and the text; a second submit is a CONFLICT', async () => {
    const submitted = await tx((em) => submitBoardReport(em, officer, reportId, NOW));
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: NOW, resourceAssessment: 'partly' });
    await tx(async (em) => {
      buildRisk(em, em.merge(built.organization), em.merge(officerPerson), 3, { score: [5, 5, 5] });
    });
    const later = new Date('2026-08-01T06:00:00Z');
    const view = await boardReport(db.orm.em.fork(), officer, reportId, later);
    expect(view.figures.openRisks.critical).toBe(1);
    expect(view.figures.takenAt).toBe(NOW.toISOString());
    await expect(tx((em) => submitBoardReport(em, officer, reportId, later))).rejects.toThrow(ConflictError);
    await expect(
      tx((em) => updateBoardReport(em, officer, { id: reportId, statusAndPlans: 'x' }, later)),
    ).rejects.toMatchObject({ messageKey: 'compliance.boardReport.submitted' });
  });

  it('§69: the board member finds it in My work, reads it, and marking it read clears the item', async () => {
    const items = await BOARD_WORK.items(db.orm.em.fork(), board, NOW);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'compliance_board_report_to_read',
        path: `/compliance/board?report=${reportId}`,
      }),
    ]);
    expect(await BOARD_WORK.items(db.orm.em.fork(), officer, NOW)).toEqual([]);
    expect((await boardReports(db.orm.em.fork(), auditor)).map((r) => r.id)).toEqual([reportId]);
    expect(await boardReport(db.orm.em.fork(), board, reportId, NOW)).toMatchObject({ readByMe: false });
    await tx((em) => markBoardReportRead(em, board, reportId, NOW));
    await tx((em) => markBoardReportRead(em, board, reportId, NOW));
    expect(await BOARD_WORK.items(db.orm.em.fork(), board, NOW)).toEqual([]);
    expect(await boardReport(db.orm.em.fork(), board, reportId, NOW)).toMatchObject({ readByMe: true });
    await expect(tx((em) => markBoardReportRead(em, employee, reportId, NOW))).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe('§74.5: the sufficiency of resources KPI', () => {
  it('has no value before a report is submitted; then half for each condition met', async () => {
    // The report above says "partly", and one person is responsible: neither condition is met.
    expect(await kpi('compliance.resources_sufficient')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 2,
    });
    expect(
      await kpi('compliance.resources_sufficient', board, { periodTo: new Date('2026-07-01T00:00:00Z') }),
    ).toMatchObject({ value: null });
    await tx(async (em) => {
      for (let i = 0; i < 2; i++) {
        grantRoles(em, buildPerson(em, em.merge(built.organization), em.merge(built.root)), [
          'compliance_head',
        ]);
      }
    });
    // Three people are responsible now (§5): one condition of two.
    expect(await kpi('compliance.resources_sufficient')).toMatchObject({ value: 50, numerator: 1 });
    await tx((em) => createBoardReport(em, officer, { year: 2026, period: 'h2' }, NOW));
    const h2 = (await boardReports(db.orm.em.fork(), officer)).find((r) => r.period === 'h2')!;
    await tx((em) =>
      updateBoardReport(
        em,
        officer,
        { id: h2.id, statusAndPlans: 'Бәрі жоспарда', resourceAssessment: 'sufficient' },
        NOW,
      ),
    );
    await tx((em) => submitBoardReport(em, officer, h2.id, new Date(NOW.getTime() + 1000)));
    expect(await kpi('compliance.resources_sufficient', board)).toMatchObject({ value: 100, met: true });
  });
});

describe('§74.2: the management plan and the participation KPI', () => {
  let planId: string;

  it('has no value while there is no plan for the period', async () => {
    expect(await kpi('compliance.management_participation')).toMatchObject({ value: null, denominator: 0 });
  });

  it('is made once a year for active members of management', async () => {
    await expect(
      tx((em) => createManagementPlan(em, officer, { year: 2026, memberIds: [otherOfficer.personId] }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.managementPlan.member' });
    await expect(
      tx((em) => createManagementPlan(em, officer, { year: 2030, memberIds: [] }, NOW)),
    ).rejects.toThrow(ValidationError);
    await expect(
      tx((em) => createManagementPlan(em, board, { year: 2026, memberIds: managers }, NOW)),
    ).rejects.toThrow(ForbiddenError);
    const plan = await tx((em) =>
      createManagementPlan(em, officer, { year: 2026, memberIds: managers }, NOW),
    );
    planId = plan.id;
    expect(plan.members.map((m) => m.tookPart)).toEqual([false, false]);
    await expect(
      tx((em) => createManagementPlan(em, officer, { year: 2026, memberIds: [] }, NOW)),
    ).rejects.toThrow(ConflictError);
  });

  it('plans activities for its members within its year, and records participation up to today', async () => {
    const activity = {
      planId,
      personId: managers[0]!,
      title: 'Ашық есік күні',
      kind: 'communication',
      plannedOn: '2026-05-20',
    };
    await expect(
      tx((em) => addManagementActivity(em, officer, { ...activity, personId: officer.personId }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.managementActivity.notMember' });
    await expect(
      tx((em) => addManagementActivity(em, officer, { ...activity, plannedOn: '2027-01-10' }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.managementActivity.day' });
    const plan = await tx((em) => addManagementActivity(em, officer, activity, NOW));
    const activityId = plan.members[0]!.activities[0]!.id;
    await tx((em) =>
      addManagementActivity(
        em,
        officer,
        { ...activity, personId: managers[1]!, plannedOn: '2026-09-01' },
        NOW,
      ),
    );
    expect(await kpi('compliance.management_participation')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 2,
    });
    await expect(
      tx((em) =>
        recordManagementParticipation(em, officer, { activityId, participatedOn: '2026-07-11' }, NOW),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.dayInFuture' });
    const recorded = await tx((em) =>
      recordManagementParticipation(em, officer, { activityId, participatedOn: '2026-05-20' }, NOW),
    );
    expect(recorded.members.map((m) => m.tookPart)).toEqual([true, false]);
    expect(await kpi('compliance.management_participation', board)).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
      met: false,
    });
    // Within the second half-year nobody has taken part yet.
    expect(
      await kpi('compliance.management_participation', officer, {
        periodFrom: new Date('2026-06-30T19:00:00Z'),
        periodTo: new Date('2026-12-31T12:00:00Z'),
      }),
    ).toMatchObject({ value: 0, denominator: 2 });
    expect((await managementPlans(db.orm.em.fork(), auditor))[0]!.members).toHaveLength(2);
    await expect(managementPlans(db.orm.em.fork(), employee)).rejects.toThrow(ForbiddenError);
  });

  it('keeps a member who has activities in the plan', async () => {
    await expect(
      tx((em) => setManagementPlanMembers(em, officer, { planId, memberIds: [managers[1]!] }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.managementPlan.memberHasActivities' });
  });

  it('reads every year’s plan with its members and activities in three statements', async () => {
    const last = await tx((em) =>
      createManagementPlan(em, officer, { year: 2025, memberIds: [managers[1]!] }, NOW),
    );
    await tx((em) =>
      addManagementActivity(
        em,
        officer,
        {
          planId: last.id,
          personId: managers[1]!,
          title: 'Кеңес отырысы',
          kind: 'meeting',
          plannedOn: '2025-03-03',
        },
        NOW,
      ),
    );
    const { result, tally } = await countStatements(() => managementPlans(db.orm.em.fork(), auditor));
    expect(result.map((p) => p.year)).toEqual([2026, 2025]);
    // Each plan keeps its own activities.
    expect(result[1]!.members.map((m) => m.activities.map((a) => a.title))).toEqual([['Кеңес отырысы']]);
    expect(result[0]!.members.flatMap((m) => m.activities.map((a) => a.title))).not.toContain(
      'Кеңес отырысы',
    );
    expect(tally.count).toBe(3);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// The report to the board and the management plan as a client calls them (§66, §69, §74.2): the
// compliance head writes, the board member reads what was submitted and cannot write, a person
// without a compliance role is refused; typed errors name their field and message key.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let board: string;
let employee: string;

const YEAR = Number(new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 4));

const CREATE =
  'mutation($y: Int!, $p: BoardReportPeriod!) { createBoardReport(year: $y, period: $p) { id status figures { kpis { code } openRisks { high } } } }';
const UPDATE = 'mutation($i: BoardReportInput!) { updateBoardReport(input: $i) { id resourceRequests } }';
const SUBMIT = 'mutation($id: ID!) { submitBoardReport(id: $id) { status figures { takenAt } } }';
const LIST = '{ boardReports { id status readByMe } }';
const READ = 'mutation($id: ID!) { markBoardReportRead(id: $id) { readByMe } }';
const ONE = 'query($id: ID!) { boardReport(id: $id) { status readByMe resourceAssessment } }';
const PLAN =
  'mutation($y: Int!, $m: [ID!]!) { createManagementPlan(year: $y, memberIds: $m) { id members { id tookPart } } }';
const ACTIVITY =
  'mutation($i: ManagementActivityInput!) { addManagementActivity(input: $i) { members { activities { id } } } }';
const PARTICIPATION =
  'mutation($a: ID!, $d: String) { recordManagementParticipation(activityId: $a, participatedOn: $d) { members { tookPart } } }';
const PLANS = '{ managementPlans { year members { fullName tookPart } } }';

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  board = await devLoginToken(gateway.yoga, org.board.email);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('the report to the board through GraphQL', () => {
  let id: string;

  it('is drafted by the compliance staff with the figures of the moment; a second for the period is CONFLICT', async () => {
    const { data } = await staff<{
      createBoardReport: { id: string; status: string; figures: { kpis: { code: string }[] } };
    }>(gateway.yoga, head, CREATE, { y: YEAR - 1, p: 'year' });
    id = data!.createBoardReport.id;
    expect(data?.createBoardReport.status).toBe('draft');
    expect(data?.createBoardReport.figures.kpis.map((k) => k.code)).toContain(
      'compliance.risks_with_measures',
    );
    const again = await staff(gateway.yoga, head, CREATE, { y: YEAR - 1, p: 'year' });
    expect(again.error?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'compliance.boardReport.exists',
    });
  });

  it('is refused to the board member to write, and to a person without the role to read', async () => {
    expect((await staff(gateway.yoga, board, CREATE, { y: YEAR, p: 'h1' })).error?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await staff(gateway.yoga, board, SUBMIT, { id })).error?.extensions?.code).toBe('FORBIDDEN');
    expect((await staff(gateway.yoga, employee, LIST)).error?.extensions?.code).toBe('FORBIDDEN');
    expect((await staff(gateway.yoga, employee, PLANS)).error?.extensions?.code).toBe('FORBIDDEN');
    // A draft is the compliance staff's: the board member does not see it yet.
    expect((await staff<{ boardReports: unknown[] }>(gateway.yoga, board, LIST)).data?.boardReports).toEqual(
      [],
    );
    expect((await staff(gateway.yoga, board, ONE, { id })).error?.extensions?.code).toBe('NOT_FOUND');
  });

  it('§66.2: is not submitted without the resource assessment, naming the field', async () => {
    await staff(gateway.yoga, head, UPDATE, { i: { id, statusAndPlans: 'Бағдарлама жоспар бойынша' } });
    const refused = await staff(gateway.yoga, head, SUBMIT, { id });
    expect(refused.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'resourceAssessment',
      messageKey: 'compliance.boardReport.resourcesRequired',
    });
    const saved = await staff<{ updateBoardReport: { resourceRequests: string[] } }>(
      gateway.yoga,
      head,
      UPDATE,
      {
        i: {
          id,
          statusAndPlans: 'Бағдарлама жоспар бойынша',
          resourceAssessment: 'insufficient',
          resourceReason: 'Бір қызметкер жетіспейді',
          resourceRequests: ['budget', 'staff'],
        },
      },
    );
    expect(saved.data?.updateBoardReport.resourceRequests).toEqual(['staff', 'budget']);
    const submitted = await staff<{ submitBoardReport: { status: string } }>(gateway.yoga, head, SUBMIT, {
      id,
    });
    expect(submitted.data?.submitBoardReport.status).toBe('submitted');
    expect((await staff(gateway.yoga, head, SUBMIT, { id })).error?.extensions?.code).toBe('CONFLICT');
  });

  it('§69: the board member reads the submitted report and marks it read', async () => {
    expect((await staff<{ boardReports: unknown[] }>(gateway.yoga, board, LIST)).data?.boardReports).toEqual([
      { id, status: 'submitted', readByMe: false },
    ]);
    const read = await staff<{ markBoardReportRead: { readByMe: boolean } }>(gateway.yoga, board, READ, {
      id,
    });
    expect(read.data?.markBoardReportRead.readByMe).toBe(true);
    expect((await staff(gateway.yoga, board, ONE, { id })).data).toEqual({
      boardReport: { status: 'submitted', readByMe: true, resourceAssessment: 'insufficient' },
    });
    expect((await staff(gateway.yoga, employee, READ, { id })).error?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the management plan through GraphQL', () => {
  it('is made by the compliance staff, records participation, and is read by the board', async () => {
    const made = await staff<{ createManagementPlan: { id: string } }>(gateway.yoga, head, PLAN, {
      y: YEAR,
      m: [org.firstHead.id],
    });
    const planId = made.data!.createManagementPlan.id;
    expect((await staff(gateway.yoga, board, PLAN, { y: YEAR + 1, m: [] })).error?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const wrongDay = await staff(gateway.yoga, head, ACTIVITY, {
      i: {
        planId,
        personId: org.firstHead.id,
        title: 'Кездесу',
        kind: 'meeting',
        plannedOn: `${YEAR + 1}-01-10`,
      },
    });
    expect(wrongDay.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'plannedOn',
      messageKey: 'compliance.managementActivity.day',
    });
    const added = await staff<{ addManagementActivity: { members: { activities: { id: string }[] }[] } }>(
      gateway.yoga,
      head,
      ACTIVITY,
      {
        i: {
          planId,
          personId: org.firstHead.id,
          title: 'Кездесу',
          kind: 'meeting',
          plannedOn: `${YEAR}-01-01`,
        },
      },
    );
    const activityId = added.data!.addManagementActivity.members[0]!.activities[0]!.id;
    const marked = await staff<{ recordManagementParticipation: { members: { tookPart: boolean }[] } }>(
      gateway.yoga,
      head,
      PARTICIPATION,
      { a: activityId, d: `${YEAR}-01-01` },
    );
    expect(marked.data?.recordManagementParticipation.members).toEqual([{ tookPart: true }]);
    expect(
      (await staff<{ managementPlans: unknown[] }>(gateway.yoga, board, PLANS)).data?.managementPlans,
    ).toEqual([{ year: YEAR, members: [{ fullName: org.firstHead.fullName, tookPart: true }] }]);
    const kpi = await staff<{ kpiValues: { code: string; value: number }[] }>(
      gateway.yoga,
      board,
      '{ kpiValues(codes: ["compliance.management_participation", "compliance.resources_sufficient"]) { code value } }',
    );
    expect(kpi.data?.kpiValues).toEqual([
      { code: 'compliance.management_participation', value: 100 },
      // The submitted report says "insufficient" and one person is responsible (§5): neither condition.
      { code: 'compliance.resources_sufficient', value: 0 },
    ]);
  });
});

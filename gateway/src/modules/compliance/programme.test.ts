import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// The programme (§66.1) and the initial assessment (§64) as a client calls them: who may, the
// happy path, and typed errors naming their field and message key.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let employee: string;
let firstHead: string;
const YEAR = Number(new Date().toISOString().slice(0, 4));

const CREATE = 'mutation($y: Int!) { createComplianceProgramme(year: $y) { id year items { id } } }';
const ADD =
  'mutation($i: ProgrammeItemInput!) { addProgrammeItem(input: $i) { id version status owner { id } } }';
const UPDATE = 'mutation($i: ProgrammeItemUpdateInput!) { updateProgrammeItem(input: $i) { version title } }';
const REPORT = 'mutation($i: ProgrammeItemReportInput!) { reportProgrammeItem(input: $i) { status doneOn } }';
const PRESENT =
  'mutation($i: ProgrammePresentationInput!) { recordProgrammePresentation(input: $i) { audience invitedCount presentCount present { id } } }';
const READ =
  'query($y: Int!) { complianceProgramme(year: $y) { items { id direction } presentations { audience } presentedToManagement } }';
const MINE = 'query($y: Int!) { myProgrammeItems(year: $y) { id canReport } }';
const START = 'mutation($y: Int!) { startInitialAssessment(year: $y) { id missingAspects } }';
const ANSWER =
  'mutation($i: AssessmentAnswerInput!) { saveAssessmentAnswer(input: $i) { missingAspects answers { aspect auditReports { title } } } }';
const COMPLETE = 'mutation($id: ID!) { completeInitialAssessment(id: $id) { status } }';
const RISK =
  'mutation($i: AssessmentFindingRiskInput!) { riskFromAssessmentFinding(input: $i) { number source } }';
const ASSESSMENT = 'query($y: Int!) { initialAssessment(year: $y) { answers { id aspect riskNumbers } } }';

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
  firstHead = await devLoginToken(gateway.yoga, org.firstHead.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('the one-year programme through GraphQL', () => {
  let programmeId: string;
  let itemId: string;

  it('is made by the compliance service, not by an employee, and once a year', async () => {
    const refused = await staff(gateway.yoga, employee, CREATE, { y: YEAR });
    expect(refused.error?.extensions?.code).toBe('FORBIDDEN');
    const made = await staff<{ createComplianceProgramme: { id: string } }>(gateway.yoga, head, CREATE, {
      y: YEAR,
    });
    programmeId = made.data!.createComplianceProgramme.id;
    const again = await staff(gateway.yoga, head, CREATE, { y: YEAR });
    expect(again.error?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'compliance.programme.exists',
    });
  });

  it('takes an item owned by an employee, who reports on it; a due day outside the year is refused', async () => {
    const input = {
      programmeId,
      direction: 'training_communication',
      title: 'Train the buyers',
      ownerId: org.employee.id,
      dueOn: `${YEAR}-12-01`,
    };
    const outside = await staff(gateway.yoga, head, ADD, { i: { ...input, dueOn: `${YEAR + 1}-01-10` } });
    expect(outside.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'dueOn',
      messageKey: 'compliance.programme.dueOutsideYear',
    });
    const added = await staff<{ addProgrammeItem: { id: string; version: number } }>(
      gateway.yoga,
      head,
      ADD,
      {
        i: input,
      },
    );
    itemId = added.data!.addProgrammeItem.id;
    const stale = await staff(gateway.yoga, head, UPDATE, { i: { id: itemId, version: 0, title: 'x' } });
    expect(stale.error?.extensions?.code).toBe('CONFLICT');
    const edited = await staff<{ updateProgrammeItem: { version: number } }>(gateway.yoga, head, UPDATE, {
      i: { id: itemId, version: 1, title: 'Train the buyers and the tender board' },
    });
    expect(edited.data?.updateProgrammeItem.version).toBe(2);
    const mine = await staff<{ myProgrammeItems: { id: string; canReport: boolean }[] }>(
      gateway.yoga,
      employee,
      MINE,
      { y: YEAR },
    );
    expect(mine.data?.myProgrammeItems).toEqual([{ id: itemId, canReport: true }]);
    const reported = await staff<{ reportProgrammeItem: { status: string } }>(
      gateway.yoga,
      employee,
      REPORT,
      {
        i: { id: itemId, status: 'in_progress', progressNote: 'Dates agreed' },
      },
    );
    expect(reported.data?.reportProgrammeItem.status).toBe('in_progress');
    const other = await staff(gateway.yoga, firstHead, REPORT, { i: { id: itemId, status: 'in_progress' } });
    expect(other.error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records the presentation to management with its attendance', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const recorded = await staff<{
      recordProgrammePresentation: { invitedCount: number; presentCount: number };
    }>(gateway.yoga, head, PRESENT, {
      i: {
        programmeId,
        audience: 'management',
        presentedOn: today,
        invitedIds: [org.firstHead.id, org.head.id],
        presentIds: [org.firstHead.id],
      },
    });
    expect(recorded.data?.recordProgrammePresentation).toMatchObject({ invitedCount: 2, presentCount: 1 });
    const read = await staff<{ complianceProgramme: { presentedToManagement: boolean } }>(
      gateway.yoga,
      firstHead,
      READ,
      { y: YEAR },
    );
    expect(read.data?.complianceProgramme.presentedToManagement).toBe(true);
    const refused = await staff(gateway.yoga, employee, READ, { y: YEAR });
    expect(refused.error?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the initial assessment through GraphQL', () => {
  it('answers the 13 aspects, refuses an audit report older than 2 years, completes and draws a risk', async () => {
    const started = await staff<{ startInitialAssessment: { id: string; missingAspects: number[] } }>(
      gateway.yoga,
      head,
      START,
      { y: YEAR },
    );
    const id = started.data!.startInitialAssessment.id;
    expect(started.data?.startInitialAssessment.missingAspects).toHaveLength(13);
    const old = await staff(gateway.yoga, head, ANSWER, {
      i: {
        assessmentId: id,
        aspect: 9,
        rating: 'adequate',
        finding: 'Audit read',
        auditReports: [{ title: 'Audit', date: `${YEAR - 3}-01-10`, note: 'Archive' }],
      },
    });
    expect(old.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'auditReports.0.date',
      messageKey: 'compliance.assessment.reportTooOld',
    });
    const early = await staff(gateway.yoga, head, COMPLETE, { id });
    expect(early.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'compliance.assessment.incomplete',
    });
    for (let aspect = 1; aspect <= 13; aspect++) {
      await staff(gateway.yoga, head, ANSWER, {
        i: {
          assessmentId: id,
          aspect,
          rating: aspect === 5 ? 'missing' : 'adequate',
          finding: `Aspect ${aspect}`,
        },
      });
    }
    const done = await staff<{ completeInitialAssessment: { status: string } }>(
      gateway.yoga,
      head,
      COMPLETE,
      { id },
    );
    expect(done.data?.completeInitialAssessment.status).toBe('completed');
    const read = await staff<{ complianceProgramme: { items: { direction: string }[] } }>(
      gateway.yoga,
      head,
      READ,
      {
        y: YEAR,
      },
    );
    expect(read.data?.complianceProgramme.items.map((i) => i.direction)).toContain('hotline_investigation');
    const view = await staff<{ initialAssessment: { answers: { id: string; aspect: number }[] } }>(
      gateway.yoga,
      head,
      ASSESSMENT,
      { y: YEAR },
    );
    const answerId = view.data!.initialAssessment.answers.find((a) => a.aspect === 5)!.id;
    const risk = await staff<{ riskFromAssessmentFinding: { source: string } }>(gateway.yoga, head, RISK, {
      i: {
        answerId,
        register: 'activity',
        processOrDocument: 'Reports',
        probability: 2,
        frequency: 2,
        impact: 3,
      },
    });
    expect(risk.data?.riskFromAssessmentFinding.source).toBe('internal_analysis');
    const refused = await staff(gateway.yoga, employee, START, { y: YEAR + 1 });
    expect(refused.error?.extensions?.code).toBe('FORBIDDEN');
  });
});

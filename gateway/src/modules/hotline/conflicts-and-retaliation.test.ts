import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { CASE_FIELDS, caseIdByNumber, staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { fileReport } from '../../testing/hotline-operations.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let investigator: string;

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  investigator = await devLoginToken(gateway.yoga, org.investigator.email);
});

afterAll(async () => {
  await gateway?.drop();
});

async function newCase(): Promise<string> {
  const { number } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
  return caseIdByNumber(gateway.yoga, head, number);
}

const ASSIGN = `mutation($id: ID!, $ids: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $ids) { ...CaseFields } } ${CASE_FIELDS}`;
const DECLARE = `mutation($id: ID!, $reason: String!) { declareHotlineCaseConflict(id: $id, reason: $reason) { id } }`;
const DECLARATIONS = `query($id: ID!) { hotlineConflictDeclarations(caseId: $id) { person { id } reason wasAssigned } }`;
const CANDIDATES = `query($id: ID!) { hotlineInvestigatorCandidates(caseId: $id) { person { id } eligible reason } }`;

describe('declaring a conflict of interest', () => {
  it('takes the investigator off the case; the head reads the reason and cannot assign them again', async () => {
    const id = await newCase();
    expect((await staff(gateway.yoga, head, ASSIGN, { id, ids: [org.investigator.id] })).error).toBeNull();
    const declared = await staff(gateway.yoga, investigator, DECLARE, { id, reason: 'Менің туысым.' });
    expect(declared).toEqual({ data: { declareHotlineCaseConflict: null }, error: null });
    expect(await staff(gateway.yoga, head, DECLARATIONS, { id })).toEqual({
      data: {
        hotlineConflictDeclarations: [
          { person: { id: org.investigator.id }, reason: 'Менің туысым.', wasAssigned: true },
        ],
      },
      error: null,
    });
    const candidates = await staff<{
      hotlineInvestigatorCandidates: { person: { id: string }; reason: string }[];
    }>(gateway.yoga, head, CANDIDATES, { id });
    expect(
      candidates.data?.hotlineInvestigatorCandidates.find((c) => c.person.id === org.investigator.id),
    ).toMatchObject({ eligible: false, reason: 'declared_conflict' });
    const again = await staff(gateway.yoga, head, ASSIGN, { id, ids: [org.investigator.id] });
    expect(again.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'hotline.assignment.declaredConflict',
    });
  });

  it('on a closed case is CONFLICT', async () => {
    const id = await newCase();
    await staff(gateway.yoga, head, ASSIGN, { id, ids: [org.investigator.id] });
    await staff(
      gateway.yoga,
      head,
      'mutation($id: ID!) { triageHotlineCase(id: $id, input: { scope: out_of_scope, reason: not_related }) { id } }',
      { id },
    );
    const refused = await staff(gateway.yoga, investigator, DECLARE, { id, reason: 'Менің туысым.' });
    expect(refused.error?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'hotline.case.closedFor',
    });
  });
});

describe('a high retaliation risk at triage', () => {
  it('creates a protection task the head lists and completes', async () => {
    const id = await newCase();
    const triaged = await staff(
      gateway.yoga,
      head,
      `mutation($id: ID!, $input: TriageInput!) { triageHotlineCase(id: $id, input: $input) { id status } }`,
      {
        id,
        input: {
          scope: 'in_scope',
          retaliationRisk: {
            level: 'high',
            reason: 'Басшысы қорқытқан.',
            task: { ownerId: org.head.id, reviewOn: '2099-01-15' },
          },
        },
      },
    );
    expect(triaged).toEqual({ data: { triageHotlineCase: { id, status: 'in_progress' } }, error: null });
    expect(
      await staff(
        gateway.yoga,
        head,
        'query($id: ID!) { hotlineRetaliationAssessment(caseId: $id) { level reason } }',
        {
          id,
        },
      ),
    ).toEqual({
      data: { hotlineRetaliationAssessment: { level: 'high', reason: 'Басшысы қорқытқан.' } },
      error: null,
    });
    const tasks = await staff<{
      protectionTasks: { id: string; caseId: string; owner: { id: string }; reviewOn: string }[];
    }>(
      gateway.yoga,
      head,
      'query { protectionTasks(openOnly: true, limit: 50) { id caseId owner { id } reviewOn } }',
    );
    const task = tasks.data?.protectionTasks.find((t) => t.caseId === id);
    expect(task).toMatchObject({ owner: { id: org.head.id }, reviewOn: '2099-01-15' });
    const done = await staff(
      gateway.yoga,
      head,
      'mutation($id: ID!) { completeProtectionTask(id: $id, note: "Сөйлестік.") { completionNote } }',
      { id: task?.id },
    );
    expect(done).toEqual({ data: { completeProtectionTask: { completionNote: 'Сөйлестік.' } }, error: null });
    const investigatorList = await staff(gateway.yoga, investigator, 'query { protectionTasks { id } }');
    expect(investigatorList.error?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a complaint of retaliation', () => {
  it('is opened from the original case and both cases show the link', async () => {
    const original = await newCase();
    const opened = await staff<{ openRetaliationComplaint: { number: string } }>(
      gateway.yoga,
      head,
      `mutation($id: ID!, $input: CallerReportInput!) { openRetaliationComplaint(caseId: $id, input: $input) { receipt number } }`,
      {
        id: original,
        input: {
          channel: 'phone',
          category: 'policy_violation',
          what: 'Хабарлағаннан кейін басшым сыйақымды алып тастады.',
          anonymous: true,
        },
      },
    );
    expect(opened.error).toBeNull();
    const number = opened.data?.openRetaliationComplaint.number ?? '';
    const complaint = await caseIdByNumber(gateway.yoga, head, number);
    const LINKS = `query($id: ID!) { hotlineCaseLinks(caseId: $id) { retaliationComplaintOf { id } retaliationComplaints { id number } } }`;
    expect(await staff(gateway.yoga, head, LINKS, { id: original })).toEqual({
      data: {
        hotlineCaseLinks: {
          retaliationComplaintOf: null,
          retaliationComplaints: [{ id: complaint, number }],
        },
      },
      error: null,
    });
    expect(await staff(gateway.yoga, head, LINKS, { id: complaint })).toEqual({
      data: { hotlineCaseLinks: { retaliationComplaintOf: { id: original }, retaliationComplaints: [] } },
      error: null,
    });
  });
});

import { AuditEvent } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { CASE_FIELDS, caseIdByNumber, staff, type CaseData } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import {
  ADD_REPORTER_MESSAGE,
  fileReport,
  followUp,
  freshClient,
  type ReporterReportData,
} from '../../testing/hotline-operations.js';
import { hotlineSnapshot } from '../../testing/hotline-snapshot.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let investigator: string;
let employee: string;

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  investigator = await devLoginToken(gateway.yoga, org.investigator.email);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

const withCase = (operation: string) => `${operation} ${CASE_FIELDS}`;

async function assignedCase(
  o: { anonymous?: boolean } = {},
): Promise<{ id: string; receipt: string; number: string }> {
  const { receipt, number } = await fileReport(gateway.yoga, {
    organizationId: org.organizationId,
    ...(o.anonymous === false ? { anonymous: false, name: 'Әсел Нұрова', contact: '+7 701 000 00 00' } : {}),
  });
  const id = await caseIdByNumber(gateway.yoga, head, number);
  const { error } = await staff(
    gateway.yoga,
    head,
    withCase(
      'mutation($id: ID!) { assignHotlineCase(id: $id, investigatorIds: ["' +
        org.investigator.id +
        '"]) { ...CaseFields } }',
    ),
    { id },
  );
  if (error) throw new Error(JSON.stringify(error));
  return { id, receipt, number };
}

describe('working a case to its outcome', () => {
  it('asks the reporter, hears back, records findings and a recommendation, closes, and the reporter sees the outcome', async () => {
    const { id, receipt } = await assignedCase();
    const triaged = await staff<{ triageHotlineCase: CaseData }>(
      gateway.yoga,
      head,
      withCase(
        'mutation($id: ID!) { triageHotlineCase(id: $id, input: { scope: in_scope, category: conflict_of_interest }) { ...CaseFields } }',
      ),
      { id },
    );
    expect(triaged.data?.triageHotlineCase).toMatchObject({
      scope: 'in_scope',
      status: 'in_progress',
      category: 'conflict_of_interest',
    });

    const asked = await staff<{ sendHotlineMessage: CaseData }>(
      gateway.yoga,
      investigator,
      withCase(
        'mutation($id: ID!, $input: StaffMessageInput!) { sendHotlineMessage(id: $id, input: $input) { ...CaseFields } }',
      ),
      { id, input: { kind: 'question', body: 'Сыйақы қашан берілді?' } },
    );
    expect(asked.data?.sendHotlineMessage.messages.at(-1)).toMatchObject({
      kind: 'question',
      body: 'Сыйақы қашан берілді?',
    });

    const answered = await graphqlRequest<{ addReporterMessage: ReporterReportData }>(gateway.yoga, {
      query: ADD_REPORTER_MESSAGE,
      variables: { receipt, input: { body: 'Наурыздың 14-і күні.' } },
      headers: freshClient(),
    });
    expect(answered.body.data?.addReporterMessage.messages.map((m) => m.body)).toContain(
      'Сыйақы қашан берілді?',
    );

    const feedback = await staff<{ giveHotlineInterimFeedback: CaseData }>(
      gateway.yoga,
      investigator,
      withCase(
        'mutation($id: ID!) { giveHotlineInterimFeedback(id: $id, input: { checkDays: 10, body: "Тексеру 10 күн алады." }) { ...CaseFields } }',
      ),
      { id },
    );
    expect(feedback.data?.giveHotlineInterimFeedback.checkDays).toBe(10);

    const noted = await staff<{ addHotlineNote: CaseData }>(
      gateway.yoga,
      investigator,
      withCase(
        'mutation($id: ID!) { addHotlineNote(id: $id, body: "Жеткізушінің шоттарын тексеру керек.") { ...CaseFields } }',
      ),
      { id },
    );
    expect(noted.data?.addHotlineNote.notes).toEqual([
      expect.objectContaining({
        author: { id: org.investigator.id, fullName: org.investigator.fullName },
        body: 'Жеткізушінің шоттарын тексеру керек.',
      }),
    ]);

    await staff(
      gateway.yoga,
      investigator,
      withCase(
        'mutation($id: ID!) { recordHotlineFindings(id: $id, input: { findings: "Дерек расталды.", outcome: substantiated }) { ...CaseFields } }',
      ),
      { id },
    );
    const recommended = await staff<{ addHotlineRecommendation: CaseData }>(
      gateway.yoga,
      investigator,
      withCase(
        'mutation($id: ID!, $input: RecommendationInput!) { addHotlineRecommendation(id: $id, input: $input) { ...CaseFields } }',
      ),
      {
        id,
        input: {
          kind: 'disciplinary',
          text: 'Тәртіптік жаза қолдану',
          ownerId: org.employee.id,
          dueOn: '2099-06-30',
        },
      },
    );
    expect(recommended.data?.addHotlineRecommendation.recommendations).toEqual([
      expect.objectContaining({
        kind: 'disciplinary',
        owner: { id: org.employee.id, fullName: org.employee.fullName },
        dueOn: '2099-06-30',
        overdue: false,
      }),
    ]);

    const closed = await staff<{ closeHotlineCase: CaseData }>(
      gateway.yoga,
      investigator,
      withCase(
        'mutation($id: ID!) { closeHotlineCase(id: $id, input: { outcome: substantiated, messageToReporter: "Хабарлама расталды, шаралар қабылданды." }) { ...CaseFields } }',
      ),
      { id },
    );
    expect(closed.data?.closeHotlineCase).toMatchObject({
      status: 'closed',
      outcome: 'substantiated',
      findings: 'Дерек расталды.',
    });

    const seen = (await followUp(gateway.yoga, receipt)).body.data?.hotlineReportByReceipt;
    expect(seen).toMatchObject({ status: 'closed', outcome: 'substantiated' });
    expect(seen?.messages.at(-1)).toMatchObject({
      kind: 'outcome',
      body: 'Хабарлама расталды, шаралар қабылданды.',
    });
    // Notes and findings stay with the handlers.
    expect(JSON.stringify(seen)).not.toContain('шоттарын');
    expect(JSON.stringify(seen)).not.toContain('Дерек расталды');

    // The recommendation stays monitored after closing, and its owner marks it done.
    const open = await staff<{ hotlineRecommendations: { id: string; caseId: string }[] }>(
      gateway.yoga,
      head,
      '{ hotlineRecommendations { id caseId } }',
    );
    const recommendation = open.data?.hotlineRecommendations.find((r) => r.caseId === id);
    expect(recommendation).toBeDefined();
    const done = await staff<{
      completeHotlineRecommendation: { doneAt: string | null; doneNote: string | null };
    }>(
      gateway.yoga,
      employee,
      'mutation($id: ID!) { completeHotlineRecommendation(id: $id, note: "Бұйрық шықты") { doneAt doneNote } }',
      { id: recommendation?.id },
    );
    expect(done.data?.completeHotlineRecommendation).toMatchObject({
      doneNote: 'Бұйрық шықты',
      doneAt: expect.any(String),
    });
  });

  it('refuses to close a case without findings (CONFLICT) and changes nothing', async () => {
    const { id } = await assignedCase();
    const before = await hotlineSnapshot(gateway.orm);
    const { error } = await staff(
      gateway.yoga,
      investigator,
      withCase(
        'mutation($id: ID!) { closeHotlineCase(id: $id, input: { outcome: substantiated, messageToReporter: "Жабылды." }) { ...CaseFields } }',
      ),
      { id },
    );
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });
});

describe('an open reporter’s identity', () => {
  const REVEAL = 'mutation($id: ID!) { revealHotlineReporterIdentity(id: $id) { name contact } }';

  it('is read by the assigned investigator, on the audit trail', async () => {
    const { id } = await assignedCase({ anonymous: false });
    const { data } = await staff<{ revealHotlineReporterIdentity: { name: string; contact: string } }>(
      gateway.yoga,
      investigator,
      REVEAL,
      { id },
    );
    expect(data?.revealHotlineReporterIdentity).toEqual({ name: 'Әсел Нұрова', contact: '+7 701 000 00 00' });
    const reads = await gateway.orm.em
      .fork()
      .find(AuditEvent, { entityId: id, action: 'hotline.identity_read' });
    expect(reads.map((event) => event.actorPersonId)).toEqual([org.investigator.id]);
  });

  it('is refused to the compliance head without an approved disclosure, which she cannot approve herself', async () => {
    const { id } = await assignedCase({ anonymous: false });
    expect((await staff(gateway.yoga, head, REVEAL, { id })).error?.extensions?.code).toBe('FORBIDDEN');
    const requested = await staff<{ requestIdentityDisclosure: CaseData }>(
      gateway.yoga,
      investigator,
      withCase(
        'mutation($id: ID!, $input: DisclosureRequestInput!) { requestIdentityDisclosure(id: $id, input: $input) { ...CaseFields } }',
      ),
      { id, input: { forPersonId: org.head.id, reason: 'Куәгер ретінде жауап алу қажет' } },
    );
    const disclosure = requested.data?.requestIdentityDisclosure.disclosures[0];
    expect(disclosure).toMatchObject({ requestedFor: { id: org.head.id }, approved: null });
    const DECIDE =
      'mutation($id: ID!) { decideIdentityDisclosure(id: $id, approved: true) { approved decidedBy { id } } }';
    const byHerself = await staff(gateway.yoga, head, DECIDE, { id: disclosure?.id });
    expect(byHerself.error?.extensions?.code).toBe('FORBIDDEN');
    // Four eyes: with one compliance head, the first head decides what is for her.
    const first = await devLoginToken(gateway.yoga, org.firstHead.email);
    const decided = await staff<{
      decideIdentityDisclosure: { approved: boolean; decidedBy: { id: string } };
    }>(gateway.yoga, first, DECIDE, { id: disclosure?.id });
    expect(decided.data?.decideIdentityDisclosure).toEqual({
      approved: true,
      decidedBy: { id: org.firstHead.id },
    });
    const { data } = await staff<{ revealHotlineReporterIdentity: { name: string } }>(
      gateway.yoga,
      head,
      REVEAL,
      { id },
    );
    expect(data?.revealHotlineReporterIdentity.name).toBe('Әсел Нұрова');
  });

  it('is null for an anonymous report', async () => {
    const { id } = await assignedCase();
    const { data, error } = await staff(gateway.yoga, investigator, REVEAL, { id });
    expect(error).toBeNull();
    expect(data).toEqual({ revealHotlineReporterIdentity: null });
  });
});

describe('one single hotline (§69)', () => {
  it('lets an operator enter a phone report for a caller, who gets the receipt', async () => {
    const { data } = await staff<{ enterHotlineReportForCaller: { receipt: string; number: string } }>(
      gateway.yoga,
      investigator,
      'mutation($input: CallerReportInput!) { enterHotlineReportForCaller(input: $input) { receipt number } }',
      {
        input: {
          channel: 'phone',
          category: 'law_violation',
          what: 'Қоңырау шалушы жүргізушілердің жол парақтары жалған толтырылатынын айтты.',
          anonymous: true,
        },
      },
    );
    const entered = data?.enterHotlineReportForCaller;
    expect(entered?.receipt).toMatch(/^\d{4}( \d{4}){7}$/);
    const id = await caseIdByNumber(gateway.yoga, head, entered?.number ?? '');
    const found = await staff<{ hotlineCase: CaseData }>(
      gateway.yoga,
      head,
      withCase('query($id: ID!) { hotlineCase(id: $id) { ...CaseFields } }'),
      { id },
    );
    expect(found.data?.hotlineCase).toMatchObject({
      channel: 'phone',
      enteredBy: { id: org.investigator.id },
    });
    expect(
      (await followUp(gateway.yoga, entered?.receipt ?? '')).body.data?.hotlineReportByReceipt.number,
    ).toBe(entered?.number);
  });

  it('refuses an employee without a hotline role (FORBIDDEN)', async () => {
    const { error } = await staff(
      gateway.yoga,
      employee,
      'mutation { enterHotlineReportForCaller(input: { channel: phone, category: other, what: "Қоңырау шалушы хабарлады, мәлімет жеткілікті.", anonymous: true }) { receipt } }',
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('settings and the dashboard', () => {
  it('lets the compliance head change the deadlines, and refuses values out of range (VALIDATION)', async () => {
    const changed = await staff<{
      updateHotlineSettings: { acknowledgeHours: number; retentionYears: number };
    }>(
      gateway.yoga,
      head,
      'mutation { updateHotlineSettings(input: { acknowledgeHours: 12 }) { acknowledgeHours retentionYears } }',
    );
    expect(changed.data?.updateHotlineSettings).toEqual({ acknowledgeHours: 12, retentionYears: 5 });
    const before = await hotlineSnapshot(gateway.orm);
    const refused = await staff(
      gateway.yoga,
      head,
      'mutation { updateHotlineSettings(input: { acknowledgeHours: 0 }) { acknowledgeHours } }',
    );
    expect(refused.error?.extensions).toMatchObject({ code: 'VALIDATION', field: 'acknowledgeHours' });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
    const read = await staff<{ hotlineSettings: { acknowledgeHours: number } }>(
      gateway.yoga,
      investigator,
      '{ hotlineSettings { acknowledgeHours } }',
    );
    expect(read.data?.hotlineSettings.acknowledgeHours).toBe(12);
  });

  it('shows the compliance head, who runs every case, exact aggregates; investigators none (ADR 012)', async () => {
    const { data, error } = await staff<{
      hotlineDashboard: {
        total: { count: number | null; display: string };
        byCategory: { key: string; count: number | null; display: string }[];
      };
    }>(
      gateway.yoga,
      head,
      '{ hotlineDashboard { total { key count display } byCategory { key count display } byStatus { key display } byAge { key display } overdueAcknowledgements { display } acknowledgedInTimePercent processedInTimePercent } }',
    );
    expect(error).toBeNull();
    expect(data?.hotlineDashboard.total.count).toBeGreaterThanOrEqual(5);
    const lawViolation = data?.hotlineDashboard.byCategory.find((cell) => cell.key === 'law_violation');
    // One phone report of this category: a small count, shown as it is to the one who runs the queue.
    expect(lawViolation).toEqual({ key: 'law_violation', count: 1, display: '1' });
    expect(
      (await staff(gateway.yoga, investigator, '{ hotlineDashboard { total { display } } }')).error
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

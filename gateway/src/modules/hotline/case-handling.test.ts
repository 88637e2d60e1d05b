import { AuditEvent, HotlineReport } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { CASE_FIELDS, caseIdByNumber, staff, type CaseData } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { ADD_REPORTER_MESSAGE, fileReport, followUp, freshClient } from '../../testing/hotline-operations.js';
import { hotlineSnapshot } from '../../testing/hotline-snapshot.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
const tokens: Record<'head' | 'investigator' | 'otherInvestigator' | 'namedManager' | 'employee', string> = {
  head: '',
  investigator: '',
  otherInvestigator: '',
  namedManager: '',
  employee: '',
};

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  org = await buildHotlineOrganization(gateway.orm);
  for (const role of Object.keys(tokens) as (keyof typeof tokens)[]) {
    tokens[role] = await devLoginToken(gateway.yoga, org[role].email);
  }
});

afterAll(async () => {
  await gateway?.drop();
});

const CASES = /* GraphQL */ `
  query Cases($filter: HotlineCaseFilter) {
    hotlineCases(filter: $filter) {
      total
      items {
        id
        number
        category
        channel
        status
        scope
        anonymous
        receivedAt
        acknowledgeBy
        acknowledgedAt
        processBy
        closedAt
        overdueAcknowledgement
        assignees {
          id
          fullName
        }
      }
    }
  }
`;
const CASE = `query Case($id: ID!) { hotlineCase(id: $id) { ...CaseFields } } ${CASE_FIELDS}`;
const ACKNOWLEDGE = `mutation Ack($id: ID!, $message: String) { acknowledgeHotlineCase(id: $id, message: $message) { ...CaseFields } } ${CASE_FIELDS}`;
const ASSIGN = `mutation Assign($id: ID!, $ids: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $ids) { ...CaseFields } } ${CASE_FIELDS}`;
const LINK = `mutation Link($id: ID!, $ids: [ID!]!) { linkHotlineInvolvedPersons(id: $id, personIds: $ids) { ...CaseFields } } ${CASE_FIELDS}`;
const TRIAGE = `mutation Triage($id: ID!, $input: TriageInput!) { triageHotlineCase(id: $id, input: $input) { ...CaseFields } } ${CASE_FIELDS}`;

interface CasesData {
  hotlineCases: {
    total: number;
    items: {
      id: string;
      number: string;
      status: string;
      overdueAcknowledgement: boolean;
      assignees: { id: string }[];
    }[];
  };
}

/** A new anonymous report as the compliance head finds it in the queue. */
async function newCase(): Promise<{ id: string; receipt: string; number: string }> {
  const { receipt, number } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
  return { id: await caseIdByNumber(gateway.yoga, tokens.head, number), receipt, number };
}

async function assign(id: string, ids: string[], token = tokens.head) {
  return staff<{ assignHotlineCase: CaseData }>(gateway.yoga, token, ASSIGN, { id, ids });
}

describe('the case queue (hotlineCases)', () => {
  it('shows the compliance head a new report at once, without its content', async () => {
    const { id, number } = await newCase();
    const { data } = await staff<CasesData>(gateway.yoga, tokens.head, CASES, { filter: { search: number } });
    expect(data?.hotlineCases.total).toBe(1);
    expect(data?.hotlineCases.items[0]).toMatchObject({
      id,
      number,
      category: 'corruption',
      channel: 'web',
      status: 'received',
      scope: 'pending',
      anonymous: true,
      acknowledgedAt: null,
      overdueAcknowledgement: false,
      assignees: [],
    });
    // Let the case wait past its deadline: it is listed as overdue (§69: 24 hours).
    await gateway.orm.em
      .fork()
      .nativeUpdate(HotlineReport, { id }, { acknowledgeBy: new Date(Date.now() - 60_000) });
    const overdue = await staff<CasesData>(gateway.yoga, tokens.head, CASES, {
      filter: { overdueOnly: true },
    });
    expect(overdue.data?.hotlineCases.items.find((item) => item.id === id)?.overdueAcknowledgement).toBe(
      true,
    );
  });

  it('shows an investigator only the cases assigned to them', async () => {
    const { id } = await newCase();
    const before = await staff<CasesData>(gateway.yoga, tokens.investigator, CASES);
    expect(before.data?.hotlineCases.items.map((item) => item.id)).not.toContain(id);
    await assign(id, [org.investigator.id]);
    const after = await staff<CasesData>(gateway.yoga, tokens.investigator, CASES, {
      filter: { assignedToMe: true },
    });
    expect(after.data?.hotlineCases.items.map((item) => item.id)).toContain(id);
    const other = await staff<CasesData>(gateway.yoga, tokens.otherInvestigator, CASES);
    expect(other.data?.hotlineCases.items.map((item) => item.id)).not.toContain(id);
  });

  it('sorts and pages the queue on the server: by deadline, then the next page goes on from there', async () => {
    const { id: later } = await newCase();
    const { id: sooner } = await newCase();
    const em = gateway.orm.em.fork();
    await em.nativeUpdate(
      HotlineReport,
      { id: sooner },
      { processBy: new Date(Date.now() - 7 * 86_400_000) },
    );
    const sort = { field: 'deadline', direction: 'asc' };
    const whole = await staff<CasesData>(gateway.yoga, tokens.head, CASES, { filter: { sort, limit: 100 } });
    const ids = whole.data?.hotlineCases.items.map((item) => item.id) ?? [];
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(later));
    expect(ids[0]).toBe(sooner);
    const second = await staff<CasesData>(gateway.yoga, tokens.head, CASES, {
      filter: { sort, offset: 1, limit: 1 },
    });
    expect(second.data?.hotlineCases.items.map((item) => item.id)).toEqual([ids[1]]);
    const reversed = await staff<CasesData>(gateway.yoga, tokens.head, CASES, {
      filter: { sort: { field: 'deadline', direction: 'desc' }, limit: 100 },
    });
    const back = reversed.data?.hotlineCases.items.map((item) => item.id) ?? [];
    expect(back.indexOf(later)).toBeLessThan(back.indexOf(sooner));
  });

  it('refuses a sort field the schema does not know', async () => {
    const { status, body } = await graphqlRequest(gateway.yoga, {
      query: CASES,
      variables: { filter: { sort: { field: 'reporterName', direction: 'asc' } } },
      token: tokens.head,
    });
    // Refused by the schema's enum before any resolver runs: HTTP 400, no data, and no suggestion
    // of the fields it does know.
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message:
            'Variable "$filter" got invalid value "reporterName" at "filter.sort.field"; ' +
            'Value "reporterName" does not exist in "HotlineCaseSortField" enum.',
          locations: [{ line: 2, column: 15 }],
        },
      ],
    });
  });

  it('refuses a page size out of range (VALIDATION)', async () => {
    for (const limit of [0, 101]) {
      const { error } = await staff(gateway.yoga, tokens.head, CASES, { filter: { limit } });
      expect(error?.extensions?.code).toBe('VALIDATION');
    }
  });

  it('refuses people without a hotline role (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    expect((await staff(gateway.yoga, tokens.employee, CASES)).error?.extensions?.code).toBe('FORBIDDEN');
    const { body } = await graphqlRequest(gateway.yoga, { query: CASES });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('assignment (assignHotlineCase)', () => {
  it('offers the investigators with who may not take the case and why', async () => {
    const { id } = await newCase();
    await staff(gateway.yoga, tokens.head, LINK, { id, ids: [org.named.id] });
    const { data } = await staff<{
      hotlineInvestigatorCandidates: { person: { id: string }; eligible: boolean; reason: string | null }[];
    }>(
      gateway.yoga,
      tokens.head,
      'query($id: ID!) { hotlineInvestigatorCandidates(caseId: $id) { person { id } eligible reason } }',
      {
        id,
      },
    );
    const byId = new Map(data?.hotlineInvestigatorCandidates.map((c) => [c.person.id, c]));
    expect(byId.get(org.investigator.id)).toMatchObject({ eligible: true, reason: null });
    expect(byId.get(org.named.id)).toMatchObject({ eligible: false, reason: 'named' });
    expect(byId.get(org.namedManager.id)).toMatchObject({ eligible: false, reason: 'reporting_line' });
  });

  it('assigns the case to investigators outside the named people’s lines', async () => {
    const { id } = await newCase();
    await staff(gateway.yoga, tokens.head, LINK, { id, ids: [org.named.id] });
    const { data, error } = await assign(id, [org.investigator.id]);
    expect(error).toBeNull();
    expect(data?.assignHotlineCase.assignees).toEqual([
      { id: org.investigator.id, fullName: org.investigator.fullName },
    ]);
    expect(data?.assignHotlineCase.involvedPersons).toEqual([
      { id: org.named.id, fullName: org.named.fullName },
    ]);
  });

  it('refuses to assign a person the report names (VALIDATION) and changes nothing', async () => {
    const { id } = await newCase();
    await staff(gateway.yoga, tokens.head, LINK, { id, ids: [org.named.id] });
    const before = await hotlineSnapshot(gateway.orm);
    const { data, error } = await assign(id, [org.investigator.id, org.named.id]);
    expect(data).toBeNull();
    expect(error?.extensions).toMatchObject({ code: 'VALIDATION', personId: org.named.id, reason: 'named' });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses to assign the named person’s manager (VALIDATION, reporting_line) and changes nothing', async () => {
    const { id } = await newCase();
    await staff(gateway.yoga, tokens.head, LINK, { id, ids: [org.named.id] });
    const before = await hotlineSnapshot(gateway.orm);
    const { error } = await assign(id, [org.namedManager.id]);
    expect(error?.extensions).toMatchObject({
      code: 'VALIDATION',
      personId: org.namedManager.id,
      reason: 'reporting_line',
    });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses an empty assignment (VALIDATION) and an investigator assigning (FORBIDDEN), changing nothing', async () => {
    const { id } = await newCase();
    const before = await hotlineSnapshot(gateway.orm);
    expect((await assign(id, [])).error?.extensions?.code).toBe('VALIDATION');
    expect((await assign(id, [org.investigator.id], tokens.investigator)).error?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });
});

describe('access to a case', () => {
  it('refuses an investigator the case is not assigned to (FORBIDDEN), for reading as for acknowledging', async () => {
    const { id } = await newCase();
    await assign(id, [org.investigator.id]);
    const before = await hotlineSnapshot(gateway.orm);
    const read = await staff(gateway.yoga, tokens.otherInvestigator, CASE, { id });
    expect(read.data).toBeNull();
    expect(read.error).toMatchObject({
      message: 'This case is not assigned to you',
      extensions: { code: 'FORBIDDEN' },
    });
    const acknowledged = await staff(gateway.yoga, tokens.otherInvestigator, ACKNOWLEDGE, { id });
    expect(acknowledged.error?.extensions?.code).toBe('FORBIDDEN');
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('answers NOT_FOUND for a case of another organisation', async () => {
    const elsewhere = await buildHotlineOrganization(gateway.orm, 'Басқа ұйым АҚ');
    const { number } = await fileReport(gateway.yoga, { organizationId: elsewhere.organizationId });
    const theirHead = await devLoginToken(gateway.yoga, elsewhere.head.email);
    const id = await caseIdByNumber(gateway.yoga, theirHead, number);
    expect((await staff(gateway.yoga, tokens.head, CASE, { id })).error?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('acknowledgement (acknowledgeHotlineCase)', () => {
  it('acknowledges the report and tells the reporter at once', async () => {
    const { id, receipt } = await newCase();
    await assign(id, [org.investigator.id]);
    const { data, error } = await staff<{ acknowledgeHotlineCase: CaseData }>(
      gateway.yoga,
      tokens.investigator,
      ACKNOWLEDGE,
      {
        id,
        message: 'Хабарламаңыз қабылданды, тексеру басталды.',
      },
    );
    expect(error).toBeNull();
    expect(data?.acknowledgeHotlineCase).toMatchObject({
      status: 'acknowledged',
      viewerCan: { acknowledge: false, work: true },
    });
    expect(data?.acknowledgeHotlineCase.acknowledgedAt).not.toBeNull();
    expect(data?.acknowledgeHotlineCase.messages.at(-1)).toMatchObject({
      author: 'staff',
      authorPerson: { id: org.investigator.id },
      kind: 'acknowledgement',
      body: 'Хабарламаңыз қабылданды, тексеру басталды.',
    });
    const seen = (await followUp(gateway.yoga, receipt)).body.data?.hotlineReportByReceipt;
    expect(seen?.status).toBe('acknowledged');
    expect(seen?.messages.at(-1)).toMatchObject({
      from: 'organisation',
      body: 'Хабарламаңыз қабылданды, тексеру басталды.',
    });
    expect(JSON.stringify(seen)).not.toContain(org.investigator.fullName);
  });

  it('refuses a second acknowledgement (CONFLICT) and changes nothing', async () => {
    const { id } = await newCase();
    await staff(gateway.yoga, tokens.head, ACKNOWLEDGE, { id });
    const before = await hotlineSnapshot(gateway.orm);
    expect((await staff(gateway.yoga, tokens.head, ACKNOWLEDGE, { id })).error?.extensions?.code).toBe(
      'CONFLICT',
    );
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses to acknowledge a closed case (CONFLICT) and changes nothing', async () => {
    const { id, receipt } = await newCase();
    const triaged = await staff<{ triageHotlineCase: CaseData }>(gateway.yoga, tokens.head, TRIAGE, {
      id,
      input: { scope: 'out_of_scope', reason: 'personal_revenge', note: 'Жеке өш алу' },
    });
    expect(triaged.data?.triageHotlineCase).toMatchObject({
      status: 'closed',
      outcome: 'out_of_scope',
      outOfScopeReason: 'personal_revenge',
    });
    const before = await hotlineSnapshot(gateway.orm);
    const { data, error } = await staff(gateway.yoga, tokens.head, ACKNOWLEDGE, { id });
    expect(data).toBeNull();
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
    // The reporter learns the outcome, and can no longer write to the closed case.
    const seen = (await followUp(gateway.yoga, receipt)).body.data?.hotlineReportByReceipt;
    expect(seen).toMatchObject({ status: 'closed', outcome: 'out_of_scope' });
    const afterFollowUp = await hotlineSnapshot(gateway.orm);
    const late = await graphqlRequest(gateway.yoga, {
      query: ADD_REPORTER_MESSAGE,
      variables: { receipt, input: { body: 'Тағы бір дерек бар.' } },
      headers: freshClient(),
    });
    expect(late.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await hotlineSnapshot(gateway.orm)).toEqual(afterFollowUp);
  });

  it('records every step on the audit trail without the report text', async () => {
    const { id } = await newCase();
    await staff(gateway.yoga, tokens.head, ACKNOWLEDGE, { id, message: 'ҚҰПИЯ-МӘТІН-42' });
    const events = await gateway.orm.em
      .fork()
      .find(AuditEvent, { entityId: id }, { orderBy: { seq: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['hotline.report_received', 'hotline.acknowledged']);
    expect(JSON.stringify(events.map((event) => event.data))).not.toContain('ҚҰПИЯ');
  });
});

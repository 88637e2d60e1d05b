import {
  AuditEvent,
  HrAction,
  Person,
  assignHotlineCase,
  generateHotlineKeyring,
  submitHotlineReport,
  type Actor,
} from '@adal/domain';
import { buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlMultipart } from '../../testing/graphql-multipart.js';
import { devLoginToken, graphqlRequest, type GraphQLErrorBody } from '../../testing/graphql-request.js';
import {
  buildHotlineOrganization,
  type HotlineOrganization,
  type HotlinePerson,
} from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
let hrOfficer: HotlinePerson;
let reporter: HotlinePerson;
let openCaseId: string;
let tokens: Record<'head' | 'investigator' | 'otherInvestigator' | 'hr' | 'employee', string>;

const keyring = generateHotlineKeyring();

interface Body<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

async function gql<T>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Body<T>> {
  const { body } = await graphqlRequest<T>(gateway.yoga, { query, variables, token });
  return body;
}

beforeAll(async () => {
  gateway = await createTestGateway({ hotlineKeyring: keyring });
  org = await buildHotlineOrganization(gateway.orm);
  const em = gateway.orm.em.fork();
  // The HR officer and the reporter work in the compliance head's unit, the organisation's root.
  const head = await em.findOneOrFail(Person, { id: org.head.id }, { populate: ['organization', 'orgUnit'] });
  const hrEntity = buildPerson(em, head.organization, head.orgUnit, { fullName: 'Сәуле Ахметова' });
  const reporterEntity = buildPerson(em, head.organization, head.orgUnit, { fullName: 'Асқар Жанұзақов' });
  // HR, who in this organisation also keeps the holiday calendar as its administrator.
  grantRoles(em, hrEntity, ['employee', 'hr_officer', 'org_admin']);
  grantRoles(em, reporterEntity, ['employee']);
  await em.flush();
  hrOfficer = { id: hrEntity.id, email: hrEntity.email, fullName: hrEntity.fullName };
  reporter = { id: reporterEntity.id, email: reporterEntity.email, fullName: reporterEntity.fullName };

  const headActor: Actor = {
    personId: org.head.id,
    organizationId: org.organizationId,
    roles: ['compliance_head'],
  };
  openCaseId = await gateway.orm.em.fork().transactional(async (tx) => {
    const receipt = await submitHotlineReport(tx, keyring, org.organizationId, {
      category: 'corruption',
      what: 'The procurement head asked a supplier for a kickback on the fuel tender.',
      anonymous: false,
      name: reporter.fullName,
      contact: reporter.email,
    });
    return receipt.reportId;
  });
  await gateway.orm.em
    .fork()
    .transactional((tx) => assignHotlineCase(tx, headActor, openCaseId, [org.investigator.id]));

  const yoga = gateway.yoga;
  tokens = {
    head: await devLoginToken(yoga, org.head.email),
    investigator: await devLoginToken(yoga, org.investigator.email),
    otherInvestigator: await devLoginToken(yoga, org.otherInvestigator.email),
    hr: await devLoginToken(yoga, hrOfficer.email),
    employee: await devLoginToken(yoga, org.employee.email),
  };
});

afterAll(async () => {
  await gateway?.drop();
});

const GRANT = /* GraphQL */ `
  mutation Grant($input: GrantProtectionInput!) {
    grantProtection(input: $input) {
      id
      person {
        id
        fullName
      }
      basis
      reportedTo
      stateBodyName
      reportedOn
      caseId
      reportNumber
      startsOn
      endsOn
      active
    }
  }
`;

const RECORD_HR_ACTION = /* GraphQL */ `
  mutation Record($input: HrActionInput!) {
    recordHrAction(input: $input) {
      id
      status
      flagged
      person {
        id
      }
    }
  }
`;

const FINALIZE = /* GraphQL */ `
  mutation Finalize($id: ID!) {
    finalizeHrAction(id: $id) {
      id
      status
      finalizedAt
    }
  }
`;

function today(): string {
  return new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
}

describe('protection of reporters through the API (§40)', () => {
  it('lets the assigned investigator protect the open reporter of the case', async () => {
    const body = await gql<{ grantProtection: Record<string, unknown> }>(tokens.investigator, GRANT, {
      input: { caseId: openCaseId, personId: reporter.id, basis: 'open_reporter' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.grantProtection).toMatchObject({
      person: { id: reporter.id, fullName: reporter.fullName },
      basis: 'open_reporter',
      reportedTo: 'hotline',
      stateBodyName: null,
      caseId: openCaseId,
      reportNumber: expect.stringMatching(/^HL-\d{4}-\d{4}$/),
      active: true,
    });
  });

  it('refuses an investigator the case is not assigned to, and HR', async () => {
    const input = { caseId: openCaseId, personId: org.employee.id, basis: 'assisted' };
    const other = await gql(tokens.otherInvestigator, GRANT, { input });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hr = await gql(tokens.hr, GRANT, { input });
    expect(hr.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  const GRANT_STATE_BODY = /* GraphQL */ `
    mutation GrantStateBody($input: StateBodyProtectionInput!) {
      grantStateBodyProtection(input: $input) {
        person {
          id
        }
        reportedTo
        stateBodyName
        reportedOn
        caseId
        reportNumber
        startsOn
        endsOn
      }
    }
  `;

  it('lets compliance staff protect a person who reported to a state body, from the day it reached the body', async () => {
    const input = {
      personId: hrOfficer.id,
      basis: 'open_reporter',
      stateBodyName: 'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі',
      reportedOn: '2026-03-02',
    };
    const body = await gql<{ grantStateBodyProtection: Record<string, unknown> }>(
      tokens.head,
      GRANT_STATE_BODY,
      { input },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.grantStateBodyProtection).toEqual({
      person: { id: hrOfficer.id },
      reportedTo: 'state_body',
      stateBodyName: 'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі',
      reportedOn: '2026-03-02',
      caseId: null,
      reportNumber: null,
      startsOn: '2026-03-02',
      // 2 March 2029 is a Friday.
      endsOn: '2029-03-02',
    });
    for (const token of [tokens.investigator, tokens.hr, tokens.employee]) {
      const refused = await gql(token, GRANT_STATE_BODY, { input });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a state-body report dated after today with its typed error, and writes nothing', async () => {
    const count = async () =>
      (await gql<{ protectionRecords: unknown[] }>(tokens.head, '{ protectionRecords { id } }')).data
        ?.protectionRecords.length;
    const before = await count();
    const tomorrow = new Date(Date.now() + 29 * 3_600_000).toISOString().slice(0, 10);
    const refused = await gql(tokens.head, GRANT_STATE_BODY, {
      input: {
        personId: hrOfficer.id,
        basis: 'assisted',
        stateBodyName: 'Прокуратура',
        reportedOn: tomorrow,
      },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'hotline.protection.reportDateInFuture',
    });
    expect(await count()).toBe(before);
  });

  it('shows the protection records to the compliance head, never to HR or employees', async () => {
    const query = '{ protectionRecords(activeOnly: true) { person { id } basis active } }';
    const head = await gql<{ protectionRecords: { person: { id: string } }[] }>(tokens.head, query);
    expect(head.data?.protectionRecords.map((r) => r.person.id)).toContain(reporter.id);
    for (const token of [tokens.hr, tokens.employee]) {
      expect((await gql(token, query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('flags HR’s dismissal of the protected person and keeps it a draft until the commission recommends', async () => {
    const recorded = await gql<{ recordHrAction: { id: string; flagged: boolean; status: string } }>(
      tokens.hr,
      RECORD_HR_ACTION,
      {
        input: {
          personId: reporter.id,
          kind: 'dismissal',
          initiator: 'employer',
          decidedOn: today(),
          description: 'Сокращение штата',
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const action = recorded.data?.recordHrAction;
    expect(action).toMatchObject({ flagged: true, status: 'draft' });
    const id = action?.id ?? '';

    const flagged = await gql<{ hrActions: { id: string }[] }>(
      tokens.head,
      '{ hrActions(flaggedOnly: true) { id } }',
    );
    expect(flagged.data?.hrActions.map((a) => a.id)).toContain(id);

    const refused = await gql(tokens.hr, FINALIZE, { id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'commission_recommendation_required',
    });
    const stored = await gateway.orm.em.fork().findOneOrFail(HrAction, { id });
    expect(stored.status).toBe('draft');

    const attached = await gql(
      tokens.hr,
      /* GraphQL */ `
        mutation Attach($id: ID!, $input: CommissionRecommendationInput!) {
          attachCommissionRecommendation(id: $id, input: $input) {
            commissionRecommendation
          }
        }
      `,
      { id, input: { reference: 'Хаттама № 7', on: today() } },
    );
    expect(attached.errors).toBeUndefined();
    const final = await gql<{ finalizeHrAction: { status: string } }>(tokens.hr, FINALIZE, { id });
    expect(final.data?.finalizeHrAction.status).toBe('final');
  });

  it('does not flag the protected person’s dismissal at their own request', async () => {
    const recorded = await gql<{ recordHrAction: { flagged: boolean; initiator: string } }>(
      tokens.hr,
      'mutation Record($input: HrActionInput!) { recordHrAction(input: $input) { flagged initiator } }',
      {
        input: {
          personId: reporter.id,
          kind: 'dismissal',
          initiator: 'employee',
          decidedOn: today(),
          description: 'По собственному желанию',
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordHrAction).toEqual({ flagged: false, initiator: 'employee' });
  });

  it('refuses an HR action with no initiator with its typed error, and writes nothing', async () => {
    const before = await gateway.orm.em.fork().count(HrAction, {});
    const refused = await gql(tokens.hr, RECORD_HR_ACTION, {
      input: { personId: reporter.id, kind: 'dismissal', decidedOn: today(), description: 'Сокращение' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'hotline.hr.initiatorRequired',
    });
    expect(await gateway.orm.em.fork().count(HrAction, {})).toBe(before);
  });

  it('finalises an action against an unprotected person directly, and keeps HR actions from the investigator', async () => {
    const recorded = await gql<{ recordHrAction: { id: string; flagged: boolean } }>(
      tokens.hr,
      RECORD_HR_ACTION,
      {
        input: {
          personId: org.employee.id,
          kind: 'transfer',
          initiator: 'employer',
          decidedOn: today(),
          description: 'В филиал',
        },
      },
    );
    expect(recorded.data?.recordHrAction.flagged).toBe(false);
    const final = await gql<{ finalizeHrAction: { status: string } }>(tokens.hr, FINALIZE, {
      id: recorded.data?.recordHrAction.id,
    });
    expect(final.data?.finalizeHrAction.status).toBe('final');
    const investigator = await gql(tokens.investigator, '{ hrActions { id } }');
    expect(investigator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('imports nothing from a file with a bad row and lists each problem', async () => {
    const before = await gateway.orm.em.fork().count(HrAction, {});
    const csv =
      'email,kind,initiator,decided_on,description\n' +
      `${org.employee.email},disciplinary,employer,${today()},Ескерту\n` +
      `${org.employee.email},promotion,employer,${today()},Жоғарылату\n` +
      `${org.employee.email},transfer,,${today()},Ауыстыру\n`;
    const { body } = await graphqlMultipart<{ importHrActions: { created: number } }>(gateway.yoga, {
      query: 'mutation Import($file: File!) { importHrActions(file: $file) { created flagged } }',
      variables: { file: null },
      files: { file: new File([csv], 'hr.csv', { type: 'text/csv' }) },
      token: tokens.hr,
    });
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('VALIDATION');
    expect(error?.extensions?.['errors']).toEqual([
      {
        row: 3,
        column: 'kind',
        messageKey: 'hotline.hrImport.kindUnknown',
        params: { value: 'promotion' },
        message: '"promotion" is not dismissal, transfer or disciplinary',
      },
      {
        row: 4,
        column: 'initiator',
        messageKey: 'hotline.hr.initiatorRequired',
        message:
          'Say who initiated the action: the employer, the employee, an agreement of the parties or circumstances beyond them',
      },
    ]);
    expect(await gateway.orm.em.fork().count(HrAction, {})).toBe(before);
  });
});

describe('labour disputes and the holiday calendar through the API', () => {
  it('tracks the decision and protocol deadlines of a dispute', async () => {
    const opened = await gql<{
      openLabourDispute: { id: string; body: string; decisionDueOn: string; decisionOverdue: boolean };
    }>(
      tokens.head,
      /* GraphQL */ `
        mutation Open($input: LabourDisputeInput!) {
          openLabourDispute(input: $input) {
            id
            body
            decisionDueOn
            decisionOverdue
          }
        }
      `,
      { input: { personId: reporter.id, appliedOn: '2026-04-20', body: 'conciliation_commission' } },
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openLabourDispute).toMatchObject({
      body: 'conciliation_commission',
      decisionDueOn: '2026-05-20',
    });
    const DECIDE = /* GraphQL */ `
      mutation Decide($id: ID!, $input: DisputeDecisionInput!) {
        recordDisputeDecision(id: $id, input: $input) {
          protocolDueOn
          agencyRepresentativeAttended
          signatories {
            personId
            name
          }
        }
      }
    `;
    const id = opened.data?.openLabourDispute.id;
    const unsigned = await gql(tokens.head, DECIDE, {
      id,
      input: {
        decidedOn: '2026-05-08',
        decision: 'Қайта қабылдансын',
        agencyRepresentativeAttended: true,
        signatories: [],
      },
    });
    expect(unsigned.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'hotline.dispute.signatoriesRequired',
    });
    const decided = await gql<{
      recordDisputeDecision: {
        protocolDueOn: string;
        agencyRepresentativeAttended: boolean;
        signatories: { personId: string | null; name: string }[];
      };
    }>(tokens.head, DECIDE, {
      id,
      input: {
        decidedOn: '2026-05-08',
        decision: 'Қайта қабылдансын',
        agencyRepresentativeAttended: true,
        signatories: [{ personId: org.head.id }, { name: 'Агенттік өкілі' }],
      },
    });
    expect(decided.errors).toBeUndefined();
    // Friday 8 May 2026, then Monday 11 May off for Victory Day on the Saturday.
    expect(decided.data?.recordDisputeDecision).toEqual({
      protocolDueOn: '2026-05-14',
      agencyRepresentativeAttended: true,
      signatories: [
        { personId: org.head.id, name: org.head.fullName },
        { personId: null, name: 'Агенттік өкілі' },
      ],
    });
    const employee = await gql(tokens.employee, '{ labourDisputes { id } }');
    expect(employee.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows every signed-in person the national calendar and lets only the keepers add to it', async () => {
    const listed = await gql<{ publicHolidays: { date: string; national: boolean; name: { kk: string } }[] }>(
      tokens.employee,
      '{ publicHolidays(year: 2026) { id date kind national name { kk ru en } } }',
    );
    expect(listed.data?.publicHolidays).toContainEqual(
      expect.objectContaining({
        date: '2026-05-27',
        national: true,
        name: expect.objectContaining({ kk: 'Құрбан айт' }),
      }),
    );
    const ADD =
      'mutation Add($date: String!, $name: String!) { addPublicHoliday(date: $date, name: $name) { id date national } }';
    const refused = await gql(tokens.employee, ADD, { date: '2026-06-10', name: 'Қала күні' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const added = await gql<{ addPublicHoliday: { id: string; national: boolean } }>(tokens.hr, ADD, {
      date: '2026-06-10',
      name: 'Қала күні',
    });
    expect(added.data?.addPublicHoliday.national).toBe(false);
    const removed = await gql<{ removePublicHoliday: boolean }>(
      tokens.head,
      'mutation Remove($id: ID!) { removePublicHoliday(id: $id) }',
      { id: added.data?.addPublicHoliday.id },
    );
    expect(removed.data?.removePublicHoliday).toBe(true);
    const events = await gateway.orm.em
      .fork()
      .count(AuditEvent, { action: { $in: ['calendar.day_added', 'calendar.day_removed'] } });
    expect(events).toBe(2);
  });

  it('says which years lack their Kurban Ait day, to every signed-in person', async () => {
    const body = await gql<{ incompleteCalendarYears: number[] }>(
      tokens.employee,
      '{ incompleteCalendarYears(fromYear: 2025, toYear: 2027) }',
    );
    expect(body.data?.incompleteCalendarYears).toEqual([2027]);
  });

  it('lets only the administrator load the calendar from a file: a preview first, then all of it', async () => {
    const csv = 'date,name_kk,name_ru,kind\n2027-06-14,Қала күні,День города,holiday\n';
    const send = (token: string, operation: 'previewPublicHolidayImport' | 'importPublicHolidays') =>
      graphqlMultipart<Record<string, { added: number; rows: { date: string; change: string }[] }>>(
        gateway.yoga,
        {
          query: `mutation Load($file: File!) { ${operation}(file: $file) { added rows { date change } } }`,
          variables: { file: null },
          files: { file: new File([csv], 'calendar.csv', { type: 'text/csv' }) },
          token,
        },
      );
    const refused = await send(tokens.head, 'previewPublicHolidayImport');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const preview = await send(tokens.hr, 'previewPublicHolidayImport');
    expect(preview.body.data?.['previewPublicHolidayImport']).toEqual({
      added: 1,
      rows: [{ date: '2027-06-14', change: 'added' }],
    });
    const imported = await send(tokens.hr, 'importPublicHolidays');
    expect(imported.body.data?.['importPublicHolidays']?.added).toBe(1);
    const listed = await gql<{ publicHolidays: { date: string; national: boolean }[] }>(
      tokens.employee,
      '{ publicHolidays(year: 2027) { date national } }',
    );
    expect(listed.data?.publicHolidays).toContainEqual({ date: '2027-06-14', national: false });
    expect(await gateway.orm.em.fork().count(AuditEvent, { action: 'calendar.imported' })).toBe(1);
  });
});

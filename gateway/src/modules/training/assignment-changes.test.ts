import type { MikroORM } from '@adal/domain';
import { buildOrganization, buildOrgUnit, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../../mail/mailer.js';
import type { MailOutbox } from '../../mail/outbox.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { buildTrainingCourse } from '../../testing/training-course.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let adminToken: string;
let employeeToken: string;
let strangerToken: string;
let assignmentId: string;
let financeId: string;
let legalId: string;
let aidaId: string;
const mailed: OutgoingMail[] = [];

const outbox: MailOutbox = {
  appUrl: 'https://adal.example.kz',
  async post(mails) {
    mailed.push(...mails);
  },
};

const nextYear = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  gateway = await createTestGateway({ mailOutbox: outbox });
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em);
  const finance = buildOrgUnit(em, built.organization, built.root, 'Finance');
  const legal = buildOrgUnit(em, built.organization, built.root, 'Legal');
  const aida = buildPerson(em, built.organization, finance, { fullName: 'Aida Finance' });
  buildPerson(em, built.organization, finance, { fullName: 'Bek Finance' });
  buildPerson(em, built.organization, legal, { fullName: 'Cara Legal' });
  grantRoles(em, aida, ['employee']);
  grantRoles(em, built.adminPerson, ['training_admin']);
  await em.flush();
  financeId = finance.id;
  legalId = legal.id;
  aidaId = aida.id;
  const stranger = await buildOrganization(orm.em.fork());
  const strangerEm = orm.em.fork();
  grantRoles(strangerEm, stranger.adminPerson, ['training_admin']);
  await strangerEm.flush();
  adminToken = await devLoginToken(yoga, built.adminPerson.email);
  employeeToken = await devLoginToken(yoga, aida.email);
  strangerToken = await devLoginToken(yoga, stranger.adminPerson.email);
  const manager = { ...built.admin, roles: ['employee' as const, 'training_admin' as const] };
  const course = await buildTrainingCourse(orm, manager);
  const created = await graphqlRequest<{ createTrainingAssignment: { id: string } }>(yoga, {
    query: `mutation($i: CreateTrainingAssignmentInput!) { createTrainingAssignment(input: $i) { id } }`,
    variables: {
      i: {
        courseId: course.courseId,
        audience: 'org_units',
        orgUnitIds: [finance.id],
        dueOn: `${nextYear}-03-31`,
        recurrence: 'once',
      },
    },
    token: adminToken,
  });
  expect(created.body.errors).toBeUndefined();
  assignmentId = created.body.data?.createTrainingAssignment.id ?? '';
});

afterAll(async () => {
  await gateway?.drop();
});

const PEOPLE = `query($a: ID!, $s: EnrolmentStatus, $q: String, $l: Int, $o: Int) {
  trainingAssignmentEnrolments(assignmentId: $a, status: $s, search: $q, limit: $l, offset: $o) {
    total rows { personId fullName status dueOn extendedFrom lastScorePercent }
  } }`;

type PeoplePage = {
  trainingAssignmentEnrolments: {
    total: number;
    rows: {
      personId: string;
      fullName: string;
      status: string;
      dueOn: string;
      extendedFrom: string | null;
    }[];
  };
};

async function people(variables: Record<string, unknown> = {}) {
  const answer = await graphqlRequest<PeoplePage>(yoga, {
    query: PEOPLE,
    variables: { a: assignmentId, ...variables },
    token: adminToken,
  });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data?.trainingAssignmentEnrolments;
}

describe('assignments that change, through the API', () => {
  it('lists the enrolled people a page at a time, searched by name and filtered by status', async () => {
    expect(await people({ l: 1, o: 1 })).toMatchObject({ total: 2, rows: [{ fullName: 'Bek Finance' }] });
    expect((await people({ q: 'aida' }))?.rows.map((r) => r.fullName)).toEqual(['Aida Finance']);
    expect(await people({ s: 'passed' })).toEqual({ total: 0, rows: [] });
  });

  it('refuses an extension to a date in the past with VALIDATION on dueOn, changing nothing', async () => {
    const refused = await graphqlRequest(yoga, {
      query: `mutation($a: ID!, $p: [ID!]!, $d: String!) { extendTrainingDueDate(assignmentId: $a, personIds: $p, dueOn: $d) }`,
      variables: { a: assignmentId, p: [aidaId], d: '2020-01-01' },
      token: adminToken,
    });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'dueOn',
      messageKey: 'training.assignment.extensionNotAhead',
    });
    expect((await people({ q: 'aida' }))?.rows[0]).toMatchObject({
      dueOn: `${nextYear}-03-31`,
      extendedFrom: null,
    });
  });

  it('extends the chosen people, edits the audience, and records both in the history', async () => {
    const extended = await graphqlRequest<{ extendTrainingDueDate: number }>(yoga, {
      query: `mutation($a: ID!, $p: [ID!]!, $d: String!) { extendTrainingDueDate(assignmentId: $a, personIds: $p, dueOn: $d) }`,
      variables: { a: assignmentId, p: [aidaId], d: `${nextYear}-05-15` },
      token: adminToken,
    });
    expect(extended.body.data?.extendTrainingDueDate).toBe(1);
    const edited = await graphqlRequest<{ editTrainingAssignment: { orgUnitIds: string[]; dueOn: string } }>(
      yoga,
      {
        query: `mutation($id: ID!, $i: EditTrainingAssignmentInput!) { editTrainingAssignment(id: $id, input: $i) { orgUnitIds dueOn enrolled } }`,
        variables: {
          id: assignmentId,
          i: { audience: 'org_units', orgUnitIds: [financeId, legalId], dueOn: `${nextYear}-04-30` },
        },
        token: adminToken,
      },
    );
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data?.editTrainingAssignment).toMatchObject({
      dueOn: `${nextYear}-04-30`,
      enrolled: 3,
    });
    expect((await people())?.rows.map((r) => [r.fullName, r.dueOn])).toEqual([
      ['Aida Finance', `${nextYear}-05-15`],
      ['Bek Finance', `${nextYear}-04-30`],
      ['Cara Legal', `${nextYear}-04-30`],
    ]);
    const history = await graphqlRequest<{
      trainingAssignmentHistory: { kind: string; changedByName: string; after: Record<string, unknown> }[];
    }>(yoga, {
      query: `query($a: ID!) { trainingAssignmentHistory(assignmentId: $a) { kind changedByName after { dueOn people enrolled withdrawn } } }`,
      variables: { a: assignmentId },
      token: adminToken,
    });
    expect(history.body.data?.trainingAssignmentHistory.map((h) => [h.kind, h.after])).toEqual([
      ['edited', { dueOn: `${nextYear}-04-30`, people: null, enrolled: 1, withdrawn: 0 }],
      ['extended', { dueOn: `${nextYear}-05-15`, people: 1, enrolled: null, withdrawn: null }],
    ]);
  });

  it('sends a reminder now to those not yet passed, once a day, through the mail outbox', async () => {
    const remind = () =>
      graphqlRequest<{ sendTrainingReminderNow: number }>(yoga, {
        query: `mutation($a: ID!) { sendTrainingReminderNow(assignmentId: $a) }`,
        variables: { a: assignmentId },
        token: adminToken,
      });
    const first = await remind();
    expect(first.body.data?.sendTrainingReminderNow).toBe(3);
    expect(mailed).toHaveLength(3);
    expect(mailed[0]?.text).toContain('https://adal.example.kz/training/');
    const again = await remind();
    expect(again.body.data?.sendTrainingReminderNow).toBe(0);
    expect(mailed).toHaveLength(3);
  });

  it('hides the assignment from another organisation and refuses an employee', async () => {
    const query = `query($id: ID!) { trainingAssignment(id: $id) { id } }`;
    const stranger = await graphqlRequest(yoga, {
      query,
      variables: { id: assignmentId },
      token: strangerToken,
    });
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const employee = await graphqlRequest(yoga, {
      query: `mutation($id: ID!) { deactivateTrainingAssignment(id: $id) { id } }`,
      variables: { id: assignmentId },
      token: employeeToken,
    });
    expect(employee.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('deactivates: open enrolments are withdrawn, and it can no longer be changed', async () => {
    const deactivated = await graphqlRequest<{ deactivateTrainingAssignment: { active: boolean } }>(yoga, {
      query: `mutation($id: ID!) { deactivateTrainingAssignment(id: $id) { active } }`,
      variables: { id: assignmentId },
      token: adminToken,
    });
    expect(deactivated.body.data?.deactivateTrainingAssignment.active).toBe(false);
    expect((await people({ s: 'withdrawn' }))?.total).toBe(3);
    const again = await graphqlRequest(yoga, {
      query: `mutation($id: ID!) { deactivateTrainingAssignment(id: $id) { id } }`,
      variables: { id: assignmentId },
      token: adminToken,
    });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'training.assignment.inactive',
    });
  });
});

import { kazakhstanDay, Organization, OrgUnit } from '@adal/domain';
import { actorOf, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { buildTrainingCourse } from '../../testing/training-course.js';

// §9.1, §34–§35 through GraphQL: the planners choose the register's risks by number and process,
// and a culture-plan activity and a training assignment name them — their own organisation's only.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let trainer: string;
let employee: string;
let ours: { id: string; code: string };
let theirs: { id: string; code: string };
let courseId: string;
const year = Number(kazakhstanDay(new Date()).slice(0, 4));

const UPSERT = 'mutation($i: RiskInput!) { upsertRisk(input: $i) { id code } }';
const CHOICES = 'query($s: String) { riskChoices(search: $s) { id number code processOrDocument status } }';
const ANSWERED = 'riskIds answeredRisks { id code processOrDocument }';

const risk = (processOrDocument: string) => ({
  register: 'activity',
  processOrDocument,
  scheme: 'Acceptance signed for goods not delivered, for a kickback',
  probability: 3,
  frequency: 3,
  impact: 4,
  source: 'internal_analysis',
});

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  const other = await buildHotlineOrganization(gateway.orm, 'Басқа Тест АҚ');
  const em = gateway.orm.em.fork();
  const organization = await em.findOneOrFail(Organization, org.organizationId);
  const root = await em.findOneOrFail(OrgUnit, { organization, parent: null });
  const person = buildPerson(em, organization, root, { fullName: 'Training Admin' });
  grantRoles(em, person, ['employee', 'training_admin']);
  await em.flush();
  head = await devLoginToken(gateway.yoga, org.head.email);
  trainer = await devLoginToken(gateway.yoga, person.email);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
  const otherHead = await devLoginToken(gateway.yoga, other.head.email);
  const saved = await staff<{ upsertRisk: { id: string; code: string } }>(gateway.yoga, head, UPSERT, {
    i: risk('Cash desk handover'),
  });
  ours = saved.data!.upsertRisk;
  const elsewhere = await staff<{ upsertRisk: { id: string; code: string } }>(
    gateway.yoga,
    otherHead,
    UPSERT,
    {
      i: risk('Cash desk elsewhere'),
    },
  );
  theirs = elsewhere.data!.upsertRisk;
  ({ courseId } = await buildTrainingCourse(gateway.orm, actorOf(person, ['employee', 'training_admin'])));
});

afterAll(async () => {
  await gateway?.drop();
});

describe('choosing the risks an activity or an assignment answers', () => {
  it('offers a training administrator the open risks by number and process, and no employee', async () => {
    const chosen = await staff<{ riskChoices: unknown[] }>(gateway.yoga, trainer, CHOICES, { s: 'cash' });
    expect(chosen.error).toBeNull();
    expect(chosen.data!.riskChoices).toEqual([
      { id: ours.id, number: 1, code: '№ 1', processOrDocument: 'Cash desk handover', status: 'open' },
    ]);
    const refused = await staff(gateway.yoga, employee, CHOICES, { s: null });
    expect(refused.error?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
  });

  it('a culture-plan activity names our risks, never another organisation’s', async () => {
    const created = await staff<{ createCulturePlan: { id: string } }>(
      gateway.yoga,
      head,
      'mutation($y: Int!) { createCulturePlan(year: $y) { id } }',
      { y: year },
    );
    const planId = created.data!.createCulturePlan.id;
    const input = (riskIds: string[]) => ({
      kind: 'educational',
      topics: ['reporter_protection'],
      title: 'Касса қызметкерлеріне семинар',
      audience: 'whole_org',
      deadline: `${year}-12-31`,
      responsibleIds: [org.head.id],
      checkForm: 'questionnaire',
      riskIds,
    });
    const ADD = `mutation($p: ID!, $i: CultureActivityInput!) { addCultureActivity(planId: $p, input: $i) { id ${ANSWERED} } }`;
    const refused = await staff(gateway.yoga, head, ADD, { p: planId, i: input([theirs.id]) });
    expect(refused.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'riskIds',
      messageKey: 'compliance.risk.answeredUnknown',
    });
    const added = await staff<{
      addCultureActivity: { id: string; riskIds: string[]; answeredRisks: unknown[] };
    }>(gateway.yoga, head, ADD, { p: planId, i: input([ours.id]) });
    expect(added.error).toBeNull();
    expect(added.data!.addCultureActivity).toMatchObject({
      riskIds: [ours.id],
      answeredRisks: [{ id: ours.id, code: ours.code, processOrDocument: 'Cash desk handover' }],
    });
    const UPDATE = `mutation($id: ID!, $i: CultureActivityInput!) { updateCultureActivity(id: $id, input: $i) { ${ANSWERED} } }`;
    const cleared = await staff<{ updateCultureActivity: { riskIds: string[] } }>(
      gateway.yoga,
      head,
      UPDATE,
      {
        id: added.data!.addCultureActivity.id,
        i: input([]),
      },
    );
    expect(cleared.error).toBeNull();
    expect(cleared.data!.updateCultureActivity).toEqual({ riskIds: [], answeredRisks: [] });
  });

  it('a training assignment names our risks when created and edited, never another organisation’s', async () => {
    const CREATE = `mutation($i: CreateTrainingAssignmentInput!) { createTrainingAssignment(input: $i) { id ${ANSWERED} } }`;
    const base = { courseId, audience: 'whole_org', dueOn: `${year + 1}-03-31`, recurrence: 'once' };
    const refused = await staff(gateway.yoga, trainer, CREATE, { i: { ...base, riskIds: [theirs.id] } });
    expect(refused.error?.extensions).toMatchObject({ code: 'VALIDATION', field: 'riskIds' });
    const created = await staff<{ createTrainingAssignment: { id: string; riskIds: string[] } }>(
      gateway.yoga,
      trainer,
      CREATE,
      { i: { ...base, riskIds: [ours.id] } },
    );
    expect(created.error).toBeNull();
    expect(created.data!.createTrainingAssignment).toMatchObject({
      riskIds: [ours.id],
      answeredRisks: [{ id: ours.id, code: ours.code }],
    });
    const id = created.data!.createTrainingAssignment.id;
    const EDIT = `mutation($id: ID!, $i: EditTrainingAssignmentInput!) { editTrainingAssignment(id: $id, input: $i) { ${ANSWERED} } }`;
    const edit = { audience: 'whole_org', dueOn: `${year + 1}-04-30` };
    const theirsRefused = await staff(gateway.yoga, trainer, EDIT, {
      id,
      i: { ...edit, riskIds: [theirs.id] },
    });
    expect(theirsRefused.error?.extensions).toMatchObject({ code: 'VALIDATION', field: 'riskIds' });
    const kept = await staff<{ editTrainingAssignment: { riskIds: string[] } }>(gateway.yoga, trainer, EDIT, {
      id,
      i: edit,
    });
    expect(kept.data!.editTrainingAssignment.riskIds).toEqual([ours.id]);
    const cleared = await staff<{ editTrainingAssignment: { riskIds: string[] } }>(
      gateway.yoga,
      trainer,
      EDIT,
      {
        id,
        i: { ...edit, riskIds: [] },
      },
    );
    expect(cleared.data!.editTrainingAssignment).toEqual({ riskIds: [], answeredRisks: [] });
    const listed = await staff<{ trainingAssignments: { id: string; riskIds: string[] }[] }>(
      gateway.yoga,
      trainer,
      'query { trainingAssignments { id riskIds } }',
    );
    expect(listed.data!.trainingAssignments.find((a) => a.id === id)?.riskIds).toEqual([]);
  });
});

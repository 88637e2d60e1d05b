import { SessionAttendance, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let trainerToken: string;
let employeeToken: string;
let colleagueId: string;
let strangerId: string;

const SESSION = {
  kind: 'webinar',
  topic: { kk: 'Сыйлықтар мен қонақжайлық', ru: 'Подарки и гостеприимство' },
  plannedOn: '2026-01-20',
  trainer: 'Айгүл Серікова',
  durationMinutes: 45,
  knowledgeCheck: true,
};
const PLAN = `mutation($i: TrainingSessionInput!) { planTrainingSession(input: $i) {
  id kind status topic { kk ru en } plannedOn trainer durationMinutes knowledgeCheck attended absent } }`;
const RECORD = `mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordSessionAttendance(sessionId: $s, entries: $e) }`;

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em);
  const colleague = buildPerson(em, built.organization, built.root, { fullName: 'Бекзат Тұрсын' });
  grantRoles(em, colleague, ['employee']);
  grantRoles(em, built.adminPerson, ['training_admin']);
  await em.flush();
  colleagueId = colleague.id;
  strangerId = (await buildOrganization(orm.em.fork())).adminPerson.id;
  trainerToken = await devLoginToken(yoga, built.adminPerson.email);
  employeeToken = await devLoginToken(yoga, colleague.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('training sessions through the API', () => {
  it('plans a session and records attendance, which the session then counts', async () => {
    const planned = await graphqlRequest<{ planTrainingSession: { id: string } }>(yoga, {
      query: PLAN,
      variables: { i: SESSION },
      token: trainerToken,
    });
    expect(planned.body.errors).toBeUndefined();
    expect(planned.body.data?.planTrainingSession).toMatchObject({
      kind: 'webinar',
      status: 'planned',
      // English left out falls back to Russian.
      topic: {
        kk: 'Сыйлықтар мен қонақжайлық',
        ru: 'Подарки и гостеприимство',
        en: 'Подарки и гостеприимство',
      },
      attended: 0,
    });
    const id = planned.body.data?.planTrainingSession.id;
    const recorded = await graphqlRequest(yoga, {
      query: RECORD,
      variables: { s: id, e: [{ personId: colleagueId, status: 'attended', scorePercent: 75 }] },
      token: trainerToken,
    });
    expect(recorded.body).toEqual({ data: { recordSessionAttendance: 1 } });
    const listed = await graphqlRequest<{ trainingSessions: { sessions: unknown[] } }>(yoga, {
      query: '{ trainingSessions { total sessions { id status heldOn attended absent } } }',
      token: trainerToken,
    });
    expect(listed.body.data?.trainingSessions).toEqual({
      total: 1,
      sessions: [{ id, status: 'held', heldOn: '2026-01-20', attended: 1, absent: 0 }],
    });
    // A change answers with the session as it now stands, its attendance counted.
    const edited = await graphqlRequest(yoga, {
      query: `mutation($id: ID!, $i: TrainingSessionInput!) { editTrainingSession(id: $id, input: $i) {
        trainer attended absent } }`,
      variables: { id, i: { ...SESSION, trainer: 'Ерлан Жақсылықов' } },
      token: trainerToken,
    });
    expect(edited.body.data).toEqual({
      editTrainingSession: { trainer: 'Ерлан Жақсылықов', attended: 1, absent: 0 },
    });
    const one = await graphqlRequest(yoga, {
      query: 'query($id: ID!) { trainingSession(id: $id) { id status trainer attended } }',
      variables: { id },
      token: trainerToken,
    });
    expect(one.body.data).toEqual({
      trainingSession: { id, status: 'held', trainer: 'Ерлан Жақсылықов', attended: 1 },
    });
  });

  it('refuses attendance of a person of another organisation with the row’s field, recording nothing', async () => {
    const planned = await graphqlRequest<{ planTrainingSession: { id: string } }>(yoga, {
      query: PLAN,
      variables: { i: SESSION },
      token: trainerToken,
    });
    const id = planned.body.data?.planTrainingSession.id;
    const { body } = await graphqlRequest(yoga, {
      query: RECORD,
      variables: {
        s: id,
        e: [
          { personId: colleagueId, status: 'attended' },
          { personId: strangerId, status: 'attended' },
        ],
      },
      token: trainerToken,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'training.attendance.unknownPerson',
      params: { row: 2 },
      field: 'entries.1.personId',
    });
    expect(await orm.em.fork().count(SessionAttendance, { session: id })).toBe(0);
  });

  it('answers NOT_FOUND for a session that is not the organisation’s', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: 'query($id: ID!) { trainingSession(id: $id) { id } }',
      variables: { id: '00000000-0000-4000-8000-000000000000' },
      token: trainerToken,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an employee', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: PLAN,
      variables: { i: SESSION },
      token: employeeToken,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

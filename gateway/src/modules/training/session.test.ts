import { SessionAttendance, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { graphqlMultipart } from '../../testing/graphql-multipart.js';
import ExcelJS from 'exceljs';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let trainerToken: string;
let employeeToken: string;
let colleagueId: string;
let strangerId: string;
let colleagueEmail: string;

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
  colleagueEmail = colleague.email;
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

describe('attendance imported from a list through the API', () => {
  const PREVIEW = `mutation($s: ID!, $file: File!) { previewSessionAttendanceImport(sessionId: $s, file: $file) {
    attended absent rows { row personId fullName matchedBy status reason scorePercent }
    errors { row column messageKey params message } } }`;
  const IMPORT = `mutation($s: ID!, $file: File!) { importSessionAttendance(sessionId: $s, file: $file) { attended absent } }`;
  const list = (text: string) => new File([text], 'attendance.csv', { type: 'text/csv' });

  async function plannedSession(): Promise<string> {
    const planned = await graphqlRequest<{ planTrainingSession: { id: string } }>(yoga, {
      query: PLAN,
      variables: { i: SESSION },
      token: trainerToken,
    });
    return planned.body.data?.planTrainingSession.id ?? '';
  }

  it('previews the list with each row matched and every problem by its message key, and imports all or nothing', async () => {
    const s = await plannedSession();
    const bad = list(`email,attended,score_percent\n${colleagueEmail},иә,77\nnobody@corp.kz,иә,\n`);
    const preview = await graphqlMultipart<{
      previewSessionAttendanceImport: { attended: number; rows: unknown[]; errors: unknown[] };
    }>(yoga, { query: PREVIEW, variables: { s, file: null }, files: { file: bad }, token: trainerToken });
    expect(preview.body.data?.previewSessionAttendanceImport).toEqual({
      attended: 1,
      absent: 0,
      rows: [
        {
          row: 2,
          personId: colleagueId,
          fullName: 'Бекзат Тұрсын',
          matchedBy: 'email',
          status: 'attended',
          reason: null,
          scorePercent: 77,
        },
      ],
      errors: [
        {
          row: 3,
          column: 'email',
          messageKey: 'training.attendanceImport.unknownEmail',
          params: { email: 'nobody@corp.kz' },
          message: 'Nobody with the email nobody@corp.kz is on the organisation’s staff',
        },
      ],
    });

    const refused = await graphqlMultipart(yoga, {
      query: IMPORT,
      variables: { s, file: null },
      files: { file: bad },
      token: trainerToken,
    });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      errors: [{ row: 3, messageKey: 'training.attendanceImport.unknownEmail' }],
    });
    expect(await orm.em.fork().count(SessionAttendance, { session: s })).toBe(0);

    const imported = await graphqlMultipart(yoga, {
      query: IMPORT,
      variables: { s, file: null },
      files: { file: list(`email,attended,reason\n${colleagueEmail},жоқ,Іссапарда\n`) },
      token: trainerToken,
    });
    expect(imported.body).toEqual({ data: { importSessionAttendance: { attended: 0, absent: 1 } } });
    const [row] = await orm.em.fork().find(SessionAttendance, { session: s });
    expect([row?.status, row?.reason]).toEqual(['absent', 'Іссапарда']);
  });

  it('is refused to an employee, and gives the XLSX template to anyone signed in', async () => {
    const s = await plannedSession();
    const employee = await graphqlMultipart(yoga, {
      query: IMPORT,
      variables: { s, file: null },
      files: { file: list(`email,attended\n${colleagueEmail},yes\n`) },
      token: employeeToken,
    });
    expect(employee.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const anonymous = await yoga.fetch('http://gateway.test/training/attendance-template.xlsx');
    expect(anonymous.status).toBe(401);
    const template = await yoga.fetch('http://gateway.test/training/attendance-template.xlsx', {
      headers: { authorization: `Bearer ${trainerToken}` },
    });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toContain('attendance-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    expect(workbook.worksheets[0]?.getRow(1).getCell(4).value).toBe(
      'Қатысты (иә/жоқ) / Присутствовал (да/нет)',
    );
  });
});

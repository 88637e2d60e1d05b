import type { MikroORM } from '@adal/domain';
import {
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlMultipart } from '../testing/graphql-multipart.js';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
import { createGatewayYoga, type GatewayYoga } from '../yoga.js';

let database: TestDatabase;
let orm: MikroORM;
let yoga: GatewayYoga;
let plannerToken: string;
let readerToken: string;
let outsiderToken: string;
let financeId: string;

const PDF = new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...Buffer.from('жадынама')]);

const get = (path: string, token?: string, method = 'GET') =>
  yoga.fetch(`http://gateway.test${path}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

beforeAll(async () => {
  database = await createTestDatabase();
  orm = database.orm;
  const em = orm.em.fork();
  const built = await buildOrganization(em, { name: 'Мәдениет Тест АҚ' });
  const finance = buildOrgUnit(em, built.organization, built.root, 'Қаржы бөлімі');
  const sales = buildOrgUnit(em, built.organization, built.root, 'Сату бөлімі');
  const planner = buildPerson(em, built.organization, built.root, { fullName: 'Комплаенс офицер' });
  const reader = buildPerson(em, built.organization, finance, { fullName: 'Әсел Құрманғазықызы' });
  const outsider = buildPerson(em, built.organization, sales, { fullName: 'Бауыржан Өтепов' });
  grantRoles(em, planner, ['employee', 'compliance_officer']);
  grantRoles(em, reader, ['employee']);
  grantRoles(em, outsider, ['employee']);
  await em.flush();
  financeId = finance.id;
  yoga = await createGatewayYoga({ orm, devLogin: true });
  plannerToken = await devLoginToken(yoga, planner.email);
  readerToken = await devLoginToken(yoga, reader.email);
  outsiderToken = await devLoginToken(yoga, outsider.email);
});

afterAll(async () => {
  await database?.drop();
});

const SAVE = `mutation($input: CultureMaterialInput!) { saveCultureMaterial(input: $input) { id status } }`;
const UPLOAD = `mutation($id: ID!, $file: File!) {
  uploadCultureMaterialFile(id: $id, file: $file) { id file { name contentType sizeBytes } }
}`;

async function draftForFinance(): Promise<string> {
  const saved = await graphqlRequest<{ saveCultureMaterial: { id: string } }>(yoga, {
    query: SAVE,
    variables: {
      input: {
        kind: 'booklet',
        subject: 'corruption_risk',
        title: { kk: 'Буклет', ru: 'Буклет' },
        audienceAll: false,
        audienceOrgUnitIds: [financeId],
        requiresAcknowledgement: true,
      },
    },
    token: plannerToken,
  });
  const id = saved.body.data?.saveCultureMaterial.id;
  if (!id) throw new Error(JSON.stringify(saved.body.errors));
  return id;
}

describe('a material’s file over HTTP', () => {
  it('is uploaded by a planner (multipart) and served to the audience once published, to nobody else', async () => {
    const id = await draftForFinance();
    const uploaded = await graphqlMultipart<{ uploadCultureMaterialFile: { file: unknown } }>(yoga, {
      query: UPLOAD,
      variables: { id, file: null },
      files: { file: new File([PDF], 'Буклет.pdf', { type: 'application/pdf' }) },
      token: plannerToken,
    });
    expect(uploaded.body.data?.uploadCultureMaterialFile.file).toEqual({
      name: 'Буклет.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const path = `/culture/materials/${id}/file`;

    // A draft: the planner reads it, the audience does not see it yet.
    expect((await get(path, plannerToken)).status).toBe(200);
    expect((await get(path, readerToken)).status).toBe(404);

    const published = await graphqlRequest(yoga, {
      query: 'mutation($id: ID!) { publishCultureMaterial(id: $id) { status } }',
      variables: { id },
      token: plannerToken,
    });
    expect(published.body.data).toEqual({ publishCultureMaterial: { status: 'published' } });

    const served = await get(path, readerToken);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''%D0%91%D1%83%D0%BA%D0%BB%D0%B5%D1%82.pdf",
    );
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PDF);

    expect((await get(path, outsiderToken)).status).toBe(404);
    expect((await get(path)).status).toBe(401);
    expect((await get(path, readerToken, 'POST')).status).toBe(405);
    expect((await get(`/culture/materials/${crypto.randomUUID()}/file`, plannerToken)).status).toBe(404);
  });

  it('refuses a file of another type with its typed error, and an employee’s upload', async () => {
    const id = await draftForFinance();
    const refused = await graphqlMultipart(yoga, {
      query: UPLOAD,
      variables: { id, file: null },
      files: { file: new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1])], 'rules.docx') },
      token: plannerToken,
    });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'culture.material.fileType',
    });
    const forbidden = await graphqlMultipart(yoga, {
      query: UPLOAD,
      variables: { id, file: null },
      files: { file: new File([PDF], 'a.pdf') },
      token: readerToken,
    });
    expect(forbidden.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const noFile = await get(`/culture/materials/${id}/file`, plannerToken);
    expect(noFile.status).toBe(404);
  });
});

describe('reading and acknowledging through GraphQL', () => {
  it('gives the planner the figures and the reader none; the reader acknowledges once', async () => {
    const id = await draftForFinance();
    await graphqlRequest(yoga, {
      query: SAVE,
      variables: {
        input: {
          id,
          kind: 'booklet',
          subject: 'corruption_risk',
          title: { kk: 'Буклет', ru: 'Буклет' },
          body: { ru: '<p>Текст</p>' },
          audienceAll: false,
          audienceOrgUnitIds: [financeId],
          requiresAcknowledgement: true,
        },
      },
      token: plannerToken,
    });
    await graphqlRequest(yoga, {
      query: 'mutation($id: ID!) { publishCultureMaterial(id: $id) { id } }',
      variables: { id },
      token: plannerToken,
    });
    const QUERY =
      'query($id: ID!) { cultureMaterial(id: $id) { id acknowledgement { revision } figures { audience acknowledged } } }';
    const acknowledged = await graphqlRequest<{
      acknowledgeCultureMaterial: { acknowledgement: { revision: number } };
    }>(yoga, {
      query: 'mutation($id: ID!) { acknowledgeCultureMaterial(id: $id) { acknowledgement { revision } } }',
      variables: { id },
      token: readerToken,
    });
    expect(acknowledged.body.data?.acknowledgeCultureMaterial.acknowledgement).toEqual({ revision: 1 });
    const asReader = await graphqlRequest(yoga, { query: QUERY, variables: { id }, token: readerToken });
    expect(asReader.body.data).toEqual({
      cultureMaterial: { id, acknowledgement: { revision: 1 }, figures: null },
    });
    const asPlanner = await graphqlRequest(yoga, { query: QUERY, variables: { id }, token: plannerToken });
    expect(asPlanner.body.data).toEqual({
      cultureMaterial: { id, acknowledgement: null, figures: { audience: 1, acknowledged: 1 } },
    });
    const asOutsider = await graphqlRequest(yoga, { query: QUERY, variables: { id }, token: outsiderToken });
    expect(asOutsider.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

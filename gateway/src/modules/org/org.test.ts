import { OrgUnit, Person, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, craftXlsx, grantRoles } from '@adal/domain/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_LOGIN, devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { createGatewayYoga, type GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let adminEmail: string;
let employeeEmail: string;
let organizationId: string;

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em, { name: 'Samruk Test JSC' });
  const employee = buildPerson(em, built.organization, built.root, {
    email: 'aigerim@test.adal.kz',
    fullName: 'Aigerim Bekova',
  });
  grantRoles(em, employee, ['employee']);
  await em.flush();
  adminEmail = built.adminPerson.email;
  employeeEmail = employee.email;
  organizationId = built.organization.id;
});

afterAll(async () => {
  await gateway?.drop();
});

const VIEWER = /* GraphQL */ `
  query Viewer {
    viewer {
      id
      fullName
      email
      locale
      roles
      organization {
        id
        name
      }
    }
  }
`;

describe('sign-in and viewer', () => {
  it('signs a person in by email and shows them as the viewer with roles from the database', async () => {
    const login = await graphqlRequest<{
      devLogin: { token: string; viewer: { email: string; roles: string[] } };
    }>(yoga, {
      query: DEV_LOGIN,
      variables: { email: 'AIGERIM@test.adal.kz' },
    });
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data?.devLogin.viewer).toMatchObject({ email: employeeEmail, roles: ['employee'] });

    const viewer = await graphqlRequest<{ viewer: Record<string, unknown> }>(yoga, {
      query: VIEWER,
      token: login.body.data?.devLogin.token ?? '',
    });
    expect(viewer.body.data?.viewer).toMatchObject({
      fullName: 'Aigerim Bekova',
      locale: 'kk',
      roles: ['employee'],
      organization: { id: organizationId, name: 'Samruk Test JSC' },
    });
  });

  it('answers viewer with null when the request carries no token', async () => {
    const { body } = await graphqlRequest<{ viewer: null }>(yoga, { query: VIEWER });
    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer).toBeNull();
  });

  it('refuses an unknown email as UNAUTHENTICATED', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: DEV_LOGIN,
      variables: { email: 'nobody@test.adal.kz' },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('has no devLogin mutation at all when development login is disabled', async () => {
    const production = await createGatewayYoga({ orm, devLogin: false });
    const { body } = await graphqlRequest(production, { query: DEV_LOGIN, variables: { email: adminEmail } });
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "devLogin"/);
  });
});

describe('orgUnits', () => {
  it('lists the viewer organisation units and refuses anonymous callers', async () => {
    const token = await devLoginToken(yoga, employeeEmail);
    const signedIn = await graphqlRequest<{ orgUnits: { name: string; parent: null }[] }>(yoga, {
      query: '{ orgUnits { id name parent { id } } }',
      token,
    });
    expect(signedIn.body.data?.orgUnits).toEqual([
      expect.objectContaining({ name: 'Head office', parent: null }),
    ]);

    const anonymous = await graphqlRequest(yoga, { query: '{ orgUnits { id } }' });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives each unit its name in every language, the single name standing in where none was given', async () => {
    await orm.em
      .fork()
      .nativeUpdate(
        OrgUnit,
        { organization: organizationId, name: 'Head office' },
        { names: { kk: 'Бас кеңсе', ru: 'Головной офис' } },
      );
    const token = await devLoginToken(yoga, employeeEmail);
    const { body } = await graphqlRequest<{ orgUnits: { name: string; names: Record<string, string> }[] }>(
      yoga,
      {
        query: '{ orgUnits { name names { kk ru en } } }',
        token,
      },
    );
    expect(body.data?.orgUnits).toEqual([
      { name: 'Head office', names: { kk: 'Бас кеңсе', ru: 'Головной офис', en: 'Head office' } },
    ]);
  });
});

describe('people', () => {
  const PEOPLE = /* GraphQL */ `
    query People($search: String!, $limit: Int) {
      people(search: $search, limit: $limit) {
        id
        fullName
        email
        orgUnit {
          id
          name
        }
      }
    }
  `;

  it('finds the organisation’s people by name for a staff role, with e-mail and unit', async () => {
    const token = await devLoginToken(yoga, adminEmail);
    const { body } = await graphqlRequest<{ people: unknown[] }>(yoga, {
      query: PEOPLE,
      variables: { search: 'bekova aig' },
      token,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.people).toEqual([
      {
        id: expect.any(String),
        fullName: 'Aigerim Bekova',
        email: employeeEmail,
        orgUnit: { id: expect.any(String), name: 'Head office' },
      },
    ]);
  });

  it('refuses one letter as VALIDATION naming the field, and an employee as FORBIDDEN', async () => {
    const admin = await devLoginToken(yoga, adminEmail);
    const short = await graphqlRequest(yoga, { query: PEOPLE, variables: { search: 'a' }, token: admin });
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'search' });

    const employee = await devLoginToken(yoga, employeeEmail);
    const refused = await graphqlRequest(yoga, {
      query: PEOPLE,
      variables: { search: 'bekova' },
      token: employee,
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data).toBeNull();
  });
});

describe('importPeople', () => {
  const IMPORT =
    'mutation Import($file: File!, $create: Boolean!) { importPeople(file: $file, createOrgUnits: $create) { rows peopleCreated } }';

  async function upload(token: string, csv: string | File, create = true) {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: IMPORT, variables: { file: null, create } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', typeof csv === 'string' ? new File([csv], 'staff.csv', { type: 'text/csv' }) : csv);
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-adal-csrf': '1' },
      body: form,
    });
    return (await response.json()) as {
      data?: unknown;
      errors?: {
        extensions?: { code?: string; errors?: { row: number; column: string; message: string }[] };
      }[];
    };
  }

  const countPeople = () => orm.em.fork().count(Person, {});

  it('refuses a file with bad rows as VALIDATION with the errors per row, and writes nothing', async () => {
    const token = await devLoginToken(yoga, adminEmail);
    const before = await countPeople();
    const body = await upload(
      token,
      'email,full_name,org_unit_path,position\n' +
        'dana@test.adal.kz,Dana Seitkali,Head office / Finance,Accountant\n' +
        'not-an-email,,Head office,Engineer\n',
    );
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('VALIDATION');
    // Row 1 is the header: the bad person is on row 3, with both of its problems named.
    expect(error?.extensions?.errors?.map((e) => `${e.row}:${e.column}`)).toEqual(['3:email', '3:full_name']);
    expect(await countPeople()).toBe(before);
  });

  it('refuses a row naming an unknown org unit unless the import may create it', async () => {
    const token = await devLoginToken(yoga, adminEmail);
    const before = await countPeople();
    const body = await upload(
      token,
      'email,full_name,org_unit_path,position\nnurlan@test.adal.kz,Nurlan Abenov,Head office / Nowhere,Clerk\n',
      false,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      errors: [
        {
          row: 2,
          column: 'org_unit_path',
          messageKey: 'org.import.unknownOrgUnit',
          params: { path: 'Head office / Nowhere' },
        },
      ],
    });
    expect(await countPeople()).toBe(before);
  });

  it('imports a clean file for an org_admin and reports what it created', async () => {
    const token = await devLoginToken(yoga, adminEmail);
    const before = await countPeople();
    const body = await upload(
      token,
      'email,full_name,org_unit_path,position\nerlan@test.adal.kz,Erlan Tulegenov,Head office / Legal,Lawyer\n',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ importPeople: { rows: 1, peopleCreated: 1 } });
    expect(await countPeople()).toBe(before + 1);
  });

  it('imports an XLSX export of the HR system the same way', async () => {
    const token = await devLoginToken(yoga, adminEmail);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Staff');
    sheet.addRow(['Email', 'Full name', 'Org unit path', 'Position']);
    sheet.addRow(['madina@test.adal.kz', 'Мәдина Жұмабаева', 'Head office / HR', 'HR specialist']);
    sheet.addRow(['timur@test.adal.kz', 'Тимур Оспанов', 'Head office / HR', 'HR specialist']);
    const file = new File([await workbook.xlsx.writeBuffer()], 'staff.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const body = await upload(token, file);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ importPeople: { rows: 2, peopleCreated: 2 } });
    const madina = await orm.em
      .fork()
      .findOneOrFail(Person, { email: 'madina@test.adal.kz' }, { populate: ['orgUnit'] });
    expect(madina).toMatchObject({ fullName: 'Мәдина Жұмабаева', orgUnit: { name: 'HR' } });
  });

  it('refuses a 6 KB XLSX with a cell at column XFD in under a second, and imports a clean file after it', async () => {
    const token = await devLoginToken(yoga, adminEmail);
    const before = await countPeople();
    const content = craftXlsx({
      dimension: 'A1:XFD1048576',
      cells: {
        A1: 'email',
        B1: 'full_name',
        C1: 'org_unit_path',
        D1: 'position',
        XFD1048576: 'x'.repeat(6000),
      },
    });
    const started = performance.now();
    const body = await upload(token, new File([content], 'staff.xlsx'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(body.errors?.[0]).toMatchObject({
      message: 'The file declares 16 384 columns; the import reads 16. Save only the table and try again.',
      // The client says it in the interface language from the key and its parameters.
      extensions: {
        code: 'VALIDATION',
        reason: 'declared_columns',
        messageKey: 'import.declaredColumns',
        params: { columns: '16 384', reads: 16 },
      },
    });
    expect(await countPeople()).toBe(before);
    const clean = await upload(
      token,
      'email,full_name,org_unit_path,position\nasel@test.adal.kz,Asel Nurova,Head office / Legal,Lawyer\n',
    );
    expect(clean.data).toEqual({ importPeople: { rows: 1, peopleCreated: 1 } });
  });

  it('refuses a person without org_admin as FORBIDDEN before reading the file', async () => {
    const token = await devLoginToken(yoga, employeeEmail);
    const before = await countPeople();
    const body = await upload(
      token,
      'email,full_name,org_unit_path,position\ndana@test.adal.kz,Dana Seitkali,Head office,Accountant\n',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countPeople()).toBe(before);
  });
});

import { Person, type MikroORM } from '@adal/domain';
import {
  buildOrganization,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_LOGIN, devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { createGatewayYoga, type GatewayYoga } from '../../yoga.js';

let database: TestDatabase;
let orm: MikroORM;
let yoga: GatewayYoga;
let adminEmail: string;
let employeeEmail: string;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = database.orm;
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
  yoga = await createGatewayYoga({ orm, devLogin: true });
});

afterAll(async () => {
  await database?.drop();
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
});

describe('importPeople', () => {
  const IMPORT = 'mutation Import($file: File!) { importPeople(file: $file) { rows peopleCreated } }';

  async function upload(token: string, csv: string) {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: IMPORT, variables: { file: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new File([csv], 'staff.csv', { type: 'text/csv' }));
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-adal-csrf': '1' },
      body: form,
    });
    return (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string; errors?: { row: number; message: string }[] } }[];
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
    expect(error?.extensions?.errors?.length).toBeGreaterThan(0);
    expect(error?.extensions?.errors?.[0]).toMatchObject({
      row: expect.any(Number),
      message: expect.any(String),
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

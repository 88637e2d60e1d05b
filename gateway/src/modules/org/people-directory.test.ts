import { Person, RoleGrant, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let token: string;
let adminId: string;
let danaId: string;
let rootId: string;
let strangerId: string;

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em, { name: 'Staff Test JSC' });
  const dana = buildPerson(em, built.organization, built.root, {
    email: 'dana@staff.adal.kz',
    fullName: 'Дана Омарова',
  });
  grantRoles(em, dana, ['employee']);
  const other = await buildOrganization(em, { name: 'Other JSC' });
  const stranger = buildPerson(em, other.organization, other.root, { email: 'stranger@other.adal.kz' });
  grantRoles(em, stranger, ['employee']);
  await em.flush();
  token = await devLoginToken(yoga, built.adminPerson.email);
  adminId = built.adminPerson.id;
  danaId = dana.id;
  rootId = built.root.id;
  strangerId = stranger.id;
});

afterAll(async () => {
  await gateway?.drop();
});

const ask = <T>(query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest<T>(yoga, { query, variables, token }).then((response) => response.body);

const MEMBER =
  'id fullName email active roles position { id title titles { kk ru en } } orgUnit { id name names { kk ru en } }';

describe('the staff directory over GraphQL', () => {
  it('pages the people, with the total, their roles and unit', async () => {
    const body = await ask<{ staff: { total: number; people: { email: string; roles: string[] }[] } }>(
      `query($search: String) { staff(search: $search, limit: 1) { total people { ${MEMBER} } } }`,
      { search: 'омар' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.staff).toMatchObject({
      total: 1,
      people: [{ email: 'dana@staff.adal.kz', roles: ['employee'] }],
    });
  });

  it('sorts the people as asked: by e-mail from Z to A', async () => {
    const body = await ask<{ staff: { people: { email: string }[] } }>(
      `query($sort: StaffSort) { staff(sort: $sort) { people { email } } }`,
      { sort: { field: 'email', direction: 'desc' } },
    );
    expect(body.errors).toBeUndefined();
    const emails = body.data?.staff.people.map((person) => person.email) ?? [];
    expect(emails).toHaveLength(2);
    expect(emails).toEqual([...emails].sort().reverse());
  });

  it('counts people per unit', async () => {
    const body = await ask<{ orgUnitHeadcounts: unknown[] }>(
      '{ orgUnitHeadcounts { orgUnit { id } depth people peopleBelow } }',
    );
    expect(body.data?.orgUnitHeadcounts).toEqual([
      { orgUnit: { id: rootId }, depth: 0, people: 2, peopleBelow: 2 },
    ]);
  });

  it('names the field of a bad edit and changes nothing', async () => {
    const body = await ask(
      `mutation($id: ID!, $input: StaffEditInput!) { updateStaffMember(id: $id, input: $input) { id } }`,
      { id: danaId, input: { fullName: 'Дана', email: 'admin-taken', orgUnitId: rootId } },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'email',
      reason: 'not_email',
    });
    const edited = await ask<{ updateStaffMember: { email: string; position: { title: string } } }>(
      `mutation($id: ID!, $input: StaffEditInput!) { updateStaffMember(id: $id, input: $input) { ${MEMBER} } }`,
      {
        id: danaId,
        input: {
          fullName: 'Дана Омарова',
          email: 'Dana.O@staff.adal.kz',
          orgUnitId: rootId,
          position: 'Заңгер',
        },
      },
    );
    expect(edited.data?.updateStaffMember).toMatchObject({
      email: 'dana.o@staff.adal.kz',
      position: { title: 'Заңгер', titles: { kk: 'Заңгер', ru: 'Заңгер', en: 'Заңгер' } },
    });
  });

  it('titles the post in each language from the person’s form, and answers it with the unit’s names', async () => {
    const body = await ask<{ updateStaffMember: unknown }>(
      `mutation($id: ID!, $input: StaffEditInput!) { updateStaffMember(id: $id, input: $input) { ${MEMBER} } }`,
      {
        id: danaId,
        input: {
          fullName: 'Дана Омарова',
          email: 'dana.o@staff.adal.kz',
          orgUnitId: rootId,
          position: 'Заңгер',
          positionTitles: { kk: 'Заңгер', ru: 'Юрист', en: '' },
        },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateStaffMember).toMatchObject({
      position: { title: 'Заңгер', titles: { kk: 'Заңгер', ru: 'Юрист', en: 'Заңгер' } },
      orgUnit: {
        id: rootId,
        name: 'Head office',
        names: { kk: 'Head office', ru: 'Head office', en: 'Head office' },
      },
    });
  });

  it('names a unit in Russian only: Kazakh and English read the name as entered, on every field that shows it', async () => {
    const renamed = await ask<{ renameOrgUnit: unknown }>(
      'mutation($id: ID!, $names: NameTranslationsInput!) { renameOrgUnit(id: $id, names: $names) { id names { kk ru en } } }',
      { id: rootId, names: { ru: 'Головной офис' } },
    );
    expect(renamed.errors).toBeUndefined();
    const names = { kk: 'Head office', ru: 'Головной офис', en: 'Head office' };
    expect(renamed.data?.renameOrgUnit).toEqual({ id: rootId, names });
    const listed = await ask<{
      staff: { people: { orgUnit: unknown }[] };
      orgUnitHeadcounts: { orgUnit: unknown }[];
      people: { orgUnit: unknown }[];
    }>(
      `{ staff(search: "омар") { people { orgUnit { names { kk ru en } } } }
         orgUnitHeadcounts { orgUnit { names { kk ru en } } }
         people(search: "омар") { orgUnit { names { kk ru en } } } }`,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.staff.people[0]?.orgUnit).toEqual({ names });
    expect(listed.data?.orgUnitHeadcounts[0]?.orgUnit).toEqual({ names });
    expect(listed.data?.people[0]?.orgUnit).toEqual({ names });

    const tooLong = await ask(
      'mutation($id: ID!, $names: NameTranslationsInput!) { renameOrgUnit(id: $id, names: $names) { id } }',
      { id: rootId, names: { kk: 'ұ'.repeat(301) } },
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'names.kk' });
  });

  it('grants a role, and finds nobody of another organisation to grant one to', async () => {
    const granted = await ask<{ grantRole: { roles: string[] } }>(
      'mutation($id: ID!) { grantRole(personId: $id, role: auditor) { roles } }',
      { id: danaId },
    );
    expect(granted.data?.grantRole.roles).toEqual(['auditor', 'employee']);
    const refused = await ask('mutation($id: ID!) { grantRole(personId: $id, role: org_admin) { roles } }', {
      id: strangerId,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await orm.em.fork().count(RoleGrant, { person: strangerId })).toBe(1);
  });

  it('refuses to deactivate the last administrator with the reason, and deactivates someone else', async () => {
    const refused = await ask('mutation($id: ID!) { deactivateStaffMember(id: $id) { active } }', {
      id: adminId,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'last_org_admin' });
    expect((await orm.em.fork().findOneOrFail(Person, adminId)).active).toBe(true);
    const done = await ask<{ deactivateStaffMember: { active: boolean } }>(
      'mutation($id: ID!) { deactivateStaffMember(id: $id) { active } }',
      { id: danaId },
    );
    expect(done.data?.deactivateStaffMember.active).toBe(false);
    const back = await ask<{ reactivateStaffMember: { active: boolean; roles: string[] } }>(
      'mutation($id: ID!) { reactivateStaffMember(id: $id) { active roles } }',
      { id: danaId },
    );
    expect(back.data?.reactivateStaffMember).toEqual({ active: true, roles: ['auditor', 'employee'] });
  });

  it('previews an import with a bad row and a good row, writing nothing', async () => {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query:
          'mutation($file: File!) { previewPeopleImport(file: $file) { rows peopleToCreate people { row email isNew } errors { row column messageKey params } } }',
        variables: { file: null },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set(
      '0',
      new File(
        [
          'email,full_name,org_unit_path,position\n' +
            'bad-email,Bad Row,Head office,Clerk\n' +
            'good@staff.adal.kz,Good Row,Head office,Clerk\n',
        ],
        'staff.csv',
      ),
    );
    const before = await orm.em.fork().count(Person, {});
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-adal-csrf': '1' },
      body: form,
    });
    const body = (await response.json()) as { data?: { previewPeopleImport: unknown }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.previewPeopleImport).toEqual({
      rows: 1,
      peopleToCreate: 1,
      people: [{ row: 3, email: 'good@staff.adal.kz', isNew: true }],
      errors: [
        { row: 2, column: 'email', messageKey: 'org.import.notEmail', params: { value: 'bad-email' } },
      ],
    });
    expect(await orm.em.fork().count(Person, {})).toBe(before);
  });
});

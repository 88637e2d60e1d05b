import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import {
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  concurrently,
  createTestDatabase,
  grantRoles,
  outcomes,
  type TestDatabase,
} from '../testing/index.js';
import { findLoginByEmail } from './login.js';
import { orgUnitHeadcounts } from './org-unit-counts.js';
import { listPeopleDirectory } from './people-directory.js';
import { updatePerson } from './person-edit.js';
import { deactivatePerson, reactivatePerson } from './person-status.js';
import { Person } from './person.entity.js';
import { grantRole, revokeRole, rolesOf } from './role-grants.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

let organisations = 0;

/** An organisation with a unit below its root and three people in it (one deactivated); e-mails differ per organisation. */
async function staffed() {
  organisations += 1;
  const at = `@corp${organisations}.kz`;
  const em = db.orm.em.fork();
  const built = await buildOrganization(em);
  const legal = buildOrgUnit(em, built.organization, built.root, 'Legal');
  const dana = buildPerson(em, built.organization, legal, { email: `dana${at}`, fullName: 'Дана Омарова' });
  const erlan = buildPerson(em, built.organization, legal, {
    email: `erlan${at}`,
    fullName: 'Ерлан Жұмабаев',
  });
  const gone = buildPerson(em, built.organization, built.root, {
    email: `gone${at}`,
    fullName: 'Әлия Кетті',
    active: false,
  });
  grantRoles(em, dana, ['employee']);
  grantRoles(em, erlan, ['employee', 'auditor']);
  await em.flush();
  return { ...built, at, legal, dana, erlan, gone };
}

const inTransaction = <T>(run: (em: ReturnType<typeof db.orm.em.fork>) => Promise<T>) =>
  db.orm.em.fork().transactional(run);

async function eventsOf(organizationId: string, action: string) {
  return db.orm.em.fork().find(AuditEvent, { organization: organizationId, action });
}

describe('the staff directory', () => {
  it('pages through the people by name, with their roles, found by words, unit or status', async () => {
    const { admin, legal, at } = await staffed();
    const em = db.orm.em.fork();
    const first = await listPeopleDirectory(em, admin, { limit: 2 });
    expect(first.total).toBe(3);
    expect(first.people.map((p) => p.person.email)).toEqual([expect.stringMatching(/^admin/), `dana${at}`]);
    const second = await listPeopleDirectory(em, admin, { limit: 2, offset: 2 });
    expect(second.people.map((p) => [p.person.email, p.roles])).toEqual([
      [`erlan${at}`, ['auditor', 'employee']],
    ]);

    const found = await listPeopleDirectory(em, admin, { search: 'омар дана' });
    expect(found.people.map((p) => p.person.email)).toEqual([`dana${at}`]);
    const inLegal = await listPeopleDirectory(em, admin, { orgUnitId: legal.id });
    expect(inLegal.total).toBe(2);
    const inactive = await listPeopleDirectory(em, admin, { status: 'inactive' });
    expect(inactive.people.map((p) => p.person.email)).toEqual([`gone${at}`]);
    expect((await listPeopleDirectory(em, admin, { status: 'all' })).total).toBe(4);
  });

  it('orders the people by name or by e-mail, either way, and pages in that order', async () => {
    const { admin, at } = await staffed();
    const em = db.orm.em.fork();
    const emails = async (sort: Parameters<typeof listPeopleDirectory>[2]['sort'], offset = 0) =>
      (await listPeopleDirectory(em, admin, { sort, limit: 2, offset })).people.map((p) => p.person.email);
    // By name: the administrator, Дана Омарова, Ерлан Жұмабаев.
    expect(await emails({ field: 'name', direction: 'desc' })).toEqual([`erlan${at}`, `dana${at}`]);
    expect(await emails({ field: 'name', direction: 'desc' }, 2)).toEqual([expect.stringMatching(/^admin/)]);
    expect(await emails({ field: 'email', direction: 'asc' })).toEqual([
      expect.stringMatching(/^admin/),
      `dana${at}`,
    ]);
    expect(await emails({ field: 'email', direction: 'desc' })).toEqual([`erlan${at}`, `dana${at}`]);
  });

  it('sorts names as the Kazakh alphabet does: Ә after А, Қ after К, Ө after О, all before Я', async () => {
    const { admin, organization, root, at } = await staffed();
    const em = db.orm.em.fork();
    for (const [email, fullName] of [
      ['yana', 'Яна Ким'],
      ['oral', 'Өрал Сейіт'],
      ['aset', 'Асет Нұр'],
      ['qanat', 'Қанат Ұлы'],
      ['kamila', 'Камила Бек'],
      ['olga', 'Ольга Ли'],
    ])
      buildPerson(em, organization, root, { email: `${email}${at}`, fullName });
    await em.flush();
    // The organisation's own e-mail domain leaves out its administrator.
    const { people } = await listPeopleDirectory(em, admin, { search: at.slice(1), limit: 20 });
    const names = people.map((p) => p.person.fullName);
    expect(names).toEqual([
      'Асет Нұр',
      'Дана Омарова',
      'Ерлан Жұмабаев',
      'Камила Бек',
      'Қанат Ұлы',
      'Ольга Ли',
      'Өрал Сейіт',
      'Яна Ким',
    ]);
  });

  it('refuses bad paging and unknown units, and anyone but the administrator', async () => {
    const { admin } = await staffed();
    const em = db.orm.em.fork();
    await expect(listPeopleDirectory(em, admin, { limit: 0 })).rejects.toMatchObject({
      details: { field: 'limit' },
    });
    await expect(listPeopleDirectory(em, admin, { offset: -1 })).rejects.toMatchObject({
      details: { field: 'offset' },
    });
    await expect(listPeopleDirectory(em, admin, { orgUnitId: 'nope' })).rejects.toMatchObject({
      details: { field: 'orgUnitId' },
    });
    await expect(
      listPeopleDirectory(em, { ...admin, roles: ['employee', 'auditor'] }, {}),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('counts the active people of each unit and of its subtree', async () => {
    const { admin, root, legal } = await staffed();
    const counts = await orgUnitHeadcounts(db.orm.em.fork(), admin);
    expect(counts.map((c) => [c.unit.id, c.depth, c.people, c.peopleBelow])).toEqual([
      [root.id, 0, 1, 3],
      [legal.id, 1, 2, 2],
    ]);
  });
});

describe('editing a person', () => {
  it('files a post by its exact title: % and _ typed in it match nothing else', async () => {
    const { admin, root, dana } = await staffed();
    const edit = { fullName: 'Дана', email: dana.email, orgUnitId: root.id };
    await inTransaction((em) => updatePerson(em, admin, dana.id, { ...edit, position: 'Бас маман' }));
    await inTransaction((em) => updatePerson(em, admin, dana.id, { ...edit, position: 'Бас_ма%' }));
    const read = await db.orm.em.fork().findOneOrFail(Person, dana.id, { populate: ['position'] });
    expect(read.position?.title).toBe('Бас_ма%');
  });

  it('changes name, e-mail, unit and post, and audits which fields changed', async () => {
    const { organization, admin, root, dana } = await staffed();
    await inTransaction((em) =>
      updatePerson(em, admin, dana.id, {
        fullName: '  Дана   Омарқызы ',
        email: 'D.Omar@corp.kz',
        orgUnitId: root.id,
        position: 'Юрист',
      }),
    );
    const read = await db.orm.em.fork().findOneOrFail(Person, dana.id, { populate: ['position'] });
    expect([read.fullName, read.email, read.orgUnit.id, read.position?.title]).toEqual([
      'Дана Омарқызы',
      'd.omar@corp.kz',
      root.id,
      'Юрист',
    ]);
    const [event] = await eventsOf(organization.id, 'org.person_updated');
    expect(event?.data).toEqual({ changed: ['fullName', 'email', 'orgUnit', 'position'] });
  });

  it('names the field of each bad value, refuses another person’s e-mail, and changes nothing', async () => {
    const { organization, admin, legal, dana, erlan, at } = await staffed();
    const edit = { fullName: 'Дана', email: dana.email, orgUnitId: legal.id };
    const cases: [Partial<typeof edit>, string, string][] = [
      [{ fullName: ' ' }, 'fullName', 'required'],
      [{ email: 'dana-at-corp' }, 'email', 'not_email'],
      [{ email: `ERLAN${at}` }, 'email', 'email_taken'],
      [{ orgUnitId: erlan.id }, 'orgUnitId', 'unknown'],
    ];
    for (const [change, field, reason] of cases) {
      const error = await inTransaction((em) =>
        updatePerson(em, admin, dana.id, { ...edit, ...change }),
      ).catch((e: unknown) => e);
      expect(error, field).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details).toEqual({ field, reason });
    }
    const read = await db.orm.em.fork().findOneOrFail(Person, dana.id);
    expect([read.fullName, read.email]).toEqual(['Дана Омарова', `dana${at}`]);
    expect(await eventsOf(organization.id, 'org.person_updated')).toEqual([]);
  });
});

describe('granting and revoking roles', () => {
  it('grants and revokes a role, auditing each change and nothing for a no-op', async () => {
    const { organization, admin, dana } = await staffed();
    expect(await inTransaction((em) => grantRole(em, admin, dana.id, 'training_admin'))).toEqual([
      'employee',
      'training_admin',
    ]);
    await inTransaction((em) => grantRole(em, admin, dana.id, 'training_admin'));
    expect(await inTransaction((em) => revokeRole(em, admin, dana.id, 'training_admin'))).toEqual([
      'employee',
    ]);
    await inTransaction((em) => revokeRole(em, admin, dana.id, 'training_admin'));
    expect((await eventsOf(organization.id, 'org.role_granted')).map((e) => e.data)).toEqual([
      { role: 'training_admin' },
    ]);
    expect((await eventsOf(organization.id, 'org.role_revoked')).map((e) => e.data)).toEqual([
      { role: 'training_admin' },
    ]);
  });

  it('finds no person of another organisation, and changes nothing there', async () => {
    const { admin } = await staffed();
    const other = await staffed();
    const error = await inTransaction((em) => grantRole(em, admin, other.dana.id, 'org_admin')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    await expect(
      inTransaction((em) => revokeRole(em, admin, other.erlan.id, 'auditor')),
    ).rejects.toBeInstanceOf(NotFoundError);
    const em = db.orm.em.fork();
    const otherAdmin = { ...other.admin };
    expect(await rolesOf(em, otherAdmin, other.dana.id)).toEqual(['employee']);
    expect(await rolesOf(em, otherAdmin, other.erlan.id)).toEqual(['auditor', 'employee']);
  });

  it('refuses an unknown role, the employee role, a deactivated person, and non-administrators', async () => {
    const { admin, dana, gone } = await staffed();
    await expect(inTransaction((em) => grantRole(em, admin, dana.id, 'king'))).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { field: 'role' },
    });
    await expect(inTransaction((em) => revokeRole(em, admin, dana.id, 'employee'))).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { field: 'role', reason: 'employee_role' },
    });
    await expect(inTransaction((em) => grantRole(em, admin, gone.id, 'auditor'))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      inTransaction((em) =>
        grantRole(em, { ...admin, roles: ['employee', 'compliance_head'] }, dana.id, 'auditor'),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps the last active administrator’s role', async () => {
    const { admin, adminPerson } = await staffed();
    await expect(
      inTransaction((em) => revokeRole(em, admin, adminPerson.id, 'org_admin')),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'last_org_admin' } });
    expect(await rolesOf(db.orm.em.fork(), admin, adminPerson.id)).toEqual(['employee', 'org_admin']);
  });
});

describe('deactivating a person', () => {
  it('keeps their record, stops their sign-in, and brings them back on reactivation', async () => {
    const { organization, admin, dana } = await staffed();
    expect(await findLoginByEmail(db.orm.em.fork(), dana.email)).not.toBeNull();
    // 20:00 UTC on 31 January is 1 February in Kazakhstan: the day she left.
    await inTransaction((em) => deactivatePerson(em, admin, dana.id, new Date('2026-01-31T20:00:00Z')));
    const read = await db.orm.em.fork().findOneOrFail(Person, dana.id);
    expect(read.active).toBe(false);
    expect(read.leftOn).toBe('2026-02-01');
    expect(await findLoginByEmail(db.orm.em.fork(), dana.email)).toBeNull();
    expect(await rolesOf(db.orm.em.fork(), admin, dana.id)).toEqual(['employee']);
    await inTransaction((em) => reactivatePerson(em, admin, dana.id));
    expect(await findLoginByEmail(db.orm.em.fork(), dana.email)).not.toBeNull();
    expect((await db.orm.em.fork().findOneOrFail(Person, dana.id)).leftOn).toBeNull();
    expect((await eventsOf(organization.id, 'org.person_deactivated')).length).toBe(1);
    expect((await eventsOf(organization.id, 'org.person_reactivated')).length).toBe(1);
  });

  it('refuses the last active administrator, saying why, and a person of another organisation', async () => {
    const { admin, adminPerson } = await staffed();
    const error = await inTransaction((em) => deactivatePerson(em, admin, adminPerson.id)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).details).toEqual({ reason: 'last_org_admin' });
    expect((error as ConflictError).message).toMatch(/last active organisation administrator/);
    expect((await db.orm.em.fork().findOneOrFail(Person, adminPerson.id)).active).toBe(true);
    const other = await staffed();
    await expect(inTransaction((em) => deactivatePerson(em, admin, other.dana.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('lets one of two concurrent deactivations of the last two administrators through', async () => {
    const { admin, adminPerson, dana } = await staffed();
    await inTransaction((em) => grantRole(em, admin, dana.id, 'org_admin'));
    const settled = await concurrently(db.orm, 2, (em, index) =>
      deactivatePerson(em, admin, index === 0 ? adminPerson.id : dana.id),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toBeInstanceOf(ConflictError);
    const read = db.orm.em.fork();
    const active = await read.count(Person, { id: { $in: [adminPerson.id, dana.id] }, active: true });
    expect(active).toBe(1);
  });

  it('lets one of a concurrent deactivation and revocation of the last two administrators through', async () => {
    const { admin, adminPerson, dana } = await staffed();
    await inTransaction((em) => grantRole(em, admin, dana.id, 'org_admin'));
    const settled = await concurrently(db.orm, 2, async (em, index) => {
      if (index === 0) await deactivatePerson(em, admin, adminPerson.id);
      else await revokeRole(em, admin, dana.id, 'org_admin');
    });
    expect(outcomes(settled).rejected).toEqual([expect.any(ConflictError)]);
  });
});

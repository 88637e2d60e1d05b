import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  grantRoles,
  type TestDatabase,
} from '../testing/index.js';
import { forTenant } from '../database/tenant-filter.js';
import { NotFoundError } from '../kernel/errors.js';
import { findLoginByEmail, loadActor } from './login.js';
import { getOrgUnit, getPerson, listOrgUnits } from './org-queries.js';
import { OrgUnit } from './org-unit.entity.js';
import { Person } from './person.entity.js';
import { iinProblem } from './iin.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('tenancy', () => {
  it('hides another organisation’s rows from an entity manager opened for a tenant', async () => {
    const em = db.orm.em.fork();
    const a = await buildOrganization(em);
    const b = await buildOrganization(em);
    const tenantA = forTenant(db.orm.em, a.organization.id);
    const people = await tenantA.find(Person, {});
    expect(people.map((p) => p.id)).toEqual([a.adminPerson.id]);
    expect(await tenantA.findOne(Person, { id: b.adminPerson.id })).toBeNull();
    expect(await tenantA.count(OrgUnit, {})).toBe(1);
  });

  it('answers NotFound for another tenant’s person and unit, even on an unfiltered manager', async () => {
    const em = db.orm.em.fork();
    const a = await buildOrganization(em);
    const b = await buildOrganization(em);
    await expect(getPerson(em, a.admin, b.adminPerson.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrgUnit(em, a.admin, b.root.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrgUnit(em, a.admin, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPerson(em, a.admin, a.adminPerson.id)).email).toBe(a.adminPerson.email);
  });

  it('lists the organisation’s units parents first', async () => {
    const em = db.orm.em.fork();
    const a = await buildOrganization(em);
    const finance = buildOrgUnit(em, a.organization, a.root, 'Finance');
    buildOrgUnit(em, a.organization, finance, 'Procurement');
    await em.flush();
    const units = await listOrgUnits(forTenant(db.orm.em, a.organization.id), a.admin);
    expect(units.map((u) => u.name)).toEqual(['Head office', 'Finance', 'Procurement']);
    expect(units[2]?.path).toBe(`/${a.root.id}/${finance.id}/${units[2]?.id}/`);
  });
});

describe('login', () => {
  it('finds a person by email whatever its case, across tenants', async () => {
    const em = db.orm.em.fork();
    const a = await buildOrganization(em);
    const found = await findLoginByEmail(
      forTenant(db.orm.em, 'a0000000-0000-4000-8000-000000000000'),
      a.adminPerson.email.toUpperCase(),
    );
    expect(found).toEqual({ personId: a.adminPerson.id, organizationId: a.organization.id });
    expect(await findLoginByEmail(em, 'nobody@test.adal.kz')).toBeNull();
  });

  it('loads the actor with employee and granted roles, and refuses inactive people', async () => {
    const em = db.orm.em.fork();
    const a = await buildOrganization(em);
    const officer = buildPerson(em, a.organization, a.root);
    grantRoles(em, officer, ['compliance_officer', 'auditor']);
    const gone = buildPerson(em, a.organization, a.root, { active: false });
    await em.flush();
    expect((await loadActor(em, officer.id, a.organization.id))?.roles).toEqual([
      'employee',
      'compliance_officer',
      'auditor',
    ]);
    expect(await loadActor(em, gone.id, a.organization.id)).toBeNull();
    expect(await findLoginByEmail(em, gone.email)).toBeNull();
  });

  it('lets a holding officer act in a subsidiary only through a grant there', async () => {
    const em = db.orm.em.fork();
    const holding = await buildOrganization(em);
    const subsidiary = await buildOrganization(em, { parent: holding.organization });
    const other = await buildOrganization(em);
    const officer = buildPerson(em, holding.organization, holding.root);
    grantRoles(em, officer, ['auditor'], subsidiary.organization);
    await em.flush();
    expect((await loadActor(em, officer.id, subsidiary.organization.id))?.roles).toEqual(['auditor']);
    expect(await loadActor(em, officer.id, other.organization.id)).toBeNull();
  });
});

describe('IIN', () => {
  it('accepts a valid IIN and explains what is wrong with others', () => {
    expect(iinProblem('900101300017')).toBeNull();
    expect(iinProblem('90010130001')).toBe('must be 12 digits');
    expect(iinProblem('901301300017')).toMatch(/date of birth/);
    expect(iinProblem('900101300016')).toMatch(/check digit/);
  });
});

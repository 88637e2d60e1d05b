import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { newId } from '../kernel/ids.js';
import type { RoleCode } from '../kernel/roles.js';
import { Organization, type IOrganization, type OrganizationKind } from '../org/organization.entity.js';
import { OrgUnit, orgUnitPath, type IOrgUnit } from '../org/org-unit.entity.js';
import { Person, type IPerson } from '../org/person.entity.js';
import { RoleGrant } from '../org/role-grant.entity.js';

let counter = 0;
function nextNumber(): number {
  counter += 1;
  return counter;
}

export interface BuiltOrganization {
  organization: IOrganization;
  root: IOrgUnit;
  adminPerson: IPerson;
  admin: Actor;
}

/** An organisation with a root unit and an org_admin, flushed. */
export async function buildOrganization(
  em: EntityManager,
  overrides: { name?: string; kind?: OrganizationKind; parent?: IOrganization } = {},
): Promise<BuiltOrganization> {
  const n = nextNumber();
  const organization = em.create(Organization, {
    id: newId(),
    name: overrides.name ?? `Test organisation ${n}`,
    shortName: null,
    bin: null,
    kind: overrides.kind ?? 'quasi_public',
    parent: overrides.parent ?? null,
  });
  const root = buildOrgUnit(em, organization, null, 'Head office');
  const adminPerson = buildPerson(em, organization, root, { email: `admin${n}@test.adal.kz` });
  grantRoles(em, adminPerson, ['employee', 'org_admin']);
  await em.flush();
  return {
    organization,
    root,
    adminPerson,
    admin: { personId: adminPerson.id, organizationId: organization.id, roles: ['employee', 'org_admin'] },
  };
}

export function buildOrgUnit(
  em: EntityManager,
  organization: IOrganization,
  parent: IOrgUnit | null,
  name: string,
): IOrgUnit {
  const id = newId();
  return em.create(OrgUnit, {
    id,
    organization,
    parent,
    path: orgUnitPath(parent?.path ?? null, id),
    name,
    code: null,
  });
}

export function buildPerson(
  em: EntityManager,
  organization: IOrganization,
  orgUnit: IOrgUnit,
  overrides: Partial<Pick<IPerson, 'email' | 'fullName' | 'iin' | 'hiredAt' | 'active' | 'manager'>> = {},
): IPerson {
  const n = nextNumber();
  return em.create(Person, {
    id: newId(),
    organization,
    orgUnit,
    fullName: overrides.fullName ?? `Person ${n}`,
    email: overrides.email ?? `person${n}@test.adal.kz`,
    iin: overrides.iin ?? null,
    locale: 'kk',
    position: null,
    manager: overrides.manager ?? null,
    hiredAt: overrides.hiredAt ?? null,
    active: overrides.active ?? true,
  });
}

export function grantRoles(
  em: EntityManager,
  person: IPerson,
  roles: readonly RoleCode[],
  organization?: IOrganization,
): void {
  for (const role of roles) {
    em.create(RoleGrant, { id: newId(), person, organization: organization ?? person.organization, role });
  }
}

export function actorOf(person: IPerson, roles: readonly RoleCode[]): Actor {
  return { personId: person.id, organizationId: person.organization.id, roles };
}

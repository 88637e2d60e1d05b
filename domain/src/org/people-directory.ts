import { checkedPage } from '../kernel/paging.js';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import type { RoleCode } from '../kernel/roles.js';
import { isUuid } from './org-queries.js';
import { OrgUnit } from './org-unit.entity.js';
import { containing } from './people-search.js';
import { Person, type IPerson } from './person.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { rolesOf } from './role-grants.js';

export const MAX_DIRECTORY_PAGE = 100;

export type PersonStatusFilter = 'active' | 'inactive' | 'all';

/** What the directory can be ordered by; people of the same name or e-mail stay in one order, by id. */
export const DIRECTORY_SORT_FIELDS = ['name', 'email'] as const;
export type DirectorySortField = (typeof DIRECTORY_SORT_FIELDS)[number];

export interface DirectorySort {
  field: DirectorySortField;
  direction: 'asc' | 'desc';
}

export interface PeopleDirectoryInput {
  /** Words of a name or an e-mail, or an IIN; empty lists everyone. */
  search?: string | null;
  /** The unit and everything below it. */
  orgUnitId?: string | null;
  status?: PersonStatusFilter | null;
  limit?: number | null;
  offset?: number | null;
  /** By name, A to Z, when absent. */
  sort?: DirectorySort | null;
}

/** A person as the administrator keeps them: the record, its unit and post, and the roles held here. */
export interface DirectoryPerson {
  person: IPerson;
  roles: RoleCode[];
}

export interface PeopleDirectoryPage {
  total: number;
  people: DirectoryPerson[];
}

const ORDER: Record<DirectorySortField, (direction: 'asc' | 'desc') => QueryOrderMap<IPerson>> = {
  name: (direction) => ({ fullName: direction, id: direction }),
  email: (direction) => ({ email: direction, id: direction }),
};

/**
 * The organisation's people for its administrator, one page at a time, by name or as sorted: whose name or
 * e-mail holds every word typed (or whose IIN it is), in a unit's subtree, active or not.
 */
export async function listPeopleDirectory(
  em: EntityManager,
  actor: Actor,
  input: PeopleDirectoryInput,
): Promise<PeopleDirectoryPage> {
  requireAnyRole(actor, ['org_admin'], 'list the staff');
  const { limit, offset } = checkedPage(input, { max: MAX_DIRECTORY_PAGE, defaultLimit: 25 });
  const search = (input.search ?? '').trim();
  if (search.length > 320) {
    throw ValidationError.because('org.searchTooLong', { field: 'search', max: 320 });
  }
  const where: FilterQuery<IPerson>[] = [{ organization: actor.organizationId }];
  const status = input.status ?? 'active';
  if (status !== 'all') where.push({ active: status === 'active' });
  if (search) {
    const byWords: FilterQuery<IPerson> = {
      $and: search.split(/\s+/).map((word) => ({
        $or: [{ fullName: { $ilike: containing(word) } }, { email: { $ilike: containing(word) } }],
      })),
    };
    where.push(/^\d{12}$/.test(search) ? { $or: [byWords, { iin: search }] } : byWords);
  }
  if (input.orgUnitId) {
    const unit = isUuid(input.orgUnitId)
      ? await em.findOne(OrgUnit, { id: input.orgUnitId, organization: actor.organizationId })
      : null;
    if (!unit) throw ValidationError.because('org.unknownOrgUnit', { field: 'orgUnitId' });
    where.push({ orgUnit: { path: { $like: `${unit.path}%` } } });
  }
  const [people, total] = await em.findAndCount(
    Person,
    { $and: where },
    {
      populate: ['orgUnit', 'position'],
      orderBy: ORDER[input.sort?.field ?? 'name'](input.sort?.direction ?? 'asc'),
      limit,
      offset,
    },
  );
  return { total, people: await withRoles(em, actor, people) };
}

/**
 * One person as the directory lists them, read again after a change of this transaction (an
 * edit, a grant, a deactivation): the change is written first, so the row shows it.
 */
export async function directoryPerson(
  em: EntityManager,
  actor: Actor,
  personId: string,
): Promise<DirectoryPerson> {
  requireAnyRole(actor, ['org_admin'], 'list the staff');
  await em.flush();
  const person = await em.findOneOrFail(
    Person,
    { id: personId, organization: actor.organizationId },
    { populate: ['orgUnit', 'position'] },
  );
  return { person, roles: await rolesOf(em, actor, personId) };
}

/** The people with the roles each holds in the organisation, read in one query. */
async function withRoles(em: EntityManager, actor: Actor, people: IPerson[]): Promise<DirectoryPerson[]> {
  const grants =
    people.length === 0
      ? []
      : await em.find(RoleGrant, {
          organization: actor.organizationId,
          person: { $in: people.map((person) => person.id) },
        });
  return people.map((person) => ({
    person,
    roles: grants
      .filter((grant) => grant.person.id === person.id)
      .map((grant) => grant.role)
      .sort(),
  }));
}

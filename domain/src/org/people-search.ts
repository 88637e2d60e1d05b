import { checkedLimit } from '../kernel/paging.js';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import type { RoleCode } from '../kernel/roles.js';
import type { IOrgUnit } from './org-unit.entity.js';
import { Person, type IPerson } from './person.entity.js';

/**
 * The staff whose work names colleagues in a form: the hotline's people (persons a report
 * names, recommendation owners, protection, disclosure targets, labour disputes — §39–§41, §69),
 * the first head naming the hotline's alternate handler and the board member who may be it
 * (ADR 008), the HR officer entering HR actions, and the training administrator choosing an audience.
 * Ordinary employees get no directory of their colleagues' e-mails from Adal.
 */
export const PEOPLE_SEARCHERS: readonly RoleCode[] = [
  'compliance_head',
  'compliance_officer',
  'hotline_investigator',
  'first_head',
  'board_member',
  'org_admin',
  'training_admin',
  'hr_officer',
  'ethics_commissioner',
];

/** Fewer letters match too much of the staff list to be of use. */
export const MIN_PEOPLE_SEARCH_LENGTH = 2;
/** The longest e-mail address; nobody types more to find a person. */
export const MAX_PEOPLE_SEARCH_LENGTH = 320;
export const DEFAULT_PEOPLE_SEARCH_LIMIT = 20;
export const MAX_PEOPLE_SEARCH_LIMIT = 50;

/** A person as a picker offers them: enough to tell two people of the same name apart. */
export interface PersonSearchResult {
  id: string;
  fullName: string;
  email: string;
  /** The unit, read with the person: its name in each language is `localizedName` of it. */
  orgUnit: IOrgUnit;
}

const IIN = /^\d{12}$/;

/** Typed text stands for itself in LIKE: `%` and `_` are letters a name or e-mail may hold. */
export function containing(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The organisation's active people whose name or e-mail holds every word typed, in any order and
 * case ("омар дана" finds "Дана Омарова"), or whose IIN is exactly the text; by name.
 */
export async function searchPeople(
  em: EntityManager,
  actor: Actor,
  input: { search: string; limit?: number | null },
): Promise<PersonSearchResult[]> {
  requireAnyRole(actor, PEOPLE_SEARCHERS, 'search the staff list');
  const search = input.search.trim();
  if (search.length < MIN_PEOPLE_SEARCH_LENGTH || search.length > MAX_PEOPLE_SEARCH_LENGTH) {
    throw ValidationError.because('org.peopleSearchLength', {
      field: 'search',
      min: MIN_PEOPLE_SEARCH_LENGTH,
      max: MAX_PEOPLE_SEARCH_LENGTH,
    });
  }
  const limit = checkedLimit(input.limit ?? DEFAULT_PEOPLE_SEARCH_LIMIT, MAX_PEOPLE_SEARCH_LIMIT);

  const words = search.split(/\s+/);
  const byWords: FilterQuery<IPerson> = {
    $and: words.map((word) => ({
      $or: [{ fullName: { $ilike: containing(word) } }, { email: { $ilike: containing(word) } }],
    })),
  };
  const people = await em.find(
    Person,
    {
      // Named explicitly as well as by the tenant filter, as in org-queries.ts.
      organization: actor.organizationId,
      active: true,
      ...(IIN.test(search) ? { $or: [byWords, { iin: search }] } : byWords),
    },
    { populate: ['orgUnit'], orderBy: { fullName: 'asc', id: 'asc' }, limit },
  );
  return people.map((person) => ({
    id: person.id,
    fullName: person.fullName,
    email: person.email,
    orgUnit: person.orgUnit,
  }));
}

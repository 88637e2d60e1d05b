import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { declaredSpousesOf } from './spouses.js';
import { Declarant, type PublicationCategory } from './declarant.entity.js';
import { dayOf, notAfterToday, requireHr } from './declarants.js';
import { checkYear } from './filing.js';
import { FINANCIAL_READERS } from './financial-roles.js';
import {
  DeclarationPublication,
  MAX_PUBLICATION_URL,
  type IDeclarationPublication,
} from './publication.entity.js';
import { obligedDuring } from './obliged-during.js';

/** §29: a declarant whose declaration data (and their spouses') HR publishes for a reporting year. */
export interface PublicationRow {
  personId: string;
  fullName: string;
  publicationCategory: PublicationCategory;
  /** The spouses the person declared among their relatives, by name. */
  spouses: string[];
  /** 31 December of the year after the reporting year. */
  deadline: CalendarDay;
  publishedOn: CalendarDay | null;
  url: string | null;
  /** Not published, and the deadline has passed in Kazakhstan. */
  overdue: boolean;
}

/** §29: published no later than 31 December of the year following the reporting calendar year. */
export function publicationDeadline(year: number): CalendarDay {
  return `${year + 1}-12-31`;
}

/** The declarants with a publication category obliged on some day of `year`. */
function publishedDeclarantsWhere(organizationId: string, year: number) {
  return {
    organization: organizationId,
    publicationCategory: { $ne: null },
    ...obligedDuring(year),
  };
}

/**
 * §29: whose declaration data HR must publish for the reporting `year` — the declarants in one of
 * the six publication categories obliged that year, with their spouses — and whether it is.
 */
export async function declarationPublications(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date = new Date(),
): Promise<PublicationRow[]> {
  requireAnyRole(actor, FINANCIAL_READERS, 'read the publication of declaration data');
  checkYear(year);
  const declarants = await em.find(Declarant, publishedDeclarantsWhere(actor.organizationId, year), {
    populate: ['person'],
    orderBy: { person: { fullName: 'asc' }, id: 'asc' },
  });
  const personIds = declarants.map((declarant) => declarant.person.id);
  const [spousesOf, publications] = await Promise.all([
    declaredSpousesOf(em, actor.organizationId, personIds),
    personIds.length
      ? em.find(DeclarationPublication, {
          organization: actor.organizationId,
          year,
          person: { $in: personIds },
        })
      : [],
  ]);
  const publicationOf = new Map(publications.map((publication) => [publication.person.id, publication]));
  const deadline = publicationDeadline(year);
  const today = kazakhstanDay(now);
  return declarants.map((declarant) => {
    const publication = publicationOf.get(declarant.person.id) ?? null;
    return {
      personId: declarant.person.id,
      fullName: declarant.person.fullName,
      publicationCategory: declarant.publicationCategory!,
      spouses: (spousesOf.get(declarant.person.id) ?? []).map((spouse) => spouse.fullName),
      deadline,
      publishedOn: publication?.publishedOn ?? null,
      url: publication?.url ?? null,
      overdue: publication === null && today > deadline,
    };
  });
}

/** An address of the published page: http or https, at most MAX_PUBLICATION_URL characters. */
function checkUrl(value: string): string {
  const url = value?.trim() ?? '';
  if (url.length > MAX_PUBLICATION_URL) {
    throw ValidationError.because('financial.publication.urlTooLong', {
      field: 'url',
      max: MAX_PUBLICATION_URL,
    });
  }
  let parsed: URL | null;
  try {
    parsed = /^https?:\/\/\S+$/i.test(url) ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
    throw ValidationError.because('financial.publication.url', { field: 'url' });
  }
  return url;
}

export interface RecordPublicationInput {
  personId: string;
  /** The reporting year of the published declaration. */
  year: number;
  publishedOn: string;
  url: string;
}

/**
 * §29: HR records that it published a declarant's data (and their spouses') for the reporting year
 * on the official internet resource: the day and the address of the page. Once per person and year.
 */
export async function recordDeclarationPublication(
  em: EntityManager,
  actor: Actor,
  input: RecordPublicationInput,
  now: Date = new Date(),
): Promise<IDeclarationPublication> {
  requireHr(actor, 'record the publication of declaration data');
  checkYear(input.year);
  const publishedOn = dayOf(input.publishedOn, 'publishedOn');
  notAfterToday(publishedOn, now, 'publishedOn');
  const url = checkUrl(input.url);
  const notListed = () =>
    ValidationError.because('financial.publication.notListed', { field: 'personId', year: input.year });
  // The person's row is the declarant's aggregate: one publication record at a time.
  const person = isUuid(input.personId)
    ? await lockedFresh(em, Person, { id: input.personId, organization: actor.organizationId })
    : null;
  if (!person) throw notListed();
  const declarant = await em.findOne(Declarant, {
    ...publishedDeclarantsWhere(actor.organizationId, input.year),
    person: person.id,
  });
  if (!declarant) throw notListed();
  const existing = await em.count(DeclarationPublication, {
    organization: actor.organizationId,
    person: person.id,
    year: input.year,
  });
  if (existing > 0) {
    throw ConflictError.because('financial.publication.alreadyRecorded', {
      field: 'personId',
      year: input.year,
    });
  }
  const publication = em.create(DeclarationPublication, {
    id: newId(),
    organization: actor.organizationId,
    person,
    year: input.year,
    publishedOn,
    url,
    recordedBy: em.getReference(Person, actor.personId),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.publication_recorded',
    entityType: 'DeclarationPublication',
    entityId: publication.id,
    data: {
      personId: person.id,
      year: input.year,
      publicationCategory: declarant.publicationCategory,
      publishedOn,
      url,
    },
  });
  return publication;
}

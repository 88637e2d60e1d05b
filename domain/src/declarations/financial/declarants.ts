import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { termEnd } from '../../kernel/public-holidays.js';
import { addCalendarDays, addYears, parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { getPerson } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import {
  Declarant,
  DECLARANT_CATEGORIES,
  PUBLICATION_CATEGORIES,
  type DeclarantCategory,
  type IDeclarant,
  type PublicationCategory,
} from './declarant.entity.js';
import { DeclarationDeadline } from './declaration-deadline.entity.js';
import { createDeadlineReminder, deadlineConcerns } from './deadline-reminders.js';
import { FinancialNotice, type IFinancialNotice } from './financial-notice.entity.js';
import { HR_OFFICERS } from './financial-roles.js';
import { declaredSpouses } from './spouses.js';

/** §13: income-generating property goes into trust management within 30 calendar days of taking office. */
export const TRUST_MANAGEMENT_DAYS = 30;

/** §16: the post-service employment ban lasts 1 year from leaving. */
export const POST_SERVICE_BAN_YEARS = 1;

export function requireHr(actor: Actor, doing: string): void {
  requireAnyRole(actor, HR_OFFICERS, doing);
}

/** A day given by a caller, or the typed error naming its field. */
export function dayOf(value: string, field: string): CalendarDay {
  const day = parseCalendarDay(value);
  if (!day) throw ValidationError.because('kernel.notADate', { field, value });
  return day;
}

export interface RegisterDeclarantInput {
  personId: string;
  category: DeclarantCategory;
  publicationCategory?: PublicationCategory | null;
  maslikhatDeputy?: boolean;
  /** The day the person took the post that obliges them to declare. */
  obligedFrom: string;
}

/** The §24.1(b) notice of the duty and the liability, to the person and to each declared spouse. */
async function dutyNotices(em: EntityManager, declarant: IDeclarant): Promise<IFinancialNotice[]> {
  const base = {
    organization: declarant.organization,
    person: declarant.person,
    kind: 'duty_and_liability' as const,
    dueOn: null,
  };
  const spouses = await declaredSpouses(em, declarant.organization.id, declarant.person.id);
  return [
    em.create(FinancialNotice, { id: newId(), ...base, recipient: 'employee' }),
    ...spouses.map((spouse) =>
      em.create(FinancialNotice, {
        id: newId(),
        ...base,
        recipient: 'spouse',
        spouseName: spouse.fullName,
        spouseRelativeId: spouse.relativeId,
      }),
    ),
  ];
}

/**
 * §24.1(b): a spouse declared after the listing is notified of the duty too, while the person is
 * obliged; once per spouse as declared.
 */
export async function noticeLaterSpouse(
  em: EntityManager,
  organizationId: string,
  personId: string,
  spouse: { id: string; fullName: string },
): Promise<void> {
  const declarant = await em.findOne(Declarant, { organization: organizationId, person: personId });
  if (!declarant || declarant.obligedUntil !== null) return;
  const known = await em.count(FinancialNotice, {
    organization: organizationId,
    kind: 'duty_and_liability',
    spouseRelativeId: spouse.id,
  });
  if (known > 0) return;
  em.create(FinancialNotice, {
    id: newId(),
    organization: organizationId,
    person: personId,
    kind: 'duty_and_liability',
    recipient: 'spouse',
    dueOn: null,
    spouseName: spouse.fullName,
    spouseRelativeId: spouse.id,
  });
}

/**
 * §24.1(c): HR lists a person obliged to declare. The §24.1(b) notices of the duty wait to be
 * sent, and the §13 trust-management term runs from the day they took the post.
 */
export async function registerDeclarant(
  em: EntityManager,
  actor: Actor,
  input: RegisterDeclarantInput,
): Promise<IDeclarant> {
  requireHr(actor, 'list the persons obliged to declare');
  if (!DECLARANT_CATEGORIES.includes(input.category)) {
    throw ValidationError.because('financial.declarant.category', { field: 'category' });
  }
  const publication = input.publicationCategory ?? null;
  if (publication !== null && !PUBLICATION_CATEGORIES.includes(publication)) {
    throw ValidationError.because('financial.declarant.publicationCategory', {
      field: 'publicationCategory',
    });
  }
  const obligedFrom = dayOf(input.obligedFrom, 'obligedFrom');
  // The person's row is the declarant's aggregate: one listing at a time.
  const person = await getPerson(em, actor, input.personId);
  await lockedFresh(em, Person, { id: person.id, organization: actor.organizationId });
  if (await em.count(Declarant, { organization: actor.organizationId, person: person.id })) {
    throw ConflictError.because('financial.declarant.alreadyListed', { field: 'personId' });
  }
  const declarant = em.create(Declarant, {
    id: newId(),
    organization: actor.organizationId,
    person,
    category: input.category,
    publicationCategory: publication,
    maslikhatDeputy: input.maslikhatDeputy ?? false,
    obligedFrom,
    obligedUntil: null,
    trustManagementDueOn: await termEnd(
      em,
      actor.organizationId,
      addCalendarDays(obligedFrom, TRUST_MANAGEMENT_DAYS),
    ),
    registeredBy: em.getReference(Person, actor.personId),
  });
  const notices = await dutyNotices(em, declarant);
  // §24.3: deadlines HR set before the listing remind the newcomer too.
  const deadlines = await em.find(DeclarationDeadline, {
    organization: actor.organizationId,
    year: { $gte: Number(obligedFrom.slice(0, 4)) },
  });
  const reminders = deadlines.filter((deadline) => deadlineConcerns(declarant, deadline));
  for (const deadline of reminders) createDeadlineReminder(em, declarant, deadline);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.declarant_listed',
    entityType: 'Declarant',
    entityId: declarant.id,
    data: {
      personId: person.id,
      category: input.category,
      publicationCategory: publication,
      obligedFrom,
      notices: notices.length,
      reminders: reminders.length,
    },
  });
  return declarant;
}

/** The declarant listing of a person, locked for a change. */
export async function lockDeclarant(em: EntityManager, actor: Actor, personId: string): Promise<IDeclarant> {
  const person = await getPerson(em, actor, personId);
  const declarant = await lockedFresh(em, Declarant, {
    organization: actor.organizationId,
    person: person.id,
  });
  if (!declarant) throw NotFoundError.forId('Declarant', personId);
  return declarant;
}

/**
 * The person left the post: no longer obliged from the next day, and §16's warning that for 1 year
 * they may not work for the commercial organisations they oversaw waits for their signature.
 */
export async function recordDeclarantDeparture(
  em: EntityManager,
  actor: Actor,
  input: { personId: string; leftOn: string },
): Promise<IFinancialNotice> {
  requireHr(actor, 'record that a declarant left');
  const leftOn = dayOf(input.leftOn, 'leftOn');
  const declarant = await lockDeclarant(em, actor, input.personId);
  if (declarant.obligedUntil !== null) {
    throw ConflictError.because('financial.declarant.alreadyLeft', { field: 'personId' });
  }
  if (leftOn < declarant.obligedFrom) {
    throw ValidationError.because('financial.declarant.leftBeforeStart', { field: 'leftOn' });
  }
  declarant.obligedUntil = leftOn;
  const warning = em.create(FinancialNotice, {
    id: newId(),
    organization: actor.organizationId,
    person: declarant.person,
    kind: 'post_service_warning',
    recipient: 'employee',
    dueOn: leftOn,
    banUntil: addYears(leftOn, POST_SERVICE_BAN_YEARS),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.declarant_left',
    entityType: 'Declarant',
    entityId: declarant.id,
    data: { personId: input.personId, leftOn, warningId: warning.id, banUntil: warning.banUntil },
  });
  return warning;
}

/** Today in Kazakhstan, for a day a person typed that must not be after it. */
export function notAfterToday(day: CalendarDay, now: Date, field: string): void {
  if (day > kazakhstanDay(now)) throw ValidationError.because('financial.dayInFuture', { field });
}

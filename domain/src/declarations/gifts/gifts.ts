import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { lockedFresh } from '../../database/row-lock.js';
import { getPerson, isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import {
  GIFT_DECISIONS,
  GIFT_EVENTS,
  GIFT_KINDS,
  GiftDeclaration,
  TRIP_EXCEPTIONS,
  type GiftDecision,
  type GiftEvent,
  type GiftKind,
  type IGiftDeclaration,
  type TripException,
} from './gift-declaration.entity.js';
import { amount, currency, exchangeRate, pastDay, text } from './gift-input.js';
import { actionDueOn } from './gift-terms.js';
import { giftView, type GiftView } from './gift-view.js';
import { familyMemberName } from './family-member.js';
import { GIFT_DECIDERS, GIFT_REGISTER_READERS } from './gifts-roles.js';
import { mciOn } from './mci.js';

const MAX_NAME = 300;
const MAX_OCCASION = 500;
const MAX_TEXT = 4000;

export interface DeclareGiftInput {
  kind: string;
  event: string;
  /** A family member from the person's declared relatives who received it (§17.9). */
  relatedPersonId?: string | null;
  /** A family member not (yet) among the declared relatives, by name. */
  recipientName?: string | null;
  giver: string;
  giverOrganization?: string | null;
  occasion: string;
  description?: string | null;
  occurredOn: string;
  learnedOn?: string | null;
  valueAmount: number;
  currency: string;
  /** Tenge for one unit of the currency on the day; left out for tenge. */
  exchangeRate?: number | null;
  official?: boolean | null;
  withoutConsent?: boolean | null;
  tripException?: string | null;
  hostPresent?: boolean | null;
}

function choice<T extends string>(value: string, choices: readonly T[], error: () => ValidationError): T {
  if (!(choices as readonly string[]).includes(value)) throw error();
  return value as T;
}

function checkedKind(value: string): GiftKind {
  return choice(value, GIFT_KINDS, () =>
    ValidationError.because('declarations.gift.kind', { field: 'kind', kinds: GIFT_KINDS.join(', ') }),
  );
}

function checkedEvent(value: string): GiftEvent {
  return choice(value, GIFT_EVENTS, () =>
    ValidationError.because('declarations.gift.event', { field: 'event' }),
  );
}

function checkedTripException(kind: GiftKind, value: string | null | undefined): TripException | null {
  if (!value) return null;
  if (kind !== 'trip')
    throw ValidationError.because('declarations.gift.tripExceptionNotTrip', { field: 'tripException' });
  return choice(value, TRIP_EXCEPTIONS, () =>
    ValidationError.because('declarations.gift.tripException', {
      field: 'tripException',
      exceptions: TRIP_EXCEPTIONS.join(', '),
    }),
  );
}

/**
 * §17, §18: an employee declares a gift, money, service, trip invitation or hospitality offered
 * to, received or refused by them or a family member of theirs (§17.3, §17.5, §17.9). The value
 * is kept as given, in tenge and in the MCI in force on the day (the text sets no limit, so none is
 * applied). What was received must be handed over or paid within its term (gift-terms.ts).
 */
export async function declareGift(
  em: EntityManager,
  actor: Actor,
  input: DeclareGiftInput,
  now: Date,
): Promise<GiftView> {
  const kind = checkedKind(input.kind);
  const event = checkedEvent(input.event);
  const giver = text(
    input.giver,
    'giver',
    MAX_NAME,
    ValidationError.because('declarations.gift.giverRequired', { field: 'giver' }),
  )!;
  const giverOrganization = text(input.giverOrganization, 'giverOrganization', MAX_NAME, null);
  const occasion = text(
    input.occasion,
    'occasion',
    MAX_OCCASION,
    ValidationError.because('declarations.gift.occasionRequired', { field: 'occasion' }),
  )!;
  const description = text(input.description, 'description', MAX_TEXT, null) ?? '';
  const occurredOn = pastDay(input.occurredOn, 'occurredOn', now);
  const learnedOn = input.learnedOn ? pastDay(input.learnedOn, 'learnedOn', now) : null;
  if (learnedOn && learnedOn < occurredOn)
    throw ValidationError.because('declarations.gift.learnedBeforeOccurred', {
      field: 'learnedOn',
      date: occurredOn,
    });
  const valueAmount = amount(input.valueAmount, 'valueAmount');
  const code = currency(input.currency);
  const rate = exchangeRate(code, input.exchangeRate);
  const withoutConsent = input.withoutConsent ?? false;
  if (withoutConsent && kind !== 'money')
    throw ValidationError.because('declarations.gift.withoutConsentNotMoney', { field: 'withoutConsent' });
  const tripException = checkedTripException(kind, input.tripException);
  const hostPresent = kind === 'hospitality' ? (input.hostPresent ?? null) : null;
  if (kind === 'hospitality' && hostPresent === null)
    throw ValidationError.because('declarations.gift.hostPresenceRequired', { field: 'hostPresent' });
  const recipient = await recipientOf(em, actor, input);

  const person = await getPerson(em, actor, actor.personId);
  const valueTenge = Math.round(valueAmount * rate * 100) / 100;
  const due = await actionDueOn(em, actor.organizationId, {
    kind,
    event,
    withoutConsent,
    hostPresent,
    occurredOn,
    learnedOn,
  });
  const gift = em.create(GiftDeclaration, {
    id: newId(),
    organization: actor.organizationId,
    person,
    relatedPersonId: recipient.relatedPersonId,
    recipientName: recipient.name,
    kind,
    event,
    giver,
    giverOrganization,
    occasion,
    description,
    occurredOn,
    learnedOn,
    valueAmount: valueAmount.toFixed(2),
    currency: code,
    exchangeRate: rate.toFixed(6),
    valueTenge: valueTenge.toFixed(2),
    mciTenge: await mciOn(em, occurredOn),
    official: input.official ?? false,
    withoutConsent,
    tripException,
    hostPresent,
    actionDueOn: due,
    handedOverOn: null,
    handedOverTo: null,
    handOverRecordedBy: null,
    decision: null,
    decisionNote: null,
    buyBackPriceTenge: null,
    decidedOn: null,
    decidedBy: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'gift.declared',
    entityType: 'GiftDeclaration',
    entityId: gift.id,
    data: {
      kind,
      event,
      occurredOn,
      valueTenge,
      currency: code,
      familyMember: recipient.name !== null,
      actionDueOn: due,
    },
  });
  return giftView(gift, now);
}

async function recipientOf(
  em: EntityManager,
  actor: Actor,
  input: Pick<DeclareGiftInput, 'relatedPersonId' | 'recipientName'>,
): Promise<{ relatedPersonId: string | null; name: string | null }> {
  if (input.relatedPersonId) {
    return {
      relatedPersonId: input.relatedPersonId,
      name: await familyMemberName(em, actor, input.relatedPersonId),
    };
  }
  const name = text(input.recipientName, 'recipientName', MAX_NAME, null);
  return { relatedPersonId: null, name };
}

/** The declaration, locked and read afresh: a decision or a hand-over is recorded once. */
async function lockGift(em: EntityManager, actor: Actor, id: string): Promise<IGiftDeclaration> {
  const gift = isUuid(id)
    ? await lockedFresh(em, GiftDeclaration, { id, organization: actor.organizationId })
    : null;
  if (!gift) throw NotFoundError.forId('GiftDeclaration', id);
  await em.populate(gift, ['person', 'decidedBy']);
  return gift;
}

export interface DecideGiftInput {
  decision: string;
  note?: string | null;
  /** The day of the decision; today when left out. */
  decidedOn?: string | null;
  /** §17.6: the buy-back price; the gift's value in tenge when left out. */
  buyBackPriceTenge?: number | null;
}

/**
 * §17.5–§17.6, §20: the compliance officer decides what becomes of a declared gift: kept as an
 * official gift, handed over, bought back at its value, refused, or paid back. Once; never by the
 * person who declared it.
 */
export async function decideGift(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: DecideGiftInput,
  now: Date,
): Promise<GiftView> {
  requireAnyRole(actor, GIFT_DECIDERS, 'decide on gifts');
  const decision = choice<GiftDecision>(input.decision, GIFT_DECISIONS, () =>
    ValidationError.because('declarations.gift.decisionUnknown', {
      field: 'decision',
      decisions: GIFT_DECISIONS.join(', '),
    }),
  );
  const note = text(input.note, 'note', MAX_TEXT, null);
  const decidedOn = input.decidedOn ? pastDay(input.decidedOn, 'decidedOn', now) : kazakhstanDay(now);
  const price =
    decision === 'buy_back' && input.buyBackPriceTenge != null
      ? amount(input.buyBackPriceTenge, 'buyBackPriceTenge')
      : null;
  const gift = await lockGift(em, actor, id);
  if (gift.person.id === actor.personId) throw ForbiddenError.because('declarations.gift.ownGift');
  if (gift.decision) {
    throw ConflictError.because('declarations.gift.decided', { date: toDay(gift.decidedOn!) });
  }
  notBefore(decidedOn, toDay(gift.occurredOn), 'decidedOn');
  gift.decision = decision;
  gift.decisionNote = note;
  gift.decidedOn = decidedOn;
  gift.decidedBy = em.getReference(Person, actor.personId);
  gift.buyBackPriceTenge = decision === 'buy_back' ? (price ?? Number(gift.valueTenge)).toFixed(2) : null;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'gift.decided',
    entityType: 'GiftDeclaration',
    entityId: gift.id,
    data: {
      decision,
      decidedOn,
      buyBackPriceTenge: gift.buyBackPriceTenge,
      actionDueOn: gift.actionDueOn ?? null,
    },
  });
  await em.flush();
  await em.populate(gift, ['decidedBy']);
  return giftView(gift, now);
}

function notBefore(day: CalendarDay, earliest: CalendarDay, field: string): void {
  if (day < earliest)
    throw ValidationError.because('declarations.gift.dayBeforeDeclared', {
      field,
      what: field,
      date: earliest,
    });
}

export interface GiftHandOverInput {
  handedOverOn: string;
  /** The state property body, the budget account, or the giver it went back to. */
  handedOverTo: string;
}

/**
 * §17.3–§17.5: the day what was received was handed over (or its value paid to the budget),
 * recorded once by the person who declared it or a compliance officer.
 */
export async function recordGiftHandOver(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: GiftHandOverInput,
  now: Date,
): Promise<GiftView> {
  const handedOverOn = pastDay(input.handedOverOn, 'handedOverOn', now);
  const handedOverTo = text(
    input.handedOverTo,
    'handedOverTo',
    MAX_NAME,
    ValidationError.because('declarations.gift.handedOverToRequired', { field: 'handedOverTo' }),
  )!;
  const gift = await lockGift(em, actor, id);
  if (gift.person.id !== actor.personId && !hasAnyRole(actor, GIFT_DECIDERS))
    throw ForbiddenError.because('declarations.gift.notYours');
  if (gift.event !== 'received') throw ValidationError.because('declarations.gift.nothingToHandOver');
  if (gift.handedOverOn) {
    throw ConflictError.because('declarations.gift.handedOverAlready', { date: toDay(gift.handedOverOn) });
  }
  notBefore(handedOverOn, toDay(gift.occurredOn), 'handedOverOn');
  gift.handedOverOn = handedOverOn;
  gift.handedOverTo = handedOverTo;
  gift.handOverRecordedBy = em.getReference(Person, actor.personId);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'gift.handed_over',
    entityType: 'GiftDeclaration',
    entityId: gift.id,
    data: { handedOverOn, actionDueOn: gift.actionDueOn ?? null },
  });
  await em.flush();
  return giftView(gift, now);
}

/** One declaration: its declarant, or those who keep the register. */
export async function giftDeclaration(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<GiftView> {
  const gift = isUuid(id)
    ? await em.findOne(
        GiftDeclaration,
        { id, organization: actor.organizationId },
        { populate: ['person', 'decidedBy'] },
      )
    : null;
  if (!gift || (gift.person.id !== actor.personId && !hasAnyRole(actor, GIFT_REGISTER_READERS)))
    throw NotFoundError.forId('GiftDeclaration', id);
  return giftView(gift, now);
}

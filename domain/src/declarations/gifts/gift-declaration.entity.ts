import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/** §17–§18: what was offered: a thing, money, a service, a trip invitation or hospitality. */
export const GIFT_KINDS = ['gift', 'money', 'service', 'trip', 'hospitality'] as const;
export type GiftKind = (typeof GIFT_KINDS)[number];

/** What became of the offer when it was declared. */
export const GIFT_EVENTS = ['offered', 'received', 'refused'] as const;
export type GiftEvent = (typeof GIFT_EVENTS)[number];

/**
 * §17.8 (a)–(d): the four trip invitations the ban does not cover: from the spouse or relatives at
 * their expense; from other individuals unrelated to the person's work, with a higher official's
 * consent; under international treaties; to scientific, sporting, creative, professional or
 * humanitarian events.
 */
export const TRIP_EXCEPTIONS = [
  'family_invitation',
  'unrelated_individual_consented',
  'international_treaty',
  'professional_event',
] as const;
export type TripException = (typeof TRIP_EXCEPTIONS)[number];

/**
 * What the compliance officer decides (§17.5–§17.6, §20): keep as an official gift of the
 * organisation, hand over to the state property body, let the person buy it back at its value,
 * refuse it (returned to the giver), or pay its value back to the budget (money, services).
 */
export const GIFT_DECISIONS = ['keep_as_official', 'hand_over', 'buy_back', 'refuse', 'pay_back'] as const;
export type GiftDecision = (typeof GIFT_DECISIONS)[number];

/** The currencies a value may be declared in; any other is refused. */
export const GIFT_CURRENCIES = [
  'KZT',
  'USD',
  'EUR',
  'RUB',
  'CNY',
  'GBP',
  'TRY',
  'AED',
  'KGS',
  'UZS',
] as const;
export type GiftCurrency = (typeof GIFT_CURRENCIES)[number];

/**
 * A gift, money, service, trip invitation or hospitality offered to, received or refused by an
 * employee or a family member of theirs (§17.3, §17.5, §17.9), declared by the employee; its
 * value in tenge and in the MCI of the year; the deadline to hand it over or pay it back, and the
 * compliance officer's decision.
 */
export const GiftDeclaration = defineEntity({
  name: 'GiftDeclaration',
  tableName: 'gift_declaration',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** The employee who declares, for themselves or a family member. */
    person: () => p.manyToOne(Person),
    /** A declared family member who received it (§17.9); null when the employee did. */
    relatedPersonId: p.uuid().nullable(),
    recipientName: p.string().length(300).nullable(),
    kind: p.enum(GIFT_KINDS),
    event: p.enum(GIFT_EVENTS),
    giver: p.string().length(300),
    giverOrganization: p.string().length(300).nullable(),
    occasion: p.string().length(500),
    description: p.text(),
    /** The day it was offered, received or refused. */
    occurredOn: p.date(),
    /** §17.5: the day the person learned of a receipt they did not know of (a family member's, money on the account). */
    learnedOn: p.date().nullable(),
    valueAmount: p.decimal().precision(18).scale(2),
    currency: p.enum(GIFT_CURRENCIES),
    /** Tenge for one unit of the currency on the day; 1 for tenge. */
    exchangeRate: p.decimal().precision(18).scale(6),
    valueTenge: p.decimal().precision(18).scale(2),
    /** The MCI in force on `occurredOn`, as the configuration held it; null when none is configured. */
    mciTenge: p.integer().nullable(),
    /** §20: presented as an official gift (books, logo souvenirs, state symbols). */
    official: p.boolean().default(false),
    /** §17.3: money transferred without the person's consent. */
    withoutConsent: p.boolean().default(false),
    tripException: p.enum(TRIP_EXCEPTIONS).nullable(),
    /** §18: whether the host took part; hospitality without the host counts as a gift. */
    hostPresent: p.boolean().nullable(),
    /** §17.3, §17.5: the last day to hand it over or pay it; null when nothing is to be handed over. */
    actionDueOn: p.date().nullable(),
    handedOverOn: p.date().nullable(),
    handedOverTo: p.string().length(300).nullable(),
    handOverRecordedBy: () => p.manyToOne(Person).nullable(),
    /** §17.5: the days the last-day reminder and the overdue notice went, each once. */
    handOverRemindedOn: p.date().nullable(),
    handOverEscalatedOn: p.date().nullable(),
    decision: p.enum(GIFT_DECISIONS).nullable(),
    decisionNote: p.text().nullable(),
    /** §17.6: the price of a buy-back, at the gift's assessed value. */
    buyBackPriceTenge: p.decimal().precision(18).scale(2).nullable(),
    decidedOn: p.date().nullable(),
    decidedBy: () => p.manyToOne(Person).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['person'] }, { properties: ['organization', 'occurredOn'] }],
  filters: tenantFilter,
});

export type IGiftDeclaration = InferEntity<typeof GiftDeclaration>;

import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import type {
  GiftCurrency,
  GiftDecision,
  GiftEvent,
  GiftKind,
  IGiftDeclaration,
  TripException,
} from './gift-declaration.entity.js';
import { countsAsGift } from './gift-terms.js';
import { inMci } from './mci.js';

export interface NamedPerson {
  id: string;
  fullName: string;
}

/** Where a declaration stands: waiting for the officer's decision, or decided. */
export const GIFT_STATUSES = ['awaiting_decision', 'decided'] as const;
export type GiftStatus = (typeof GIFT_STATUSES)[number];

export interface GiftView {
  id: string;
  person: NamedPerson;
  /** A family member who received it (§17.9), or null when the employee did. */
  relatedPersonId: string | null;
  recipientName: string | null;
  kind: GiftKind;
  event: GiftEvent;
  giver: string;
  giverOrganization: string | null;
  occasion: string;
  description: string;
  occurredOn: CalendarDay;
  learnedOn: CalendarDay | null;
  valueAmount: number;
  currency: GiftCurrency;
  exchangeRate: number;
  valueTenge: number;
  /** The MCI of the day it occurred, and the value in it; null when none is configured for that day. */
  mciTenge: number | null;
  valueMci: number | null;
  official: boolean;
  withoutConsent: boolean;
  tripException: TripException | null;
  /** §17.8: a trip paid by others and under none of the four exceptions, which may not be accepted. */
  tripBanned: boolean;
  hostPresent: boolean | null;
  /** §18: false only for hospitality with the host present. */
  countsAsGift: boolean;
  actionDueOn: CalendarDay | null;
  handedOverOn: CalendarDay | null;
  handedOverTo: string | null;
  /** Due, not handed over, and the last day has passed (read on Kazakhstan's clock). */
  handOverOverdue: boolean;
  status: GiftStatus;
  decision: GiftDecision | null;
  decisionNote: string | null;
  buyBackPriceTenge: number | null;
  decidedOn: CalendarDay | null;
  decidedBy: NamedPerson | null;
  /** Decided by the last day to hand it over (null while undecided, or with no such day). */
  decidedInTime: boolean | null;
  declaredAt: Date;
}

function day(value: string | Date | null | undefined): CalendarDay | null {
  return value === null || value === undefined ? null : toDay(value);
}

/** The decisions after which nothing waits to be handed over or paid. */
const NOTHING_TO_HAND_OVER: readonly GiftDecision[] = ['keep_as_official', 'refuse', 'buy_back'];

export function giftView(gift: IGiftDeclaration, now: Date): GiftView {
  const today = kazakhstanDay(now);
  const actionDue = day(gift.actionDueOn);
  const handedOverOn = day(gift.handedOverOn);
  const decidedOn = day(gift.decidedOn);
  const decision = gift.decision ?? null;
  const valueTenge = Number(gift.valueTenge);
  const mciTenge = gift.mciTenge ?? null;
  const stillToHandOver =
    actionDue !== null &&
    handedOverOn === null &&
    (decision === null || !NOTHING_TO_HAND_OVER.includes(decision));
  return {
    id: gift.id,
    person: { id: gift.person.id, fullName: gift.person.fullName },
    relatedPersonId: gift.relatedPersonId ?? null,
    recipientName: gift.recipientName ?? null,
    kind: gift.kind,
    event: gift.event,
    giver: gift.giver,
    giverOrganization: gift.giverOrganization ?? null,
    occasion: gift.occasion,
    description: gift.description,
    occurredOn: toDay(gift.occurredOn),
    learnedOn: day(gift.learnedOn),
    valueAmount: Number(gift.valueAmount),
    currency: gift.currency,
    exchangeRate: Number(gift.exchangeRate),
    valueTenge,
    mciTenge,
    valueMci: inMci(valueTenge, mciTenge),
    official: gift.official,
    withoutConsent: gift.withoutConsent,
    tripException: gift.tripException ?? null,
    tripBanned: gift.kind === 'trip' && gift.event !== 'refused' && !gift.tripException,
    hostPresent: gift.hostPresent ?? null,
    countsAsGift: countsAsGift({ kind: gift.kind, hostPresent: gift.hostPresent ?? null }),
    actionDueOn: actionDue,
    handedOverOn,
    handedOverTo: gift.handedOverTo ?? null,
    handOverOverdue: stillToHandOver && today > actionDue,
    status: decision === null ? 'awaiting_decision' : 'decided',
    decision,
    decisionNote: gift.decisionNote ?? null,
    buyBackPriceTenge: gift.buyBackPriceTenge == null ? null : Number(gift.buyBackPriceTenge),
    decidedOn,
    decidedBy: gift.decidedBy ? { id: gift.decidedBy.id, fullName: gift.decidedBy.fullName } : null,
    decidedInTime: decidedOn === null || actionDue === null ? null : decidedOn <= actionDue,
    declaredAt: gift.createdAt,
  };
}

/** Whether the declarant still has to hand it over or pay it (their My work item). */
export function handOverPending(view: GiftView): boolean {
  return (
    view.actionDueOn !== null &&
    view.handedOverOn === null &&
    (view.decision === null || !NOTHING_TO_HAND_OVER.includes(view.decision))
  );
}

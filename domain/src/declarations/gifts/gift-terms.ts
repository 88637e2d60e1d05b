import type { EntityManager } from '@mikro-orm/postgresql';
import { termEnd } from '../../kernel/public-holidays.js';
import { addCalendarDays, type CalendarDay } from '../../kernel/working-days.js';
import type { GiftEvent, GiftKind } from './gift-declaration.entity.js';

/** §17.4, §17.5: a gift is handed over, a service paid for, within 7 calendar days. */
export const HAND_OVER_DAYS = 7;
/** §17.3: money received without consent goes to the budget no later than 2 weeks from its discovery. */
export const MONEY_RETURN_DAYS = 14;

export interface GiftFacts {
  kind: GiftKind;
  event: GiftEvent;
  withoutConsent: boolean;
  hostPresent: boolean | null;
  occurredOn: CalendarDay;
  learnedOn: CalendarDay | null;
}

/**
 * §18: hospitality counts as a gift when the host does not take part; with the host present it
 * is declared for the record and nothing is handed over.
 */
export function countsAsGift(facts: Pick<GiftFacts, 'kind' | 'hostPresent'>): boolean {
  return facts.kind !== 'hospitality' || facts.hostPresent === false;
}

/**
 * The last day to hand over what was received, or pay its value to the budget: 2 weeks from the
 * discovery of money received without consent (§17.3), otherwise 7 calendar days from the receipt
 * or from learning of it (§17.4, §17.5), a family member's included. A term that ends on a day off
 * ends on the next working day (Civil Code art. 173). Null for an offer declined or not received.
 */
export async function actionDueOn(
  em: EntityManager,
  organizationId: string,
  facts: GiftFacts,
): Promise<CalendarDay | null> {
  if (facts.event !== 'received' || !countsAsGift(facts)) return null;
  const from = facts.learnedOn ?? facts.occurredOn;
  const days = facts.kind === 'money' && facts.withoutConsent ? MONEY_RETURN_DAYS : HAND_OVER_DAYS;
  return termEnd(em, organizationId, addCalendarDays(from, days));
}

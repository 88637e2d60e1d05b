import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import type { GiftView } from './gift-view.js';
import { GIFT_DECIDERS } from './gifts-roles.js';

export const GIFT_ACTIONS = ['hand_over', 'decide'] as const;
export type GiftAction = (typeof GIFT_ACTIONS)[number];

/**
 * What the viewer may do with a declared gift now, by the rules `recordGiftHandOver` and
 * `decideGift` apply: the person or an officer records a received gift's hand-over (§17.5); an
 * officer other than the person decides what becomes of it (§17.6), once.
 */
export function giftActions(
  gift: Pick<GiftView, 'person' | 'event' | 'handedOverOn' | 'decision'>,
  actor: Actor,
): GiftAction[] {
  const own = gift.person.id === actor.personId;
  const officer = hasAnyRole(actor, GIFT_DECIDERS);
  const actions: GiftAction[] = [];
  if (gift.event === 'received' && gift.handedOverOn === null && (own || officer)) actions.push('hand_over');
  if (gift.decision === null && !own && officer) actions.push('decide');
  return actions;
}

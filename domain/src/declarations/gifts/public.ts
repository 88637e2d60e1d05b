// The gifts, trips and hospitality part of the declarations context (§17–§20).
import './kpis.js';
import './work-items.js';

export {
  GIFT_CURRENCIES,
  GIFT_DECISIONS,
  GIFT_EVENTS,
  GIFT_KINDS,
  TRIP_EXCEPTIONS,
  type GiftCurrency,
  type GiftDecision,
  type GiftEvent,
  type GiftKind,
  type TripException,
} from './gift-declaration.entity.js';
export {
  INVITATION_KINDS,
  PRE_APPROVAL_STATUSES,
  type InvitationKind,
  type PreApprovalStatus,
} from './gift-pre-approval.entity.js';
export {
  declareGift,
  decideGift,
  giftDeclaration,
  recordGiftHandOver,
  type DeclareGiftInput,
  type DecideGiftInput,
  type GiftHandOverInput,
} from './gifts.js';
export { GIFT_STATUSES, giftView, handOverPending, type GiftStatus, type GiftView } from './gift-view.js';
export { GIFT_ACTIONS, giftActions, type GiftAction } from './gift-actions.js';
export {
  giftRegister,
  giftRegisterRows,
  myGifts,
  MAX_GIFT_EXPORT,
  MAX_GIFT_PAGE,
  type GiftRegisterFilter,
  type GiftRegisterPage,
} from './gift-register.js';
export { HAND_OVER_DAYS, MONEY_RETURN_DAYS, actionDueOn, countsAsGift } from './gift-terms.js';
export { inMci, mciOn } from './mci.js';
export {
  decideGiftPreApproval,
  giftPreApprovals,
  myGiftPreApprovals,
  requestGiftPreApproval,
  type PreApprovalInput,
  type PreApprovalView,
} from './pre-approvals.js';
export { GIFT_KPIS, GIFTS_DECIDED_IN_TIME_KPI, GIFTS_DECLARED_KPI } from './kpis.js';
export { GIFT_WORK } from './work-items.js';
export { GIFT_DECIDERS, GIFT_REGISTER_READERS } from './gifts-roles.js';
export { claimGiftHandOverNotices, giftHandOverMails, type GiftHandOverNotice } from './hand-over-notices.js';

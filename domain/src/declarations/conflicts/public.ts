export * from './typical-cases.js';
export {
  ConflictOfInterestCase,
  CONFLICT_CASE_STATUSES,
  CONFLICT_STEPS,
  type AssignedCourse,
  type ConflictCaseStatus,
  type ConflictStep,
  type IConflictOfInterestCase,
} from './conflict-of-interest-case.entity.js';
export { CONFLICT_ENTITIES } from './conflict-entities.js';
export {
  CONFLICT_CONCLUDERS,
  CONFLICT_DECIDERS,
  CONFLICT_REGISTER_READERS,
  CONFLICT_TRANSFER_RECORDERS,
} from './conflict-roles.js';
export type { ConflictCaseView, ConflictPersonRef } from './conflict-view.js';
export {
  concludeConflictOfInterest,
  conflictOfInterestCase,
  decideConflictOfInterest,
  forwardConflictOfInterest,
  myConflictNotifications,
  notifyConflictOfInterest,
  recordConflictTransfer,
  type ConflictConclusionInput,
  type ConflictDecisionInput,
  type ConflictNotificationInput,
} from './conflict-workflow.js';
export { claimConflictNotices, conflictNoticeMails, type ConflictNotice } from './conflict-reminders.js';
export { CONFLICT_WORK } from './conflict-work-items.js';
export { CONFLICT_KPIS, CONFLICTS_IDENTIFIED_KPI, CONFLICTS_SETTLED_IN_TIME_KPI } from './conflict-kpis.js';
export { ConflictQuarterlyAnalysis } from './conflict-quarterly-analysis.entity.js';
export {
  conflictQuarterlyAnalysis,
  recordIinAccessMemo,
  reviewConflictQuarterlyAnalysis,
  type ConflictQuarterlyAnalysisView,
  type IinAccessMemo,
  type IinAccessMemoInput,
} from './conflict-quarterly-analysis.js';
export {
  listConflictRegister,
  MAX_REGISTER_PAGE,
  type ConflictRegisterFilter,
  type ConflictRegisterPage,
  type ConflictRegisterRow,
} from './conflict-register-list.js';
export {
  conflictMatches,
  type ConflictMatch,
  type ConflictMatches,
  type ConflictMatchKind,
  type ConflictMatchListed,
  type ConflictMatchSource,
} from './conflict-matches.js';

// Financial-declaration notices and proofs (§21–§29) and the foreign-account check (§30).
export * from './declarant.entity.js';
export * from './declaration-deadline.entity.js';
export * from './filing-proof.entity.js';
export * from './financial-notice.entity.js';
export * from './proof-file.entity.js';
export * from './publication.entity.js';
export * from './rule-change.entity.js';
export { FINANCIAL_DECLARATION_ENTITIES } from './entities.js';
export { FINANCIAL_READERS } from './financial-roles.js';
export { recordDeclarantDeparture, registerDeclarant, type RegisterDeclarantInput } from './declarants.js';
export { formDue, recordFilingProof, recordTrustManagement, referenceDate } from './filing.js';
export {
  financialNoticesOf,
  pendingFinancialNotices,
  sendFinancialNotices,
  setDeclarationDeadline,
  signFinancialNotice,
  type SentNotices,
} from './notices.js';
export {
  declarationRuleChanges,
  recordDeclarationRuleChange,
  type DeclarationRuleChangeSummary,
  type RuleChangeInput,
} from './rule-changes.js';
export {
  declarationPublications,
  publicationDeadline,
  recordDeclarationPublication,
  type PublicationRow,
  type RecordPublicationInput,
} from './publications.js';
export {
  declarationMeetings,
  type DeclarationMeeting,
  type DeclarationMeetings,
} from './declaration-meetings.js';
export { MAX_PROOF_BYTES, type ProofUpload } from './proof-files.js';
export {
  FILING_STATUSES,
  financialDeclarationStatus,
  myFinancialDeclaration,
  declarationYearNow,
  noticeStanding,
  noticeStandingNow,
  todayInKazakhstan,
  type DeclarantStatus,
  type FilingStatus,
  type NoticeStanding,
} from './status.js';
export * from '../foreign-accounts/public.js';
import './kpis.js';
import './work-items.js';

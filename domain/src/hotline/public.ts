// The hotline's public surface (§69), re-exported by src/index.ts.

// roles
export {
  HOTLINE_MANAGERS,
  HOTLINE_INVESTIGATORS,
  HOTLINE_OPERATORS,
  HOTLINE_DASHBOARD_READERS,
  HOTLINE_OVERSIGHT,
  ALTERNATE_HANDLER_APPOINTERS,
  COMPLIANCE_SERVICE_ROLES,
  DISCLOSURE_SECOND_LINE,
} from './hotline-roles.js';

// crypto
export {
  parseHotlineKeyring,
  generateHotlineKeyring,
  serializeHotlineKeyring,
  withNewHotlineKey,
  seal,
  open,
  sealedKeyId,
  type HotlineKeyring,
} from './crypto/keyring.js';
export {
  newReceipt,
  formatReceipt,
  normalizeReceipt,
  receiptHash,
  RECEIPT_DIGITS,
} from './crypto/receipt.js';
export { reencryptHotlineData } from './crypto/rekey.js';

// entities
export {
  HotlineReport,
  HOTLINE_CHANNELS,
  HOTLINE_CATEGORIES,
  HOTLINE_STATUSES,
  HOTLINE_SCOPES,
  OUT_OF_SCOPE_REASONS,
  HOTLINE_OUTCOMES,
  type IHotlineReport,
  type HotlineChannel,
  type HotlineCategory,
  type HotlineStatus,
  type HotlineScope,
  type OutOfScopeReason,
  type HotlineOutcome,
  type HotlineContent,
  type ReporterIdentity,
  HOTLINE_PRIORITIES,
  type HotlinePriority,
} from './cases/hotline-report.entity.js';
export {
  HotlineMessage,
  HOTLINE_MESSAGE_AUTHORS,
  HOTLINE_MESSAGE_KINDS,
  type IHotlineMessage,
  type HotlineMessageAuthor,
  type HotlineMessageKind,
} from './reporter/hotline-message.entity.js';
export {
  HotlineAttachment,
  ATTACHMENT_UPLOADERS,
  type IHotlineAttachment,
  type AttachmentUploader,
} from './intake/hotline-attachment.entity.js';
export { HotlineNote, type IHotlineNote } from './cases/hotline-note.entity.js';
export {
  HotlineCaseAssignment,
  type IHotlineCaseAssignment,
} from './cases/hotline-case-assignment.entity.js';
export {
  HotlineInvolvedPerson,
  type IHotlineInvolvedPerson,
} from './cases/hotline-involved-person.entity.js';
export {
  HotlineRecommendation,
  RECOMMENDATION_KINDS,
  type IHotlineRecommendation,
  type RecommendationKind,
} from './recommendations/hotline-recommendation.entity.js';
export { IdentityDisclosure, type IIdentityDisclosure } from './identity/identity-disclosure.entity.js';
export {
  NonDisclosureUndertaking,
  type INonDisclosureUndertaking,
} from './identity/non-disclosure-undertaking.entity.js';
export {
  nonDisclosureUndertaking,
  signNonDisclosureUndertaking,
  type UndertakingView,
} from './identity/undertaking.js';
export { UNDERTAKING_VERSION } from './identity/undertaking-text.js';
export {
  hotlineIntakeProfiles,
  updateHotlineIntakeProfile,
  setHotlineIntakeLogo,
  contrastRatio,
  MAX_LOGO_BYTES,
  MIN_TEXT_CONTRAST,
  type HotlineIntakeProfile,
  type HotlineIntakeProfileInput,
} from './hotline-settings-intake.js';
export {
  HotlineSettings,
  DEFAULT_ACKNOWLEDGE_HOURS,
  DEFAULT_PROCESSING_DAYS,
  DEFAULT_RETENTION_YEARS,
  DEFAULT_REPORTER_ACCESS_IDLE_DAYS,
  COMPLIANCE_REPORTS_TO,
  type ComplianceReportsTo,
  type IHotlineSettings,
} from './hotline-settings.entity.js';

// intake and the reporter's follow-up (anonymous: no actor)
export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type AttachmentInput } from './intake/attachments.js';
export {
  MIN_DESCRIPTION_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_MESSAGE_LENGTH,
  type HotlineReportInput,
} from './intake/report-input.js';
export {
  submitHotlineReport,
  enterHotlineReportForCaller,
  listIntakeOrganizations,
  organizationForIntake,
  type HotlineReceipt,
  type CallerReportInput,
  type IntakeOrganization,
} from './intake/intake.js';

// questionnaire: custom questions per category on the intake form
export {
  HotlineIntakeQuestion,
  INTAKE_QUESTION_KINDS,
  type IHotlineIntakeQuestion,
  type IntakeQuestionKind,
  type IntakeQuestionOption,
} from './questionnaire/intake-question.entity.js';
export { type IntakeQuestionInput } from './questionnaire/question-input.js';
export {
  listIntakeQuestions,
  publicIntakeQuestions,
  addIntakeQuestion,
  updateIntakeQuestion,
  moveIntakeQuestion,
  retireIntakeQuestion,
  type IntakeQuestionView,
  type QuestionMove,
} from './questionnaire/intake-questions.js';
export { openAnswers, type IntakeAnswer, type IntakeAnswerInput } from './questionnaire/intake-answers.js';
export { UNKNOWN_RECEIPT_MESSAGE, UnknownReceiptError } from './reporter/reporter-access.js';
export {
  hotlineReportByReceipt,
  addReporterMessage,
  reporterAttachment,
  type ReporterView,
  type ReporterMessage,
  type ReporterAttachment,
  type ReporterMessageInput,
} from './reporter/reporter.js';
export { HOTLINE_MESSAGE_CODES } from './reporter/conversation.js';
export { formatCaseNumber } from './cases/case-number.js';

// case handling (staff)
export {
  listHotlineCases,
  DEFAULT_CASE_PAGE,
  MAX_CASE_PAGE,
  type HotlineCaseFilter,
} from './cases/case-list.js';
export {
  HOTLINE_CASE_SORT_FIELDS,
  type HotlineCaseSort,
  type HotlineCaseSortField,
  type SortDirection,
} from './cases/case-sort.js';
export type {
  HotlineCaseSummary,
  HotlineQueueItem,
  WithheldCaseSummary,
  PersonRef,
} from './cases/case-summary.js';
export { CASE_HANDLERS, type CaseHandler } from './cases/case-handler.js';
export {
  setCaseLabels,
  setCasePriority,
  MAX_LABEL_LENGTH,
  MAX_LABELS_PER_CASE,
} from './cases/case-marking.js';
export { caseLabelSuggestions, MAX_LABEL_SUGGESTIONS } from './cases/case-list.js';
export {
  bulkAssignHotlineCases,
  bulkLabelHotlineCases,
  MAX_BULK_CASES,
  type BulkCaseResult,
} from './cases/bulk-case-actions.js';
export {
  mySavedCaseFilters,
  saveCaseFilter,
  deleteSavedCaseFilter,
  MAX_SAVED_FILTERS,
  type SavedCaseFilter,
  type SavedCaseFilterView,
} from './cases/saved-filters.js';
export { HotlineSavedFilter, type IHotlineSavedFilter } from './cases/hotline-saved-filter.entity.js';
export {
  caseTimeline,
  MAX_TIMELINE_STEPS,
  type CaseTimelineStep,
  type TimelineFact,
} from './cases/case-timeline.js';
export { printHotlineCase, type CasePrint } from './cases/case-print.js';
export {
  getHotlineCase,
  hotlineCaseAfterChange,
  type HotlineCaseView,
  type HotlineStaffMessage,
  type HotlineNoteView,
  type HotlineAttachmentMeta,
  type InvolvedPersonView,
  type IdentityDisclosureView,
  type HotlineCasePermissions,
} from './cases/case-view.js';
export { readHotlineAttachment } from './cases/case-files.js';
export { triageHotlineCase, linkInvolvedPersons, type TriageInput } from './cases/triage.js';
export {
  declareCaseConflict,
  caseConflictDeclarations,
  type ConflictDeclarationView,
} from './cases/conflict-declaration.js';
export { HotlineConflictDeclaration } from './cases/hotline-conflict-declaration.entity.js';
export {
  openRetaliationComplaint,
  caseLinks,
  type CaseLinks,
  type LinkedCaseRef,
} from './cases/retaliation-complaint.js';
export { HotlineCaseLink } from './cases/hotline-case-link.entity.js';
export {
  caseRetaliationAssessment,
  retaliationAssessmentOf,
  type RetaliationRiskInput,
  type RetaliationAssessmentView,
} from './cases/retaliation-assessment.js';
export {
  HotlineRetaliationAssessment,
  RETALIATION_RISK_LEVELS,
  type RetaliationRiskLevel,
} from './cases/hotline-retaliation-assessment.entity.js';
export {
  investigatorCandidates,
  assignHotlineCase,
  type InvestigatorCandidate,
  type IneligibilityReason,
} from './cases/case-assignment.js';
export {
  acknowledgeHotlineCase,
  sendHotlineMessage,
  giveInterimFeedback,
  addHotlineNote,
  recordFindings,
  closeHotlineCase,
  MAX_CHECK_DAYS,
  type StaffMessageInput,
} from './cases/case-work.js';
export {
  addHotlineRecommendation,
  completeHotlineRecommendation,
  listOpenRecommendations,
  type RecommendationInput,
} from './recommendations/recommendations.js';
export type { HotlineRecommendationView } from './recommendations/recommendation-view.js';
export {
  readReporterIdentity,
  requestIdentityDisclosure,
  decideIdentityDisclosure,
  pendingDisclosureDecisions,
} from './identity/identity.js';
export {
  hotlineSettings,
  hotlineSettingsView,
  updateHotlineSettings,
  setHotlineAlternateHandler,
  DEFAULT_HOTLINE_SETTINGS,
  type HotlineSettingsValues,
  type HotlineSettingsView,
} from './hotline-settings.js';

// retention jobs (issue 4 §4)
export { purgeExpiredHotlineCases, expireReporterAccess } from './cases/retention.js';

// dashboard and KPIs (§69, §74.6)
export {
  hotlineDashboard,
  SMALL_COUNT_THRESHOLD,
  AGE_BUCKETS,
  type HotlineDashboard,
  type DashboardCell,
} from './reports/dashboard.js';
export { casesAwaitingAlternateHandler } from './cases/awaiting-alternate.js';
export {
  hotlineTrends,
  NO_ORG_UNIT,
  SEVERAL_ORG_UNITS,
  TREND_MEASURES,
  TREND_READERS,
  type HotlineTrends,
  type MonthTrend,
  type OrgUnitCell,
  type TrendMeasure,
} from './reports/trends.js';
export {
  casesBehindFigure,
  FIGURE_CASE_OPENERS,
  FIGURE_CASES_LIMIT,
  type FigureCase,
  type FigureFilter,
} from './reports/figure-cases.js';
export {
  quarterlyFigures,
  RECOMMENDATION_STATES,
  type QuarterlyFigures,
  type QuarterlyKpi,
  type RecommendationState,
} from './reports/quarterly-figures.js';
export { HotlineQuarterlyReport, type IHotlineQuarterlyReport } from './reports/quarterly-report.entity.js';
export {
  findQuarterlyReport,
  generateQuarterlyReport,
  listQuarterlyReports,
  quarterlyReportMail,
  quarterlyReportRecipients,
  scheduledQuarterDue,
  QUARTERLY_REPORTS_LIMIT,
  type QuarterlyReportRecipient,
} from './reports/quarterly-reports.js';
export {
  HOTLINE_KPIS,
  ACKNOWLEDGED_IN_TIME_KPI,
  PROCESSED_IN_TIME_KPI,
  RECOMMENDATIONS_ON_TIME_KPI,
  REPORTS_COUNT_KPI,
  HOTLINE_BENCHMARK_KPIS,
  REPORTS_PER_100_STAFF_KPI,
  SUBSTANTIATION_RATE_KPI,
  DAYS_TO_CLOSE_KPI,
} from './reports/kpis.js';

// acknowledgement alerts (§69: first feedback within 24 hours)
export {
  HotlineAlert,
  HOTLINE_ALERT_KINDS,
  type IHotlineAlert,
  type HotlineAlertKind,
} from './alerts/hotline-alert.entity.js';
export {
  dueAcknowledgementAlerts,
  markAlertSent,
  DUE_SOON_HOURS,
  type AcknowledgementAlert,
  type AlertRecipient,
} from './alerts/acknowledgement-alerts.js';
export { acknowledgementAlertMail, acknowledgementAlertMails } from './alerts/acknowledgement-alert-mail.js';
